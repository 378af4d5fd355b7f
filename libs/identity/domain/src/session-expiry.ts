// When a session ends: after 30 minutes without use (idle) or 12 hours after sign-in (absolute),
// whichever comes first, or at once when revoked.
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  idleMs: IDLE_TIMEOUT_MS,
  absoluteMs: ABSOLUTE_TIMEOUT_MS,
};

export type SessionState = 'valid' | 'idle-expired' | 'absolute-expired' | 'revoked';

export function sessionState(
  session: SessionTimes,
  now: Date,
  limits = DEFAULT_SESSION_LIMITS,
): SessionState {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() - session.createdAt.getTime() >= limits.absoluteMs) return 'absolute-expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return 'idle-expired';
  return 'valid';
}

/** The moment the session will end if it keeps being used (for the cookie's expiry). */
export function sessionEnd(session: SessionTimes, limits = DEFAULT_SESSION_LIMITS): Date {
  return new Date(session.createdAt.getTime() + limits.absoluteMs);
}
