// The only cells that can change. An unchanged clause selects the same cells, with the same validity, in
// both snapshots, so a cell's outcome can only move where a changed clause (in its old or its new version,
// when that version is in force at `time`) selects it, or where a term is new in `after` (denied as unknown
// before; only a permit of `after` can allow it). Those cells are enumerated from the compiled masks
// (subtrees already expanded), renumbered into `after`, and deduplicated.
import { type Compiled } from '../policy/compile.js';
import { type CompiledClause } from '../policy/compiled-policy.js';
import { CellSet, type CellSpace, type Rows, clauseRows, mapRows } from './cells.js';
import { type ClauseChange } from './clause-diff.js';
import { type TermMaps } from './term-maps.js';

const validAt = (clause: CompiledClause, time: number) =>
  clause.validFrom <= time && time < clause.validUntil;

export function candidateCells(
  before: Compiled,
  after: Compiled,
  changes: readonly ClauseChange[],
  maps: TermMaps,
  space: CellSpace,
  time: number,
): CellSet {
  const cells = new CellSet(space);
  const oldIds = new Map(before.policy.clauses.map((clause) => [clause.id, clause]));
  const newIds = new Map(after.policy.clauses.map((clause) => [clause.id, clause]));
  for (const change of changes) {
    const old = oldIds.get(change.id);
    const next = newIds.get(change.id);
    if (next && validAt(next, time)) cells.addAll(clauseRows(after.policy, next.index));
    if (old && validAt(old, time)) cells.addAll(mapRows(clauseRows(before.policy, old.index), maps.toAfter));
  }
  if (maps.newTerms) {
    for (const permit of after.policy.clauses) {
      if (permit.effect !== 'permit' || !validAt(permit, time)) continue;
      addWithNewTerm(cells, clauseRows(after.policy, permit.index), maps);
    }
  }
  return cells;
}

/**
 * The clause's cells that have at least one term unknown in `before`, as disjoint products: the first
 * dimension with a new term is `d`, the dimensions before it hold known terms, the ones after it anything.
 */
function addWithNewTerm(cells: CellSet, rows: Rows, maps: TermMaps): void {
  const known = rows.map((list, dimension) => list.filter((row) => maps.toBefore[dimension]![row]! >= 0));
  const fresh = rows.map((list, dimension) => list.filter((row) => maps.toBefore[dimension]![row]! < 0));
  for (let first = 0; first < 4; first += 1) {
    if (!fresh[first]!.length) continue;
    const pick = (dimension: number) =>
      dimension < first ? known[dimension]! : dimension === first ? fresh[dimension]! : rows[dimension]!;
    cells.addAll([pick(0), pick(1), pick(2), pick(3)]);
  }
}
