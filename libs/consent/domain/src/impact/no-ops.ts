// Changes that change nothing: a clause added, removed or modified whose change, applied alone to `before`,
// changes no collective outcome, no duty of an allowed cell (a shorter retention is a change members must
// see, even with the same outcome) and no member decision. Only the cells the clause selects, in its old or
// new version, can move, and they are evaluated in `before` with the old version left out and the new one
// put in. Most real changes do something, so the first difference ends the search.
import { type Compiled } from '../policy/compile.js';
import { type CompiledClause } from '../policy/compiled-policy.js';
import { CellSet, CellSpace, clauseRows, mapRows } from './cells.js';
import { type ClauseChange } from './clause-diff.js';
import { CollectiveEvaluator, isAllowed, sameDuties } from './collective.js';
import { CellClasses, type PopulationView } from './member-effect.js';
import { type TermMaps } from './term-maps.js';
import { type NoOp } from './types.js';

const validAt = (clause: CompiledClause, time: number) =>
  clause.validFrom <= time && time < clause.validUntil;

const samePermits = (a: CollectiveEvaluator, b: CollectiveEvaluator) => {
  if (a.permitCount !== b.permitCount) return false;
  for (let n = 0; n < a.permitCount; n += 1) if (a.permits[n] !== b.permits[n]) return false;
  return true;
};

export function findNoOps(
  before: Compiled,
  after: Compiled,
  changes: readonly ClauseChange[],
  maps: TermMaps,
  population: PopulationView,
  time: number,
): NoOp[] {
  const space = new CellSpace(before.policy);
  const oldIds = new Map(before.policy.clauses.map((clause) => [clause.id, clause]));
  const newIds = new Map(after.policy.clauses.map((clause) => [clause.id, clause]));
  const plain = new CollectiveEvaluator(before.policy);
  const hybrid = new CollectiveEvaluator(before.policy);
  const proposed = new CollectiveEvaluator(after.policy);
  const cell = new Int32Array(4);
  // One set for every change, emptied in between: a fresh bitmap of the whole space each time would cost
  // more than the few cells most changes select.
  const cells = new CellSet(space);

  const changesNothing = (change: ClauseChange): boolean => {
    const old = oldIds.get(change.id);
    const next = newIds.get(change.id);
    cells.clear();
    if (old && validAt(old, time)) cells.addAll(clauseRows(before.policy, old.index));
    if (next && validAt(next, time))
      cells.addAll(mapRows(clauseRows(after.policy, next.index), maps.toBefore));
    const classes = new CellClasses();
    for (const key of cells.sorted()) {
      space.decode(key, cell);
      const [category, purpose, operation, recipient] = cell;
      const was = plain.evaluate(category!, purpose!, operation!, recipient!, time);
      hybrid.evaluate(category!, purpose!, operation!, recipient!, time, old?.index ?? -1);
      if (next) {
        const there = [0, 1, 2, 3].map((dimension) => maps.toAfter[dimension]![cell[dimension]!]!);
        if (
          there.every((row) => row >= 0) &&
          proposed.selects(next.index, there[0]!, there[1]!, there[2]!, there[3]!)
        )
          hybrid.add(next);
      }
      const would = hybrid.code();
      if (was !== would) return false;
      if (isAllowed(was) && !samePermits(plain, hybrid) && !sameDuties(plain.duties(), hybrid.duties()))
        return false;
      classes.add(plain, was, hybrid, would, cell);
    }
    return population.countAffected(classes, before.policy, time, 1) === 0;
  };

  return changes.filter(changesNothing).map((change) => ({ clauseId: change.id, change: change.change }));
}
