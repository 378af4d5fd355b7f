// The one-time token of an emailed link. Links carry it in the URL fragment (`#token=…`), which a
// browser never sends to a server, so it stays out of server logs and Referer headers; links emailed
// before carried it in the query string (`?token=…`), and still work until they expire.
import { useLocation } from 'react-router';

export function tokenFromLocation(hash: string, search: string): string {
  const fromFragment = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return fromFragment ?? new URLSearchParams(search).get('token') ?? '';
}

export function useLinkToken(): string {
  const { hash, search } = useLocation();
  return tokenFromLocation(hash, search);
}
