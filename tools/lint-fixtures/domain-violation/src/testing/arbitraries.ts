// Fixture: a test helper of a domain library (a testing/ entry point) may use fast-check. Lint must accept it.
import fc from 'fast-check';

export const ratio = fc.integer({ min: 0, max: 100 });
