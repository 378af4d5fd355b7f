// Public surface of the explain module: clauses, snapshots and decisions in plain French and English, and
// snapshots as ODRL 2.2 JSON-LD (docs/domain/consent.md#odrl-export).
export { explainClause } from './clause.js';
export { type ExplainContext, type ExplainTaxonomy } from './context.js';
export { explainDecision } from './decision.js';
export {
  explainSnapshot,
  type ExplainedRule,
  type ExplainedRuleKind,
  type SnapshotExplanation,
} from './snapshot.js';
export { toOdrl, type OdrlExportContext } from './odrl/to-odrl.js';
export {
  type OdrlConstraint,
  type OdrlContext,
  type OdrlDuty,
  type OdrlIdRef,
  type OdrlOperator,
  type OdrlPolicy,
  type OdrlRule,
  type OdrlTypedValue,
} from './odrl/types.js';
