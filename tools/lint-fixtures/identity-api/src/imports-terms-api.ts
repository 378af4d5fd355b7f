// Fixture: identity reaching a scope it may not know of at all (scopes form no cycles). Lint must reject it.
import * as terms from '@lovecando/terms-api';

export const leak = terms;
