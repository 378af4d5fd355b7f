// The compiled decider: a snapshot's tables plus the members' choice trees. `decide` interns four terms,
// ANDs four bitset rows, reads the few matching clauses and, when the collective layer allows, walks one
// path of the member's choice tree. The result never depends on clause order (bits are visited by index
// of the canonical order, and every rule is order-free).
import { CodedError, isInstant } from '@lovecando/shared-util';
import { MEMBER_CONTROLS, type Duties, type MemberControl } from '../clauses/clause.js';
import {
  checkChoices,
  effectWindow,
  type ChoiceProblem,
  type ConsentChoice,
  type MemberChoices,
  type ScopeTerms,
} from './choices.js';
import { type CompiledClause, type CompiledPolicy, type Dimension } from './compiled-policy.js';
import {
  REASONS,
  unionOfDuties,
  type ClauseReference,
  type Decision,
  type DecisionRequest,
  type Reason,
} from './decision.js';
import { newDecisionId } from './decision-id.js';
import { memberLayer } from './member-layer.js';

interface ChoiceNode {
  readonly choice: ConsentChoice;
  /** When the choice takes and stops taking effect (epoch ms), parsed once. */
  readonly from: number;
  readonly until: number;
  /** Interned scope; -1 means any. */
  readonly terms: Int32Array;
  readonly children: readonly ChoiceNode[];
}

/**
 * A decision. Its id is a UUIDv7 (decision-id.ts), minted when first read or serialised and kept from then
 * on: most decisions of a batch are never asked for one, and minting one costs as much as several
 * decisions. So the id's timestamp is when the decision was first logged or shown, and ids sort in that
 * order.
 */
class DecisionResult implements Decision {
  // Set in the constructor, so that minting the id later does not reshape the object.
  private id: string | undefined = undefined;

  constructor(
    readonly allowed: boolean,
    readonly reason: Reason,
    readonly determiningClauses: readonly ClauseReference[],
    readonly duties: Duties,
    readonly revision: number,
  ) {}

  get decisionId(): string {
    return (this.id ??= newDecisionId());
  }

  toJSON(): Decision {
    const { allowed, reason, determiningClauses, duties, revision, decisionId } = this;
    return { allowed, reason, determiningClauses, duties, revision, decisionId };
  }
}

export class ChoicesRejected extends Error {
  constructor(
    readonly memberId: string,
    readonly problems: readonly ChoiceProblem[],
  ) {
    super(
      `the choices of member ${memberId} are inconsistent: ${problems.map((problem) => `${problem.code} ${problem.path}`).join(', ')}`,
    );
    this.name = 'ChoicesRejected';
  }
}

const DIMENSIONS: readonly Dimension[] = ['category', 'purpose', 'operation', 'recipient'];
const NONE: readonly ClauseReference[] = Object.freeze([]);
const NO_DUTIES = Object.freeze({});

interface Explanation {
  readonly indexes: Int32Array;
  readonly references: readonly ClauseReference[];
  readonly duties: Duties;
}
const NOTHING: Explanation = Object.freeze({
  indexes: new Int32Array(0),
  references: NONE,
  duties: NO_DUTIES,
});
const EXPLANATION_CACHE_LIMIT = 100_000;

export class Decider {
  private readonly choiceTrees = new Map<string, readonly ChoiceNode[]>();
  private readonly references: readonly ClauseReference[];
  private readonly prohibits: CompiledClause[] = [];
  private readonly permits: CompiledClause[] = [];
  private readonly explanations = new Map<number, Explanation[]>();
  private readonly scratchRequest = [0, 0, 0, 0];

  constructor(
    readonly policy: CompiledPolicy,
    members: readonly MemberChoices[] = [],
  ) {
    this.references = policy.clauses.map((clause) =>
      Object.freeze({ id: clause.id, provenance: clause.provenance }),
    );
    for (const member of members) this.setChoices(member);
  }

