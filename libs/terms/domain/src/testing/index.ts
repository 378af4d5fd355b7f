// Test support of the terms engine (`@lovecando/terms-domain/testing`), for tests, benchmarks and tools
// only: production code never imports it. Readable fixtures, fast-check versions, the deterministic
// document and change-set generators the bench runs on, and the word lists of the syllable specs.
export {
  baseTerms,
  CONSENT,
  DATA,
  draft,
  GOVERNANCE,
  LEAVING,
  MEMBERSHIP,
  text,
  version,
} from './fixtures.js';
export {
  contentArbitrary,
  derivedArbitrary,
  forkArbitrary,
  IDS,
  versionArbitrary,
  versionPairArbitrary,
} from './arbitraries.js';
export {
  applyGenerated,
  generateChangeSet,
  generateDocument,
  seededRandom,
  type ChangeSetShape,
  type DocumentShape,
} from './generate-document.js';
export { parseWordList, type WordList } from './word-list.js';
