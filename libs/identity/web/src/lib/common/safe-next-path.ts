// Where to go after signing in. `?next=` comes from the address bar, so anyone can craft it: only a path
// on this site is followed, never another origin (an open redirect would lend our name to phishing).

/** Origin used only to parse `next`; a path that resolves to any other origin is refused. */
const PARSE_ORIGIN = 'http://same-origin.invalid';

export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  // "//evil.com" and "/\evil.com" are protocol-relative URLs to another host in browsers.
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, PARSE_ORIGIN);
  } catch {
    return fallback;
  }
  // The URL parser drops tabs and newlines and turns backslashes into slashes, as browsers do: what it
  // resolves is what a browser would follow.
  if (url.origin !== PARSE_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that comes back to `path` afterwards ("/" stays readable in the query). */
export function signInPathFor(path: string): string {
  return `/sign-in?next=${encodeURIComponent(path).replaceAll('%2F', '/')}`;
}