  /** Validates and installs (or replaces) one member's choices. */
  setChoices(member: MemberChoices): void {
    const problems = checkChoices(this.scopeTerms(), member.choices);
    if (problems.length) throw new ChoicesRejected(member.memberId, problems);
    this.choiceTrees.set(
      member.memberId,
      member.choices.map((choice) => this.internChoice(choice)),
    );
  }

  decide(request: DecisionRequest): Decision {
    // Fail closed before anything else: with no instant, no clause window or choice can be said to hold.
    if (!isInstant(request.time)) return this.answer('INVALID_TIME', NOTHING);
    const { policy } = this;
    const category = policy.index.category.get(request.category);
    const purpose = policy.index.purpose.get(request.purpose);
    const operation = policy.index.operation.get(request.operation);
    const recipient = policy.index.recipient.get(request.recipient);
    if (
      category === undefined ||
      purpose === undefined ||
      operation === undefined ||
      recipient === undefined
    ) {
      return this.answer('UNKNOWN_TERM', NOTHING);
    }
    // Scratch lists reused across calls, filled up to a count (resetting an array's length is a slow runtime
    // call); the usual answer, nothing matches, then allocates only the decision itself.
    const prohibits = this.prohibits;
    const permits = this.permits;
    let prohibitCount = 0;
    let permitCount = 0;
    const time = request.time;
    const { masks, clauses, words, pairMasks, pairWords } = policy;
    const pair = category * policy.index.purpose.size + purpose;
    const pairRow = pair * words;
    const operationRow = operation * words;
    const recipientRow = recipient * words;
    const last = policy.pairWordStart[pair + 1]!;
    for (let next = policy.pairWordStart[pair]!; next < last; next += 1) {
      const word = pairWords[next]!;
      let bits =
        pairMasks[pairRow + word]! &
        masks.operation[operationRow + word]! &
        masks.recipient[recipientRow + word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const clause = clauses[(word << 5) + 31 - Math.clz32(low)]!;
        if (time < clause.validFrom || time >= clause.validUntil) continue;
        if (clause.effect === 'prohibit') prohibits[prohibitCount++] = clause;
        else permits[permitCount++] = clause;
      }
    }
    if (prohibitCount) return this.answer('PROHIBITED', this.explanation(prohibits, prohibitCount));
    if (!permitCount) return this.answer('NOT_PERMITTED', NOTHING);
    let rank = 0;
    for (let n = 0; n < permitCount; n += 1) rank = Math.max(rank, permits[n]!.controlRank);
    const control: MemberControl = MEMBER_CONTROLS[rank]!;
    const choice =
      control === 'none'
        ? undefined
        : this.choiceInEffect(request.member, category, purpose, operation, recipient, time);
    return this.answer(
      memberLayer(control, permits, permitCount, choice),
      this.explanation(permits, permitCount),
    );
  }

  /** Many decisions at once, as compact arrays: allowed (0/1) and the index of the reason in REASONS. */
  decideMany(requests: readonly DecisionRequest[]): { allowed: Uint8Array; reasons: Uint8Array } {
    const allowed = new Uint8Array(requests.length);
    const reasons = new Uint8Array(requests.length);
    requests.forEach((request, index) => {
      const decision = this.decide(request);
      allowed[index] = decision.allowed ? 1 : 0;
      reasons[index] = REASONS.indexOf(decision.reason);
    });
    return { allowed, reasons };
  }

  /**
   * The members (of `population`) whose data may be used for this cell at `time`. A cell without a valid
   * instant throws a CodedError `INVALID_TIME`: an empty list would read as "nobody consented".
   */
  eligibleMembers(cell: Omit<DecisionRequest, 'member'>, population: readonly string[]): string[] {
    if (!isInstant(cell.time))
      throw new CodedError('INVALID_TIME', 'the cell has no valid time (epoch milliseconds)', 'time');
    return population.filter((member) => this.decide({ ...cell, member }).allowed);
  }

  private answer(reason: Reason, explanation: Explanation): Decision {
    const allowed = reason === 'PERMITTED' || reason === 'NOT_OBJECTED' || reason === 'CONSENTED';
    return new DecisionResult(
      allowed,
      reason,
      explanation.references,
      allowed ? explanation.duties : NO_DUTIES,
      this.policy.revision,
    );
  }

