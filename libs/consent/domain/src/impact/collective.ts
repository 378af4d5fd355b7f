// A small collective evaluator over a compiled policy (DOMAIN.md rules 1–5 without the member layer). The
// impact evaluates tens of thousands of cells in both snapshots, so a cell is given as interned indexes and
// the answer is one small integer; the matching clauses stay in reusable buffers for the few callers that
// need them (member layer, duties), so evaluating a cell allocates nothing.
import { isInstant } from '@lovecando/shared-util';
import { MEMBER_CONTROLS, type CellRequest, type Duties } from '../clauses/clause.js';
import { forEachCommonBit } from '../policy/bitset.js';
import { type CompiledClause, type CompiledPolicy } from '../policy/compiled-policy.js';
import { unionOfDuties } from '../policy/decision.js';
import { type PermitNotice } from '../policy/member-layer.js';
import { type CollectiveOutcome } from './types.js';

/** Outcome codes: negative is a deny, otherwise the rank of the strictest member control (MEMBER_CONTROLS). */
export const UNKNOWN = -3;
export const PROHIBITED = -2;
export const NOT_PERMITTED = -1;
/** Ranks from which a member must have said yes (opt-in, explicit-opt-in). */
export const OPT_IN_RANK = MEMBER_CONTROLS.indexOf('opt-in');

export const isAllowed = (code: number) => code >= 0;

export class CollectiveEvaluator {
  readonly prohibits: CompiledClause[] = [];
  readonly permits: CompiledClause[] = [];
  private time = 0;
  private skip = -1;
  // One visitor for the evaluator's lifetime: no closure per cell.
  private readonly visit = (bit: number): void => {
    if (bit === this.skip) return;
    this.add(this.policy.clauses[bit]!);
  };

  constructor(readonly policy: CompiledPolicy) {}

  /** Collects the clauses valid at `time` that match the cell (except clause index `skip`). */
  evaluate(category: number, purpose: number, operation: number, recipient: number, time: number, skip = -1) {
    this.prohibits.length = 0;
    this.permits.length = 0;
    this.time = time;
    this.skip = skip;
    const { masks, words } = this.policy;
    forEachCommonBit(
      words,
      masks.category,
      category,
      masks.purpose,
      purpose,
      masks.operation,
      operation,
      masks.recipient,
      recipient,
      this.visit,
    );
    return this.code();
  }

  /** Adds one more matching clause (if valid at the time of the last evaluation), e.g. a proposed version. */
  add(clause: CompiledClause): void {
    if (this.time < clause.validFrom || this.time >= clause.validUntil) return;
    (clause.effect === 'prohibit' ? this.prohibits : this.permits).push(clause);
  }

  code(): number {
    if (this.prohibits.length) return PROHIBITED;
    if (!this.permits.length) return NOT_PERMITTED;
    let rank = 0;
    for (const permit of this.permits) rank = Math.max(rank, permit.controlRank);
    return rank;
  }

  /** Whether clause `bit` selects the cell (validity aside). */
  selects(bit: number, category: number, purpose: number, operation: number, recipient: number): boolean {
    const { masks, words } = this.policy;
    const word = bit >>> 5;
    const flag = 1 << (bit & 31);
    return (
      (masks.category[category * words + word]! &
        masks.purpose[purpose * words + word]! &
        masks.operation[operation * words + word]! &
        masks.recipient[recipient * words + word]! &
        flag) !==
      0
    );
  }

  /** The opt-in permits of the last evaluation: what a member's consent must cover (member-layer.ts). */
  optIns(): PermitNotice[] {
    return this.permits
      .filter((permit) => permit.controlRank >= OPT_IN_RANK)
      .map((permit) => ({ id: permit.id, control: permit.control, materialVersion: permit.materialVersion }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  duties(): Duties {
    return unionOfDuties(this.permits.map((permit) => permit.duties));
  }
}

/** A stable text for a list of opt-in notices, to compare two cells' member layers cheaply. */
export const noticesKey = (notices: readonly PermitNotice[]) =>
  notices.map((notice) => `${notice.id}@${notice.materialVersion}`).join('\u0001');

export const sameDuties = (a: Duties, b: Duties) =>
  a.retentionDays === b.retentionDays &&
  a.minAggregationK === b.minAggregationK &&
  (a.pseudonymise ?? false) === (b.pseudonymise ?? false) &&
  (a.notifyMember ?? false) === (b.notifyMember ?? false);

export function toOutcome(code: number): CollectiveOutcome {
  if (code === UNKNOWN) return { allowed: false, reason: 'UNKNOWN_TERM' };
  if (code === PROHIBITED) return { allowed: false, reason: 'PROHIBITED' };
  if (code === NOT_PERMITTED) return { allowed: false, reason: 'NOT_PERMITTED' };
  return { allowed: true, control: MEMBER_CONTROLS[code]! };
}

/** The collective outcome of one cell, by term ids (an unknown term is denied, rule 1; so is a bad time). */
export function collectiveOutcome(
  policy: CompiledPolicy,
  cell: CellRequest,
  time: number,
): CollectiveOutcome {
  if (!isInstant(time)) return { allowed: false, reason: 'INVALID_TIME' };
  const category = policy.index.category.get(cell.category);
  const purpose = policy.index.purpose.get(cell.purpose);
  const operation = policy.index.operation.get(cell.operation);
  const recipient = policy.index.recipient.get(cell.recipient);
  if (category === undefined || purpose === undefined || operation === undefined || recipient === undefined)
    return toOutcome(UNKNOWN);
  return toOutcome(new CollectiveEvaluator(policy).evaluate(category, purpose, operation, recipient, time));
}
