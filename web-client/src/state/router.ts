import { signal } from '@preact/signals';

export type Route =
  | { name: 'landing' }
  | { name: 'control'; id: string }
  | { name: 'play'; id: string }
  | { name: 'observe'; id: string }
  | { name: 'review'; id: string };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [view, id] = parts;
  if (id && (view === 'control' || view === 'play' || view === 'observe' || view === 'review')) return { name: view, id };
  return { name: 'landing' };
}

export const route = signal<Route>(parseHash(location.hash));
window.addEventListener('hashchange', () => (route.value = parseHash(location.hash)));

export function navigate(path: string): void {
  const hash = `#${path}`;
  if (location.hash === hash) route.value = parseHash(hash);
  else location.hash = hash;
}

export function hrefFor(r: Route): string {
  return r.name === 'landing' ? '#/' : `#/${r.name}/${encodeURIComponent(r.id)}`;
}
