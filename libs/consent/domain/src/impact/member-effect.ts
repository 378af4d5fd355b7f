// Which members' own decisions (member layer included) differ between two states of the policy. A member's
// decision on a cell depends only on the collective outcome, the opt-in notices in force there and the
// member's most specific choice in effect at the impact's time. So cells are grouped into classes with the
// same (before, after) pair; per class, each choice of a member is evaluated once, and the member's cells
// are only walked when one of their choices (or having none) would decide differently. Members without
// choices all decide alike: they are one group, evaluated once per class.
import { MEMBER_CONTROLS } from '../clauses/clause.js';
import { DIMENSIONS, type ConsentChoice, type MemberChoices } from '../policy/choices.js';
import { type CompiledPolicy } from '../policy/compiled-policy.js';
import { ALLOW_REASONS, type Reason } from '../policy/decision.js';
import { memberLayer, type PermitNotice } from '../policy/member-layer.js';
import { type CollectiveEvaluator, OPT_IN_RANK, type OptInSide } from './collective.js';
import { choiceInEffect, inEffect, internMember, type InternedMember } from './member-trees.js';
import { type Population } from './types.js';

/** One side of a cell as the member layer sees it. */
export interface Side {
  readonly code: number;
  readonly notices: readonly PermitNotice[];
}

const ALLOWING = new Set<Reason>(ALLOW_REASONS);

/** Whether a member whose choice in effect for the cell is `choice` (or who has none) may be used. */
function memberAllows(side: Side, choice: ConsentChoice | undefined): boolean {
  if (side.code < 0) return false;
  return ALLOWING.has(memberLayer(MEMBER_CONTROLS[side.code]!, side.notices, side.notices.length, choice));
}

interface CellClass {
  readonly before: Side;
  readonly after: Side;
  /** Cells as [category, purpose, operation, recipient] quadruples. */
  readonly cells: number[];
}

/** Side numbers: every collective deny looks the same to a member (0); allows by control and notices. */
const DENIED_SIDE = 0;
const SIDE_SPAN = 2 ** 26;

/** Cells whose member layer may differ, grouped by their (before, after) pair. */
export class CellClasses {
  private readonly byKey = new Map<number, CellClass>();
  /** What distinguishes sides for the member layer, as a text, → a small number (shared by both sides). */
  private readonly sides = new Map<string, number>();
  // Neighbouring cells mostly share their opt-in permits: the last set seen on each side, and its number.
  private readonly recent: [OptInSide | undefined, OptInSide | undefined] = [undefined, undefined];
  private readonly recentSide = [0, 0];

  get size(): number {
    return this.byKey.size;
  }

  /** Records the cell when its two sides can decide differently for some member; returns whether it did. */
  add(
    before: CollectiveEvaluator,
    beforeCode: number,
    after: CollectiveEvaluator,
    afterCode: number,
    cell: Int32Array,
  ): boolean {
    const left = this.side(beforeCode, before, 0);
    const right = this.side(afterCode, after, 1);
    if (left === right) return false;
    // Exact below 2^26 side numbers: each needs a cell of its own, far more cells than any world has.
    const key = left * SIDE_SPAN + right;
    let found = this.byKey.get(key);
    if (!found) {
      found = {
        before: { code: beforeCode, notices: beforeCode >= OPT_IN_RANK ? before.optInSide().notices : [] },
        after: { code: afterCode, notices: afterCode >= OPT_IN_RANK ? after.optInSide().notices : [] },
        cells: [],
      };
      this.byKey.set(key, found);
    }
    found.cells.push(cell[0]!, cell[1]!, cell[2]!, cell[3]!);
    return true;
  }

  values(): IterableIterator<CellClass> {
    return this.byKey.values();
  }

  /**
   * The side's number: equal for two sides exactly when the member layer cannot tell them apart (the same
   * deny, the same control without opt-in, or the same opt-in control with the same notices).
   */
  private side(code: number, evaluator: CollectiveEvaluator, slot: 0 | 1): number {
    if (code < 0) return DENIED_SIDE;
    if (code < OPT_IN_RANK) return 1 + code;
    const optIns = evaluator.optInSide();
    if (optIns === this.recent[slot]) return this.recentSide[slot]!;
    let side = this.sides.get(optIns.key);
    if (side === undefined) {
      side = 1 + OPT_IN_RANK + this.sides.size;
      this.sides.set(optIns.key, side);
    }
    this.recent[slot] = optIns;
    this.recentSide[slot] = side;
    return side;
  }
}

