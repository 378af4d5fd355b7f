// The compiled decider: a snapshot's tables plus the members' choice trees. `decide` interns four terms,
// ANDs four bitset rows, reads the few matching clauses and, when the collective layer allows, walks one
// path of the member's choice tree. The result never depends on clause order (bits are visited by index
// of the canonical order, and every rule is order-free).
import { MEMBER_CONTROLS, type MemberControl } from '../clauses/clause.js';
import { forEachCommonBit } from './bitset.js';
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

export class Decider {
  private readonly choiceTrees = new Map<string, readonly ChoiceNode[]>();
  private readonly references: readonly ClauseReference[];
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
    const prohibits: CompiledClause[] = [];
    const permits: CompiledClause[] = [];
    const time = request.time;
    const { masks, clauses } = policy;
    forEachCommonBit(
      policy.words,
      masks.category,
      category,
      masks.purpose,
      purpose,
      masks.operation,
      operation,
      masks.recipient,
      recipient,
      (bit) => {
        const clause = clauses[bit]!;
        if (time < clause.validFrom || time >= clause.validUntil) return;
        (clause.effect === 'prohibit' ? prohibits : permits).push(clause);
      },
    );
    if (prohibits.length) return this.answer('PROHIBITED', prohibits);
    if (!permits.length) return this.answer('NOT_PERMITTED', []);
    let rank = 0;
    for (const permit of permits) rank = Math.max(rank, permit.controlRank);
    const control: MemberControl = MEMBER_CONTROLS[rank]!;
    const choice =
      control === 'none'
        ? undefined
        : this.mostSpecificChoice(request.member, category, purpose, operation, recipient);
    const reason = memberLayer(
      control,
      permits.map((permit) => ({
        id: permit.id,
        control: permit.control,
        materialVersion: permit.materialVersion,
      })),
      choice,
      time,
    );
    return this.answer(reason, permits);
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
      determiningClauses: determining.map((clause) => this.references[clause.index]!),
      duties: allowed ? unionOfDuties(determining.map((clause) => clause.duties)) : {},
      revision: this.policy.revision,
      decisionId: `${this.policy.revision}-${this.sequence}`,
    };
  }

  private mostSpecificChoice(member: string, ...request: number[]): ConsentChoice | undefined {
    let level = this.choiceTrees.get(member);
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
