export {
  LEGAL_BASES,
  MEMBER_CONTROLS,
  type CellRequest,
  type Clause,
  type ClauseExample,
  type Duties,
  type Effect,
  type Lang,
  type LegalBasis,
  type LocalizedText,
  type MemberControl,
  type Provenance,
  type Recipient,
  type Selector,
} from './clauses/clause.js';
export { lint, type LintProblem } from './clauses/lint.js';
export { LINT_MESSAGES, type LintCode } from './clauses/lint-messages.js';
export { type TaxonomyLookup, type TermKind } from './clauses/taxonomy-lookup.js';
export { canonicalJson, contentHash } from './snapshot/canonical.js';
export {
  generateSigningKeyPair,
  publicKeyOf,
  signCanonical,
  verifyCanonical,
  type SigningKeyPair,
} from './snapshot/signing.js';
