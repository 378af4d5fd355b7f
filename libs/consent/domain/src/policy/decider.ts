// The compiled decider: a snapshot's tables plus the members' choice trees. `decide` interns four terms,
// ANDs four bitset rows, reads the few matching clauses and, when the collective layer allows, walks one
// path of the member's choice tree. The result never depends on clause order (bits are visited by index
// of the canonical order, and every rule is order-free).
import { MEMBER_CONTROLS, type MemberControl } from '../clauses/clause.js';
import {
  checkChoices,
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
import { memberLayer } from './member-layer.js';

interface ChoiceNode {
  readonly choice: ConsentChoice;
  /** Interned scope; -1 means any. */
  readonly terms: Int32Array;
  readonly children: readonly ChoiceNode[];
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

export class Decider {
  private readonly choiceTrees = new Map<string, readonly ChoiceNode[]>();
  private readonly references: readonly ClauseReference[];
  private readonly prohibits: CompiledClause[] = [];
  private readonly permits: CompiledClause[] = [];
  private readonly scratchRequest = [0, 0, 0, 0];
  private sequence = 0;

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
      return this.answer('UNKNOWN_TERM', []);
    }
    // Scratch lists reused across calls: the hot path allocates only the answer itself.
    const prohibits = this.prohibits;
    const permits = this.permits;
    prohibits.length = 0;
    permits.length = 0;
    const time = request.time;
    const { masks, clauses, words } = policy;
    const categoryRow = category * words;
    const purposeRow = purpose * words;
    const operationRow = operation * words;
    const recipientRow = recipient * words;
    for (let word = 0; word < words; word += 1) {
      let bits =
        masks.category[categoryRow + word]! &
        masks.purpose[purposeRow + word]! &
        masks.operation[operationRow + word]! &
        masks.recipient[recipientRow + word]!;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const clause = clauses[(word << 5) + 31 - Math.clz32(low)]!;
        if (time < clause.validFrom || time >= clause.validUntil) continue;
        (clause.effect === 'prohibit' ? prohibits : permits).push(clause);
      }
    }
    if (prohibits.length) return this.answer('PROHIBITED', prohibits);
    if (!permits.length) return this.answer('NOT_PERMITTED', permits);
    let rank = 0;
    for (const permit of permits) rank = Math.max(rank, permit.controlRank);
    const control: MemberControl = MEMBER_CONTROLS[rank]!;
    const choice =
      control === 'none'
        ? undefined
        : this.mostSpecificChoice(request.member, category, purpose, operation, recipient);
    return this.answer(memberLayer(control, permits, choice, time), permits);
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

  /** The members (of `population`) whose data may be used for this cell at `time`. */
  eligibleMembers(cell: Omit<DecisionRequest, 'member'>, population: readonly string[]): string[] {
    return population.filter((member) => this.decide({ ...cell, member }).allowed);
  }

  private answer(reason: Reason, determining: readonly CompiledClause[]): Decision {
    const allowed = reason === 'PERMITTED' || reason === 'NOT_OBJECTED' || reason === 'CONSENTED';
    this.sequence += 1;
    return {
      allowed,
      reason,
      determiningClauses: determining.length
        ? determining.map((clause) => this.references[clause.index]!)
        : NONE,
      duties: allowed ? unionOfDuties(determining.map((clause) => clause.duties)) : NO_DUTIES,
      revision: this.policy.revision,
      decisionId: `${this.policy.revision}-${this.sequence}`,
    };
  }

  private mostSpecificChoice(
    member: string,
    category: number,
    purpose: number,
    operation: number,
    recipient: number,
  ): ConsentChoice | undefined {
    let level = this.choiceTrees.get(member);
    if (!level) return undefined;
    const request = this.scratchRequest;
    request[0] = category;
    request[1] = purpose;
    request[2] = operation;
    request[3] = recipient;
    let found: ConsentChoice | undefined;
    while (level) {
      const next: ChoiceNode | undefined = level.find((node) => this.matches(node.terms, request));
      if (!next) break;
      found = next.choice;
      level = next.children;
    }
    return found;
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
    return { choice, terms, children: (choice.children ?? []).map((child) => this.internChoice(child)) };
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
