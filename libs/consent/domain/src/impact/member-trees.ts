// Members' choice trees interned against one compiled policy, as the Decider does, so that finding a
// member's most specific choice in effect for a cell is integer comparisons. Unlike the Decider, an impact
// never rejects a member: a scope naming a term the policy does not know simply matches no cell there (an
// unknown term cannot cover a known one, since ids are closed under prefixes).
import { DIMENSIONS, effectWindow, type ConsentChoice, type MemberChoices } from '../policy/choices.js';
import { type CompiledPolicy } from '../policy/compiled-policy.js';

const ANY = -1;
const NEVER = -2;

export interface ChoiceNode {
  readonly choice: ConsentChoice;
  /** Interned scope per dimension: ANY, NEVER or a term index. */
  readonly terms: Int32Array;
  /** When the choice takes and stops taking effect (epoch ms): in effect at t when from <= t < until. */
  readonly from: number;
  readonly until: number;
  readonly children: readonly ChoiceNode[];
  /** Position in `InternedMember.nodes`. */
  readonly ordinal: number;
}

export interface InternedMember {
  readonly memberId: string;
  readonly roots: readonly ChoiceNode[];
  readonly nodes: readonly ChoiceNode[];
}

const LEAF: readonly ChoiceNode[] = Object.freeze([]);

export function internMember(policy: CompiledPolicy, member: MemberChoices): InternedMember {
  const nodes: ChoiceNode[] = [];
  const intern = (choice: ConsentChoice): ChoiceNode => {
    const children = choice.children?.length ? choice.children.map(intern) : LEAF;
    const terms = new Int32Array(4);
    for (let dimension = 0; dimension < 4; dimension += 1) {
      const name = DIMENSIONS[dimension]!;
      const id = choice.scope[name];
      terms[dimension] = id === undefined ? ANY : (policy.index[name].get(id) ?? NEVER);
    }
    const { from, until } = effectWindow(choice);
    const node: ChoiceNode = { choice, terms, from, until, children, ordinal: nodes.length };
    nodes.push(node);
    return node;
  };
  const roots = member.choices.map(intern);
  return { memberId: member.memberId, roots, nodes };
}

function matches(policy: CompiledPolicy, terms: Int32Array, cell: Int32Array): boolean {
  for (let dimension = 0; dimension < 4; dimension += 1) {
    const bound = terms[dimension]!;
    if (bound === ANY) continue;
    if (bound === NEVER) return false;
    const value = cell[dimension]!;
    if (dimension < 2) {
      const exit = (dimension === 0 ? policy.intervals.category : policy.intervals.purpose).exit;
      if (value < bound || value >= exit[bound]!) return false;
    } else if (value !== bound) return false;
  }
  return true;
}

export const inEffect = (node: ChoiceNode, time: number) => node.from <= time && time < node.until;

/**
 * The member's most specific matching choice in effect at `time` for the cell ([category, purpose,
 * operation, recipient]), as the Decider walks it: a choice not in effect is skipped as if absent, so the
 * choice above it decides unless a narrower one below it is in effect.
 */
export function choiceInEffect(
  policy: CompiledPolicy,
  member: InternedMember,
  cell: Int32Array,
  time: number,
): ChoiceNode | undefined {
  let level: readonly ChoiceNode[] = member.roots;
  let found: ChoiceNode | undefined;
  // The first matching sibling, as the Decider walks (in a valid tree siblings never overlap).
  descend: for (;;) {
    for (const node of level) {
      if (!matches(policy, node.terms, cell)) continue;
      if (inEffect(node, time)) found = node;
      level = node.children;
      continue descend;
    }
    return found;
  }
}
