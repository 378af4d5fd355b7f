// The session cookie: an opaque secret, httpOnly (scripts cannot read it), SameSite=Lax (not sent on
// cross-site sub-requests), Secure and __Host- prefixed in production (HTTPS only, this host only).
import { parse } from 'cookie';
import { type CookieOptions, type Response } from 'express';
import { ABSOLUTE_TIMEOUT_MS } from '@lovecando/identity-domain';

export const sessionCookieName = (production: boolean): string =>
  production ? '__Host-lovecando_session' : 'lovecando_session';

const options = (production: boolean): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  secure: production,
  path: '/',
});

export function setSessionCookie(response: Response, secret: string, production: boolean): void {
  response.cookie(sessionCookieName(production), secret, {
    ...options(production),
    maxAge: ABSOLUTE_TIMEOUT_MS,
  });
}

export function clearSessionCookie(response: Response, production: boolean): void {
  response.clearCookie(sessionCookieName(production), options(production));
}

export function readSessionCookie(header: string | undefined, production: boolean): string | undefined {
  if (!header) return undefined;
  return parse(header)[sessionCookieName(production)];
}
