import { denial, mayRead, mayWrite, type Actor, type MemberStatus, type Role } from './access.js';

const actor = (role: Role, status: MemberStatus, id = 'a'): Actor => ({ id, role, status });

describe('denial', () => {
  it('refuses everything to nobody', () => {
    expect(denial(undefined, { kind: 'signed-in' })).toBe('UNAUTHENTICATED');
    expect(denial(undefined, { kind: 'active' })).toBe('UNAUTHENTICATED');
    expect(denial(undefined, { kind: 'role', roles: ['ADMIN'] })).toBe('UNAUTHENTICATED');
  });

  it.each<[MemberStatus, string | undefined]>([
    ['ACTIVE', undefined],
    ['PENDING', 'ACCOUNT_NOT_ACTIVE'],
    ['SUSPENDED', 'ACCOUNT_NOT_ACTIVE'],
  ])('lets a %s member write: %p', (status, expected) => {
    expect(denial(actor('MEMBER', status), { kind: 'active' })).toBe(expected);
  });

  it('lets every status read its own account', () => {
    for (const status of ['PENDING', 'ACTIVE', 'SUSPENDED'] as const) {
      expect(denial(actor('MEMBER', status), { kind: 'signed-in' })).toBeUndefined();
    }
  });

  it('requires the role and an active account for role operations', () => {
    const adminOnly = { kind: 'role', roles: ['ADMIN'] } as const;
    expect(denial(actor('ADMIN', 'ACTIVE'), adminOnly)).toBeUndefined();
    expect(denial(actor('BOARD', 'ACTIVE'), adminOnly)).toBe('FORBIDDEN');
    expect(denial(actor('MEMBER', 'ACTIVE'), adminOnly)).toBe('FORBIDDEN');
    expect(denial(actor('ADMIN', 'SUSPENDED'), adminOnly)).toBe('ACCOUNT_NOT_ACTIVE');
  });
});

describe('object-level rules', () => {
  it('let a member read and write only their own things', () => {
    expect(mayRead(actor('MEMBER', 'ACTIVE', 'me'), 'me')).toBe(true);
    expect(mayRead(actor('MEMBER', 'ACTIVE', 'me'), 'you')).toBe(false);
    expect(mayWrite(actor('MEMBER', 'ACTIVE', 'me'), 'me')).toBe(true);
    expect(mayWrite(actor('MEMBER', 'ACTIVE', 'me'), 'you')).toBe(false);
  });

  it('let an admin read but never act for another member', () => {
    expect(mayRead(actor('ADMIN', 'ACTIVE', 'admin'), 'you')).toBe(true);
    expect(mayWrite(actor('ADMIN', 'ACTIVE', 'admin'), 'you')).toBe(false);
  });

  it('stop a suspended member from writing even their own things', () => {
    expect(mayWrite(actor('MEMBER', 'SUSPENDED', 'me'), 'me')).toBe(false);
  });
});