/** Both policies number every term alike (and so also share the hierarchy intervals built from them). */
function sameTerms(a: CompiledPolicy, b: CompiledPolicy): boolean {
  return DIMENSIONS.every((dimension) => {
    const left = a.index[dimension];
    const right = b.index[dimension];
    if (left.size !== right.size) return false;
    for (const [id, row] of left) if (right.get(id) !== row) return false;
    return true;
  });
}

/** The population split into the members with choices and the count of those without. */
export class PopulationView {
  readonly withChoices: readonly MemberChoices[];
  readonly withoutChoices: number;
  private readonly interned = new Map<CompiledPolicy, readonly InternedMember[]>();

  constructor(population: Population) {
    // The last entry of a member counts, as in a Map built from the list.
    const byId = new Map<string, MemberChoices>();
    for (const member of population.members) byId.set(member.memberId, member);
    // A population of a hundred thousand ids is read once, into a set, and then only the (far fewer)
    // members with choices are looked up in it.
    const ids = population.memberIds ? new Set(population.memberIds) : undefined;
    const withChoices: MemberChoices[] = [];
    for (const member of byId.values())
      if (member.choices.length && (!ids || ids.has(member.memberId))) withChoices.push(member);
    this.withChoices = withChoices;
    this.withoutChoices = (ids ?? byId).size - withChoices.length;
  }

  internedFor(policy: CompiledPolicy): readonly InternedMember[] {
    let members = this.interned.get(policy);
    if (!members) {
      // A proposal usually keeps the taxonomy and the recipients: the trees interned for the other
      // snapshot then hold the same numbers, and interning a thousand members again would be wasted.
      for (const [other, list] of this.interned) if (sameTerms(other, policy)) members = list;
      members ??= this.withChoices.map((member) => internMember(policy, member));
      this.interned.set(policy, members);
    }
    return members;
  }

  /**
   * How many members decide differently on some cell of `classes` (cells interned in `policy`), counting
   * no further than `limit` (1 answers "is anybody affected?").
   */
  countAffected(classes: CellClasses, policy: CompiledPolicy, time: number, limit = Infinity): number {
    if (classes.size === 0) return 0;
    // What a member without a choice for a cell would see is the same for every member: decided once.
    const list: ClassView[] = [...classes.values()].map((group) => ({
      ...group,
      outside: memberAllows(group.before, undefined) !== memberAllows(group.after, undefined),
    }));
    let count = this.withoutChoices > 0 && list.some((group) => group.outside) ? this.withoutChoices : 0;
    const scratch = { cell: new Int32Array(4), differs: new Uint8Array(0) };
    for (const member of this.internedFor(policy)) {
      if (count >= limit) break;
      if (affected(member, list, policy, time, scratch)) count += 1;
    }
    return Math.min(count, limit);
  }
}

interface ClassView extends CellClass {
  /** Whether having no choice in effect for its cells decides differently on the two sides. */
  readonly outside: boolean;
}

function affected(
  member: InternedMember,
  classes: readonly ClassView[],
  policy: CompiledPolicy,
  time: number,
  scratch: { cell: Int32Array; differs: Uint8Array },
): boolean {
  if (scratch.differs.length < member.nodes.length) scratch.differs = new Uint8Array(member.nodes.length * 2);
  const { cell, differs } = scratch;
  for (const { before, after, cells, outside } of classes) {
    let any = outside;
    for (const node of member.nodes) {
      // A choice not in effect never decides a cell: whether it would decide differently is moot.
      const differ =
        inEffect(node, time) && memberAllows(before, node.choice) !== memberAllows(after, node.choice);
      differs[node.ordinal] = differ ? 1 : 0;
      any ||= differ;
    }
    // None of this member's choices (nor having none) decides differently here: no need to walk the cells.
    if (!any) continue;
    for (let at = 0; at < cells.length; at += 4) {
      cell[0] = cells[at]!;
      cell[1] = cells[at + 1]!;
      cell[2] = cells[at + 2]!;
      cell[3] = cells[at + 3]!;
      const node = choiceInEffect(policy, member, cell, time);
      if (node === undefined ? outside : differs[node.ordinal] === 1) return true;
    }
  }
  return false;
}
