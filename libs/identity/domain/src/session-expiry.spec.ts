import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, sessionEnd, sessionState } from './session-expiry.js';

const t0 = new Date('2026-01-01T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MIN = 60_000;

describe('sessionState', () => {
  it('is valid while used within 30 minutes', () => {
    expect(sessionState({ createdAt: t0, lastSeenAt: at(10 * MIN), revokedAt: null }, at(39 * MIN))).toBe(
      'valid',
    );
  });

  it('expires after exactly 30 idle minutes', () => {
    expect(sessionState({ createdAt: t0, lastSeenAt: t0, revokedAt: null }, at(IDLE_TIMEOUT_MS - 1))).toBe(
      'valid',
    );
    expect(sessionState({ createdAt: t0, lastSeenAt: t0, revokedAt: null }, at(IDLE_TIMEOUT_MS))).toBe(
      'idle-expired',
    );
  });

  it('expires 12 hours after sign-in even when used all the time', () => {
    const busy = { createdAt: t0, lastSeenAt: at(ABSOLUTE_TIMEOUT_MS - MIN), revokedAt: null };
    expect(sessionState(busy, at(ABSOLUTE_TIMEOUT_MS - 1))).toBe('valid');
    expect(sessionState(busy, at(ABSOLUTE_TIMEOUT_MS))).toBe('absolute-expired');
  });

  it('is over at once when revoked', () => {
    expect(sessionState({ createdAt: t0, lastSeenAt: t0, revokedAt: t0 }, at(1))).toBe('revoked');
  });

  it('ends at the absolute limit', () => {
    expect(sessionEnd({ createdAt: t0, lastSeenAt: t0, revokedAt: null })).toEqual(at(ABSOLUTE_TIMEOUT_MS));
  });
});
