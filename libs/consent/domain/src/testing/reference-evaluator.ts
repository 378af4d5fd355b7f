// A slow, obviously-correct evaluator written line by line from the decision rules of
// docs/domain/consent.md#decisions, with strings and the taxonomy's own `covers`. It shares no logic with
// the compiled decider; property tests check that the two always agree.
import { parseInstant } from '@lovecando/shared-util';
import { type Clause, type Duties, type MemberControl } from '../clauses/clause.js';
import { type TaxonomyLookup } from '../clauses/taxonomy-lookup.js';
import { type ConsentChoice } from '../policy/choices.js';
import { type DecisionRequest, type Reason } from '../policy/decision.js';

export interface ReferenceAnswer {
  allowed: boolean;
  reason: Reason;
  clauseIds: string[];
  duties: Duties;
}

const STRICTNESS: MemberControl[] = ['none', 'opt-out', 'opt-in', 'explicit-opt-in'];

export function referenceDecide(
  taxonomy: TaxonomyLookup,
  recipients: readonly string[],
  clauses: readonly Clause[],
  choices: readonly ConsentChoice[],
  request: DecisionRequest,
): ReferenceAnswer {
  const deny = (reason: Reason, clauseIds: string[] = []): ReferenceAnswer => ({
    allowed: false,
    reason,
    clauseIds,
    duties: {},
  });
  // 0. No valid instant (finite milliseconds a Date can hold): nothing can be said to be in force.
  if (
    typeof request.time !== 'number' ||
    !Number.isFinite(request.time) ||
    Math.abs(request.time) > 8.64e15
  ) {
    return deny('INVALID_TIME');
  }
  // 1. Unknown terms fail closed.
  if (
    !taxonomy.has('category', request.category) ||
    !taxonomy.has('purpose', request.purpose) ||
    !taxonomy.has('operation', request.operation) ||
    !recipients.includes(request.recipient)
  ) {
    return deny('UNKNOWN_TERM');
  }
  // 2. Matching clauses.
  const matching = clauses.filter(
    (clause) =>
      clause.dataCategories.some((category) => taxonomy.covers('category', category, request.category)) &&
      clause.purposes.some((purpose) => taxonomy.covers('purpose', purpose, request.purpose)) &&
      (clause.operations === 'all' || clause.operations.includes(request.operation)) &&
      (clause.recipients === 'all' || clause.recipients.includes(request.recipient)) &&
      (clause.validFrom === undefined || instant(clause.validFrom) <= request.time) &&
      (clause.validUntil === undefined || request.time < instant(clause.validUntil)),
  );
  const ids = (list: Clause[]) => list.map((clause) => clause.id).sort();
  // 3. Any prohibit wins.
  const prohibits = matching.filter((clause) => clause.effect === 'prohibit');
  if (prohibits.length > 0) return deny('PROHIBITED', ids(prohibits));
  // 4. What is not permitted is denied.
  const permits = matching.filter((clause) => clause.effect === 'permit');
  if (permits.length === 0) return deny('NOT_PERMITTED');
  // 5. Member layer with the strictest control.
  const control = permits
    .map((clause) => clause.memberControl)
    .reduce((a, b) => (STRICTNESS.indexOf(b) > STRICTNESS.indexOf(a) ? b : a));
  const choice = deepestChoiceInEffect(taxonomy, choices, request);
  let reason: Reason;
  if (control === 'none') reason = 'PERMITTED';
  else if (control === 'opt-out') reason = choice?.state === 'deny' ? 'MEMBER_OBJECTED' : 'NOT_OBJECTED';
  else if (
    choice === undefined ||
    choice.state !== 'allow' ||
    (control === 'explicit-opt-in' && !choice.explicit)
  )
    reason = 'NO_CONSENT';
  else {
    const optIns = permits.filter(
      (clause) => clause.memberControl === 'opt-in' || clause.memberControl === 'explicit-opt-in',
    );
    if (optIns.some((clause) => choice.notices[clause.id] === undefined)) reason = 'NO_CONSENT';
    else if (optIns.some((clause) => choice.notices[clause.id] !== clause.materialVersion))
      reason = 'RECONSENT_NEEDED';
    else reason = 'CONSENTED';
  }
  const allowed = reason === 'PERMITTED' || reason === 'NOT_OBJECTED' || reason === 'CONSENTED';
  if (!allowed) return { allowed, reason, clauseIds: ids(permits), duties: {} };
  // 6. Union of duties, shortest retention.
  const retention = permits
    .map((clause) => clause.duties.retentionDays)
    .filter((days): days is number => days !== undefined);
  const aggregation = permits
    .map((clause) => clause.duties.minAggregationK)
    .filter((k): k is number => k !== undefined);
  const duties: Duties = {
    ...(retention.length ? { retentionDays: Math.min(...retention) } : {}),
    ...(permits.some((clause) => clause.duties.pseudonymise) ? { pseudonymise: true } : {}),
    ...(aggregation.length ? { minAggregationK: Math.max(...aggregation) } : {}),
    ...(permits.some((clause) => clause.duties.notifyMember) ? { notifyMember: true } : {}),
  };
  return { allowed, reason, clauseIds: ids(permits), duties };
}

/** Epoch ms of a date the compiler or the choice check accepted (NaN otherwise: no comparison holds). */
const instant = (value: string) => parseInstant(value) ?? Number.NaN;

/** Given at or before the request's time, and neither withdrawn nor expired by then. */
function inEffect(choice: ConsentChoice, time: number): boolean {
  return (
    instant(choice.givenAt) <= time &&
    (choice.withdrawnAt === undefined || time < instant(choice.withdrawnAt)) &&
    (choice.expiresAt === undefined || time < instant(choice.expiresAt))
  );
}

/**
 * The deepest choice in the tree whose scope contains the request and that is in effect at its time. Every
 * node of the tree is looked at, whatever its parent's state: a choice not in effect is skipped as if it
 * were absent, and that leaves its own exceptions in place.
 */
function deepestChoiceInEffect(
  taxonomy: TaxonomyLookup,
  choices: readonly ConsentChoice[],
  request: DecisionRequest,
): ConsentChoice | undefined {
  const contains = (choice: ConsentChoice) =>
    (choice.scope.category === undefined ||
      taxonomy.covers('category', choice.scope.category, request.category)) &&
    (choice.scope.purpose === undefined ||
      taxonomy.covers('purpose', choice.scope.purpose, request.purpose)) &&
    (choice.scope.operation === undefined || choice.scope.operation === request.operation) &&
    (choice.scope.recipient === undefined || choice.scope.recipient === request.recipient);
  let best: ConsentChoice | undefined;
  let bestDepth = -1;
  const visit = (level: readonly ConsentChoice[], depth: number) => {
    for (const choice of level) {
      if (contains(choice) && inEffect(choice, request.time) && depth > bestDepth) {
        best = choice;
        bestDepth = depth;
      }
      visit(choice.children ?? [], depth + 1);
    }
  };
  visit(choices, 0);
  return best;
}
