// Fixture: an API library of another scope using identity's access contract. Lint must accept it.
import { ActiveMember, type Actor } from '@lovecando/identity-access';

export const requirement = ActiveMember;
export type Voter = Actor;
