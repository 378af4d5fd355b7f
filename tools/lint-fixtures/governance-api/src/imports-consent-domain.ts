// Fixture: governance reaching consent other than through a port contract. Lint must reject it.
import * as consent from '@lovecando/consent-domain';

export const leak = consent;
