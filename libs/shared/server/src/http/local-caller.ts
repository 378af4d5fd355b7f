// Is this request made from the machine the server runs on, by the person running it? Development
// conveniences that show secrets (the outbox with its emailed links, GraphiQL) are served to such a
// caller only. The socket's own address decides, never a header a client can write, and a request that a
// proxy forwarded (it carries forwarding headers) is not local even when the proxy itself is.
import { isIP } from 'node:net';
import { type IncomingMessage } from 'node:http';

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host'] as const;

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(plain) === 4) return plain.split('.')[0] === '127';
  return plain === '::1';
}

export function isLocalCaller(request: Pick<IncomingMessage, 'socket' | 'headers'>): boolean {
  if (FORWARDING_HEADERS.some((header) => request.headers[header] !== undefined)) return false;
  return isLoopbackAddress(request.socket.remoteAddress);
}
