// The migrations of the identity scope, in the order they run. The application composes them with the
// other scopes' migrations by timestamp; the use-case tests run them on their own database.
import { CreateIdentity1795958000000 } from './1795958000000-create-identity.js';
import { GuardIdentity1796145700000 } from './1796145700000-guard-identity.js';

export const identityMigrations = [CreateIdentity1795958000000, GuardIdentity1796145700000];
