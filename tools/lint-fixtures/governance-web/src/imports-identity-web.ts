// Fixture: a web library of one scope importing another scope's web library (apps compose them). Lint must
// reject it.
import * as identityWeb from '@lovecando/identity-web';

export const leak = identityWeb;
