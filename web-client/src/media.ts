/** What the view does with an inject's media file: show it, offer it as a download, or play it. */
export type MediaKind = 'image' | 'document' | 'audio';

const KINDS: Record<string, MediaKind> = {
  png: 'image', jpg: 'image', jpeg: 'image', webp: 'image', gif: 'image',
  pdf: 'document',
  mp3: 'audio', ogg: 'audio', wav: 'audio',
};

/** The kind of a media file by its extension, as the server's MediaFiles allows them; null for any other. */
export function mediaKind(name: string): MediaKind | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (KINDS[name.slice(dot + 1).toLowerCase()] ?? null);
}

/** Where the server serves an exercise's media file (to those who may read an inject that carries it). */
export function mediaUrl(exerciseId: string, name: string): string {
  return `/api/exercises/${encodeURIComponent(exerciseId)}/media/${encodeURIComponent(name)}`;
}
