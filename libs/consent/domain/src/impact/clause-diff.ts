// Which clauses a proposal touches: compared by id, a clause is modified when its canonical JSON differs.
// Only these clauses can change an outcome (unchanged clauses select the same cells in both snapshots), so
// every other part of the impact starts from this list.
import { type Clause } from '../clauses/clause.js';
import { type Snapshot } from '../policy/compile.js';
import { canonicalJson } from '@lovecando/shared-util';
import { type ClauseChangeKind } from './types.js';

export interface ClauseChange {
  readonly id: string;
  readonly change: ClauseChangeKind;
  readonly before?: Clause;
  readonly after?: Clause;
}

const sameClause = (a: Clause, b: Clause) => a === b || canonicalJson(a) === canonicalJson(b);

/** Changed clauses in id order (both snapshots keep their clauses sorted by id). */
export function diffClauses(before: Snapshot, after: Snapshot): ClauseChange[] {
  if (before.hash === after.hash) return [];
  const old = new Map(before.content.clauses.map((clause) => [clause.id, clause]));
  const changes: ClauseChange[] = [];
  for (const clause of after.content.clauses) {
    const previous = old.get(clause.id);
    old.delete(clause.id);
    if (!previous) changes.push({ id: clause.id, change: 'added', after: clause });
    else if (!sameClause(previous, clause))
      changes.push({ id: clause.id, change: 'modified', before: previous, after: clause });
  }
  for (const clause of old.values()) changes.push({ id: clause.id, change: 'removed', before: clause });
  return changes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
