// Test support of the governance engine (`@lovecando/governance-domain/testing`), for tests, benchmarks
// and tools only: production code never imports it. The naive delegation reference the fast resolver is
// checked against, and lifecycle fixtures (a proposal with default settings and a clock in days).
export { referenceFinalVoter } from './delegation-reference.js';
export {
  AUTHOR,
  board,
  COUNTS,
  day,
  draft,
  inRatification,
  inVoting,
  MEMBER,
  mustAct,
  run,
  T0,
} from './lifecycle-fixtures.js';
