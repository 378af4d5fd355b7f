// Fixture: an API library of one scope reaching into another scope's services and entities. Lint must reject it.
import { AccountService, MemberEntity } from '@lovecando/identity-api';

export const leaks = [AccountService, MemberEntity];
