// Test support of the consent engine (`@lovecando/consent-domain/testing`), for tests, benchmarks and tools
// only: production code never imports it. Small fixtures, fast-check worlds, the large broad-proposal
// world the impact spec and the bench share, and the reference evaluator the compiled decider is checked
// against.
export { at, permit, prohibit, RECIPIENTS, smallTaxonomy } from './fixtures.js';
export {
  choicesArbitrary,
  clauseArbitrary,
  clausesArbitrary,
  RECIPIENT_IDS,
  requestArbitrary,
  scopeTermsOf,
  worldArbitrary,
  type World,
} from './arbitraries.js';
export { broadProposal, type BroadProposal } from './broad-proposal.js';
export { referenceDecide, type ReferenceAnswer } from './reference-evaluator.js';
