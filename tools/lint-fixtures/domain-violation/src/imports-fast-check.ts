// Fixture: production code of a domain library importing the property-testing library. Lint must reject it.
import fc from 'fast-check';

export const leak = fc;
