import { type IncomingMessage } from 'node:http';
import { isLocalCaller, isLoopbackAddress } from './local-caller.js';

const request = (remoteAddress: string | undefined, headers: IncomingMessage['headers'] = {}) =>
  ({ socket: { remoteAddress }, headers }) as Pick<IncomingMessage, 'socket' | 'headers'>;

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('%s is loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(['10.0.0.5', '192.168.1.10', '::ffff:10.0.0.1', 'fe80::1', '0.0.0.0', '::', '', undefined])(
    '%s is not loopback',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});

describe('isLocalCaller', () => {
  it('accepts a direct connection from the machine itself', () => {
    expect(isLocalCaller(request('127.0.0.1'))).toBe(true);
  });

  it('refuses a remote address', () => {
    expect(isLocalCaller(request('203.0.113.7'))).toBe(false);
  });

  it.each(['forwarded', 'x-forwarded-for', 'x-real-ip', 'x-forwarded-host'])(
    'refuses a request a proxy forwarded (%s), even from loopback',
    (header) => {
      expect(isLocalCaller(request('127.0.0.1', { [header]: '203.0.113.7' }))).toBe(false);
    },
  );
});
