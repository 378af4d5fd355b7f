// The consent engine: taxonomy, clauses and their lint, the compiler to signed snapshots, and decisions.
// Pure TypeScript: it runs unchanged in the API, in services through the SDK, and in browsers.
export * from './taxonomy/index.js';
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
export {
  signSnapshot,
  verifySnapshot,
  type SignedSnapshot,
  type SnapshotCheck,
} from './snapshot/signed-snapshot.js';
export {
  compile,
  type CompilableTaxonomy,
  type CompileInput,
  type Compiled,
  type Snapshot,
  type SnapshotContent,
} from './policy/compile.js';
export { type CompiledPolicy } from './policy/compiled-policy.js';
export { ChoicesRejected, Decider } from './policy/decider.js';
export {
  ALLOW_REASONS,
  DENY_REASONS,
  REASONS,
  type AllowReason,
  type ClauseReference,
  type Decision,
  type DecisionRequest,
  type DenyReason,
  type Reason,
} from './policy/decision.js';
export {
  checkChoices,
  type ChoiceProblem,
  type ChoiceProblemCode,
  type ChoiceScope,
  type ConsentChoice,
  type MemberChoices,
} from './policy/choices.js';
export { referenceDecide } from './policy/reference-evaluator.js';
export * from './explain/index.js';
export * from './impact/index.js';
