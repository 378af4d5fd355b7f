// The consent engine: taxonomy, clauses and their lint, the compiler to signed snapshots, and decisions.
// Pure TypeScript: it runs unchanged in the API, in services through the SDK, and in browsers. Every public
// name is listed here; test support (fixtures, worlds, the reference evaluator) is `./testing`.
export {
  LEGAL_BASES,
  MEMBER_CONTROLS,
  type CellRequest,
  type Clause,
  type ClauseExample,
  type Duties,
  type Effect,
  type LegalBasis,
  type MemberControl,
  type Provenance,
  type Recipient,
  type Selector,
} from './clauses/clause.js';
export { lint, type LintProblem } from './clauses/lint.js';
export { LINT_MESSAGES, type LintCode } from './clauses/lint-messages.js';
export { type TaxonomyLookup, type TermKind } from './clauses/taxonomy-lookup.js';
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
export {
  defaultTaxonomy,
  DPV_IRI_PATTERN,
  KIND_FIELDS,
  loadTaxonomy,
  TAXONOMY_ID_PATTERN,
  TAXONOMY_KINDS,
  TAXONOMY_PROBLEM_CODES,
  type LoadTaxonomyResult,
  type Taxonomy,
  type TaxonomyData,
  type TaxonomyKind,
  type TaxonomyNode,
  type TaxonomyProblem,
  type TaxonomyProblemCode,
  type TaxonomyTerm,
} from './taxonomy/index.js';
export {
  explainClause,
  explainDecision,
  explainSnapshot,
  toOdrl,
  type ExplainContext,
  type ExplainedRule,
  type ExplainedRuleKind,
  type ExplainTaxonomy,
  type OdrlConstraint,
  type OdrlContext,
  type OdrlDuty,
  type OdrlExportContext,
  type OdrlIdRef,
  type OdrlOperator,
  type OdrlPolicy,
  type OdrlRule,
  type OdrlTypedValue,
  type SnapshotExplanation,
} from './explain/index.js';
export {
  collectiveOutcome,
  impact,
  type CellGroup,
  type ClauseChangeKind,
  type CollectiveOutcome,
  type Conflict,
  type ControlChange,
  type ControlChangeGroup,
  type FloorViolation,
  type Impact,
  type NoOp,
  type Population,
} from './impact/index.js';
