// Every migration, in order. Listed explicitly (not globbed) so the built server and the tests run exactly
// the same set. Migrations are never edited once they have landed: add a new one.
import { CreateInstance1795957200000 } from './1795957200000-create-instance.js';
import { CreateIdentity1795958000000 } from './1795958000000-create-identity.js';
import { CreateTerms1795959000000 } from './1795959000000-create-terms.js';
import { GuardIdentity1796145700000 } from './1796145700000-guard-identity.js';

export const migrations = [
  CreateInstance1795957200000,
  CreateIdentity1795958000000,
  CreateTerms1795959000000,
  GuardIdentity1796145700000,
];
