// The `next` redirect after sign-in stays on this site.
import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from './safe-next-path';

describe('safeNextPath', () => {
  it.each(['/profile', '/admin/members?text=ada', '/dev/outbox#latest'])(
    'accepts the local path %s',
    (path) => {
      expect(safeNextPath(path)).toBe(path);
    },
  );

  it.each([
    '//evil.com',
    '//evil.com/profile',
    '/\\evil.com',
    '/\t/evil.com',
    'https://evil.com',
    'http://evil.com/profile',
    'javascript:alert(1)',
    'profile',
    '',
  ])('rejects %j and falls back to the home page', (path) => {
    expect(safeNextPath(path)).toBe('/');
  });

  it('falls back to the given path when next is missing', () => {
    expect(safeNextPath(null, '/profile')).toBe('/profile');
    expect(safeNextPath(undefined)).toBe('/');
  });
});

describe('signInPathFor', () => {
  it('keeps slashes readable and escapes the query characters of the path', () => {
    expect(signInPathFor('/profile')).toBe('/sign-in?next=/profile');
    expect(signInPathFor('/admin/members?a=1&b=2')).toBe('/sign-in?next=/admin/members%3Fa%3D1%26b%3D2');
  });
});
