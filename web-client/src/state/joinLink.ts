/**
 * A link that opens the sign-in page with a join code filled in: "https://server/#/join/ABCDE-FGHIJ". The code rides
 * in the fragment, which browsers never send to a server, so it stays out of request logs and proxies.
 */
export function joinLink(origin: string, code: string): string {
  return `${origin}/#/join/${encodeURIComponent(code)}`;
}

/** The code of a join link's fragment, or "" when the page was not opened from one. */
export function codeFromHash(hash: string): string {
  const m = /^#\/join\/([^/?#]+)/.exec(hash);
  if (!m) return '';
  try {
    return decodeURIComponent(m[1]).trim();
  } catch {
    return '';
  }
}
