// A small collective evaluator over a compiled policy (docs/domain/consent.md#decisions, rules 1–4: all but
// the member layer). The impact evaluates tens of thousands of cells in both snapshots, so a cell is given as
// interned indexes and the answer is one small integer; the matching clauses stay in reusable buffers for the
// few callers that need them (member layer, duties), so evaluating a cell allocates nothing.
import { isInstant } from '@lovecando/shared-util';
import { MEMBER_CONTROLS, type CellRequest, type Duties } from '../clauses/clause.js';
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

/**
 * The opt-in notices of one evaluation, and a text that is equal exactly when the notices and the strictest
 * control among them (which is then the cell's control) are.
 */
export interface OptInSide {
  readonly notices: readonly PermitNotice[];
  readonly key: string;
}

interface CachedOptIns extends OptInSide {
  readonly indexes: Int32Array;
}

/** Distinct opt-in sets remembered per evaluator; beyond it the memo starts again (memory stays bounded). */
const OPT_IN_CACHE_LIMIT = 10_000;

export class CollectiveEvaluator {
  /** The matching clauses of the last evaluation: the first `prohibitCount` / `permitCount` entries. */
  readonly prohibits: CompiledClause[] = [];
  readonly permits: CompiledClause[] = [];
  prohibitCount = 0;
  permitCount = 0;
  private time = 0;
  // The same few sets of opt-in permits decide most cells: their notices and key are built once per set.
  private readonly optInCache = new Map<number, CachedOptIns[]>();
  private optInCacheSize = 0;

  constructor(readonly policy: CompiledPolicy) {}

  /**
   * Collects the clauses valid at `time` that match the cell (except clause index `skip`). Like the
   * Decider, it visits only the non-empty words of the (category, purpose) pair's precomputed bitset.
   */
  evaluate(category: number, purpose: number, operation: number, recipient: number, time: number, skip = -1) {
    this.prohibitCount = 0;
    this.permitCount = 0;
    this.time = time;
    const { masks, words, pairMasks, pairWords, clauses } = this.policy;
    const pair = category * this.policy.index.purpose.size + purpose;
    const pairRow = pair * words;
    const operationRow = operation * words;
    const recipientRow = recipient * words;
    const last = this.policy.pairWordStart[pair + 1]!;
    for (let next = this.policy.pairWordStart[pair]!; next < last; next += 1) {
      const word = pairWords[next]!;
      let bits =
        pairMasks[pairRow + word]! &
        masks.operation[operationRow + word]! &
        masks.recipient[recipientRow + word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const bit = (word << 5) + 31 - Math.clz32(low);
        if (bit !== skip) this.add(clauses[bit]!);
      }
    }
    return this.code();
  }

  /** Adds one more matching clause (if valid at the time of the last evaluation), e.g. a proposed version. */
  add(clause: CompiledClause): void {
    if (this.time < clause.validFrom || this.time >= clause.validUntil) return;
    if (clause.effect === 'prohibit') this.prohibits[this.prohibitCount++] = clause;
    else this.permits[this.permitCount++] = clause;
  }

  code(): number {
    if (this.prohibitCount) return PROHIBITED;
    if (!this.permitCount) return NOT_PERMITTED;
    let rank = 0;
    for (let n = 0; n < this.permitCount; n += 1) rank = Math.max(rank, this.permits[n]!.controlRank);
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

  /** The matching permits of the last evaluation. */
  matchingPermits(): CompiledClause[] {
    return this.permits.slice(0, this.permitCount);
  }

  /** The opt-in permits of the last evaluation: what a member's consent must cover (member-layer.ts). */
  optIns(): PermitNotice[] {
    return this.matchingPermits()
      .filter((permit) => permit.controlRank >= OPT_IN_RANK)
      .map((permit) => ({ id: permit.id, control: permit.control, materialVersion: permit.materialVersion }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * `optIns()` and its `noticesKey`, shared between the cells matched by the same opt-in permits (found
   * by their indexes, in the order they were collected), so that a cell costs no allocation and no text.
   */
  optInSide(): OptInSide {
    let hash = 0;
    let count = 0;
    for (let n = 0; n < this.permitCount; n += 1) {
      const permit = this.permits[n]!;
      if (permit.controlRank < OPT_IN_RANK) continue;
      hash = (Math.imul(hash, 31) + permit.index + 1) | 0;
      count += 1;
    }
    const bucket = this.optInCache.get(hash);
    if (bucket) {
      search: for (const entry of bucket) {
        if (entry.indexes.length !== count) continue;
        let at = 0;
        for (let n = 0; n < this.permitCount; n += 1) {
          const permit = this.permits[n]!;
          if (permit.controlRank < OPT_IN_RANK) continue;
          if (entry.indexes[at++] !== permit.index) continue search;
        }
        return entry;
      }
    }
    if (this.optInCacheSize >= OPT_IN_CACHE_LIMIT) {
      this.optInCache.clear();
      this.optInCacheSize = 0;
    }
    const notices = Object.freeze(this.optIns());
    const optIns = this.matchingPermits().filter((permit) => permit.controlRank >= OPT_IN_RANK);
    const rank = Math.max(...optIns.map((permit) => permit.controlRank));
    const entry: CachedOptIns = {
      indexes: Int32Array.from(optIns, (permit) => permit.index),
      notices,
      key: `${rank}:${noticesKey(notices)}`,
    };
    const list = this.optInCache.get(hash);
    if (list) list.push(entry);
    else this.optInCache.set(hash, [entry]);
    this.optInCacheSize += 1;
    return entry;
  }

  duties(): Duties {
    return unionOfDuties(this.matchingPermits().map((permit) => permit.duties));
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
