// Term correspondence between two snapshots. Taxonomy and recipients may differ between `before` and
// `after`, so a cell interned in one policy is renumbered in the other; a term missing there maps to -1.
// Dotted ids are closed under prefixes, so a term present in both has the same ancestors in both and a
// clause that is unchanged selects exactly the same shared cells in the two snapshots.
import { DIMENSIONS } from '../policy/choices.js';
import { type CompiledPolicy } from '../policy/compiled-policy.js';

export interface TermMaps {
  /** Per dimension, index in `after` → index in `before` (-1: unknown in `before`). */
  readonly toBefore: readonly Int32Array[];
  /** Per dimension, index in `before` → index in `after` (-1: unknown in `after`). */
  readonly toAfter: readonly Int32Array[];
  /** Some term of `after` is unknown in `before`: its cells are new, denied there. */
  readonly newTerms: boolean;
}

function renumber(from: CompiledPolicy, to: CompiledPolicy, dimension: (typeof DIMENSIONS)[number]) {
  const map = new Int32Array(from.index[dimension].size).fill(-1);
  for (const [id, row] of from.index[dimension]) map[row] = to.index[dimension].get(id) ?? -1;
  return map;
}

export function termMaps(before: CompiledPolicy, after: CompiledPolicy): TermMaps {
  const toBefore = DIMENSIONS.map((dimension) => renumber(after, before, dimension));
  const toAfter = DIMENSIONS.map((dimension) => renumber(before, after, dimension));
  return { toBefore, toAfter, newTerms: toBefore.some((map) => map.includes(-1)) };
}
