// The access contract of identity: all another scope may know of it. Who is asking (the signed-in
// `Actor`), how an operation declares what it needs (the decorators), the guard that enforces those
// declarations, and the object-level rules. Accounts, sessions and entities stay inside identity-api.
export {
  mayRead,
  mayWrite,
  ROLES,
  STATUSES,
  type Actor,
  type MemberStatus,
  type Role,
} from '@lovecando/identity-domain';
export { ActiveMember, CurrentActor, Public, Roles, SignedIn } from './access.decorators.js';
export { AccessGuard } from './access.guard.js';
export { type Authenticated, type GraphqlContext, type RequestWithAuth } from './auth-context.js';
