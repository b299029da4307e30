import { signal } from '@preact/signals';
import { api, ApiError } from '../api';
import type { Me } from '../types';
import { hrefFor, navigate } from './router';

/** Who this browser is signed in as; null when not signed in, undefined while loading. */
export const me = signal<Me | null | undefined>(undefined);

/** Why this browser was signed out by the server (session ended, code revoked), for the sign-in page. */
export const endedNotice = signal<string | null>(null);

export async function loadMe(): Promise<Me | null> {
  try {
    me.value = await api.me();
    endedNotice.value = null;
  } catch {
    me.value = null;
  }
  return me.value;
}

/**
 * After the live connection is lost: if the server no longer accepts this sign-in (code revoked, session ended
 * by control, signed out elsewhere), go back to the sign-in page and say why. A network failure changes nothing.
 */
export async function checkStillSignedIn(): Promise<void> {
  if (!me.value) return;
  try {
    await api.me();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      endedNotice.value = 'Your session has ended: the code was revoked or exercise control signed you out. Sign in again with a valid code.';
      me.value = null;
    }
  }
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
