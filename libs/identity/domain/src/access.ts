// Who may do what, by role and account status. Every resolver of every scope asks this one table, so the
// rules of docs/domain/identity.md#roles-and-statuses (PENDING and SUSPENDED can only read; admins run the
// instance but never act for a member) live in one place and are tested once.
export const ROLES = ['MEMBER', 'BOARD', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED'] as const;
export type MemberStatus = (typeof STATUSES)[number];

export interface Actor {
  id: string;
  role: Role;
  status: MemberStatus;
}

/** What an operation needs from the signed-in account. */
export type Requirement =
  | { kind: 'signed-in' } // any account, any status: read own data, sign out
  | { kind: 'active' } // an ACTIVE account: every write a member makes
  | { kind: 'role'; roles: readonly Role[] }; // an ACTIVE account with one of these roles

export type AccessDenial = 'UNAUTHENTICATED' | 'ACCOUNT_NOT_ACTIVE' | 'FORBIDDEN';

/** Why the actor may not proceed, or undefined when it may. */
export function denial(actor: Actor | undefined, requirement: Requirement): AccessDenial | undefined {
  if (!actor) return 'UNAUTHENTICATED';
  switch (requirement.kind) {
    case 'signed-in':
      return undefined;
    case 'active':
      return actor.status === 'ACTIVE' ? undefined : 'ACCOUNT_NOT_ACTIVE';
    case 'role':
      if (actor.status !== 'ACTIVE') return 'ACCOUNT_NOT_ACTIVE';
      return requirement.roles.includes(actor.role) ? undefined : 'FORBIDDEN';
  }
}

/** Object-level rule: a member touches only their own things; admins may read (not act on) others'. */
export function mayRead(actor: Actor | undefined, ownerId: string): boolean {
  return !!actor && (actor.id === ownerId || actor.role === 'ADMIN');
}

export function mayWrite(actor: Actor | undefined, ownerId: string): boolean {
  return !!actor && actor.status === 'ACTIVE' && actor.id === ownerId;
}