  /**
   * The clause references and united duties of `clauses[0 .. count)`, built once per distinct set and then
   * shared (they are frozen): the same few sets of clauses decide most requests.
   */
  private explanation(clauses: readonly CompiledClause[], count: number): Explanation {
    let key = count;
    for (let n = 0; n < count; n += 1) key = (Math.imul(key, 31) + clauses[n]!.index) | 0;
    const bucket = this.explanations.get(key);
    if (bucket) {
      search: for (const entry of bucket) {
        if (entry.indexes.length !== count) continue;
        for (let n = 0; n < count; n += 1) if (entry.indexes[n] !== clauses[n]!.index) continue search;
        return entry;
      }
    }
    // Bounded: a pathological stream of distinct sets cannot grow memory without limit.
    if (this.explanations.size >= EXPLANATION_CACHE_LIMIT) this.explanations.clear();
    const chosen = clauses.slice(0, count);
    const entry: Explanation = Object.freeze({
      indexes: Int32Array.from(chosen, (clause) => clause.index),
      references: Object.freeze(chosen.map((clause) => this.references[clause.index]!)),
      duties: Object.freeze(unionOfDuties(chosen.map((clause) => clause.duties))),
    });
    const list = this.explanations.get(key);
    if (list) list.push(entry);
    else this.explanations.set(key, [entry]);
    return entry;
  }

  /**
   * The member's most specific matching choice in effect at `time`
   * (docs/domain/consent.md#choices-in-effect). A choice that is not in effect is skipped as if absent, so a
   * wider one above it decides; the walk still goes below it, since a narrower exception that is itself in
   * effect is more specific than anything above.
   */
  private choiceInEffect(
    member: string,
    category: number,
    purpose: number,
    operation: number,
    recipient: number,
    time: number,
  ): ConsentChoice | undefined {
    let level = this.choiceTrees.get(member);
    if (!level) return undefined;
    const request = this.scratchRequest;
    request[0] = category;
    request[1] = purpose;
    request[2] = operation;
    request[3] = recipient;
    let found: ChoiceNode | undefined;
    // Siblings never overlap, so at most one matches at each level: follow it down.
    descend: while (level.length) {
      for (const node of level) {
        if (this.matches(node.terms, request)) {
          if (node.from <= time && time < node.until) found = node;
          level = node.children;
          continue descend;
        }
      }
      break;
    }
    return found?.choice;
  }

  private matches(scope: Int32Array, request: readonly number[]): boolean {
    const { intervals } = this.policy;
    for (let dimension = 0; dimension < 4; dimension += 1) {
      const bound = scope[dimension]!;
      if (bound < 0) continue;
      const value = request[dimension]!;
      if (dimension < 2) {
        const exit = (dimension === 0 ? intervals.category : intervals.purpose).exit;
        if (value < bound || value >= exit[bound]!) return false;
      } else if (value !== bound) return false;
    }
    return true;
  }

  private internChoice(choice: ConsentChoice): ChoiceNode {
    const terms = new Int32Array(
      DIMENSIONS.map((dimension) => {
        const id = choice.scope[dimension];
        return id === undefined ? -1 : (this.policy.index[dimension].get(id) ?? -1);
      }),
    );
    return {
      choice,
      terms,
      ...effectWindow(choice),
      children: (choice.children ?? []).map((child) => this.internChoice(child)),
    };
  }

  private scopeTerms(): ScopeTerms {
    const { index, intervals } = this.policy;
    return {
      known: (dimension, id) => index[dimension].has(id),
      covers: (dimension, ancestor, id) => {
        const a = index[dimension].get(ancestor);
        const b = index[dimension].get(id);
        if (a === undefined || b === undefined) return false;
        if (dimension === 'category' || dimension === 'purpose')
          return a <= b && b < intervals[dimension].exit[a]!;
        return a === b;
      },
    };
  }
}
