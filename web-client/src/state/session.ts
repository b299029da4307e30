import { signal } from '@preact/signals';
import { api } from '../api';
import type { Me } from '../types';
import { hrefFor, navigate } from './router';

/** Who this browser is signed in as; null when not signed in, undefined while loading. */
export const me = signal<Me | null | undefined>(undefined);

export async function loadMe(): Promise<Me | null> {
  try {
    me.value = await api.me();
  } catch {
    me.value = null;
  }
  return me.value;
}

/** The view a signed-in person belongs on. */
export function homeFor(who: Me): string {
  if (who.role === 'control') return '/';
  if (!who.exercise) return '/';
  const name = who.role === 'player' ? 'play' : 'observe';
  return hrefFor({ name, id: who.exercise }).slice(1);
}

export async function signOut(): Promise<void> {
  try {
    await api.signOut();
  } finally {
    me.value = null;
    navigate('/');
  }
}
