// The impact of a policy change, shown before anyone votes (docs/domain/consent.md#impact-of-a-change).
//
// Semantics, all at the instant `time`:
// - A cell is (category, purpose, operation, recipient) over the terms of `after`. A cell with a term that
//   `before` does not know is denied there (rule 1); terms that only `before` knows are not cells.
// - Its collective outcome is rules 1–5 without the member layer: denied as prohibited, denied as not
//   permitted, or allowed with the strictest member control of the matching valid permits.
// - newlyAllowed / newlyDenied: cells whose collective outcome goes from a deny to an allow or back;
//   controlChanged: cells allowed on both sides whose member control changes (`weakened` when members keep
//   less say, e.g. opt-in → opt-out). Groups by recipient then purpose, in `after`'s term order.
// - membersAffected: members of the population (memberIds if given, else members) whose own decision
//   (allowed or not, member layer and their choices included) differs on at least one cell.
// - servicesGaining / servicesLosing: recipients with newly allowed / newly denied cells.
// - conflicts: permits added or modified that share a cell with a prohibit of `after`, both in force at
//   some moment from `time` on; the prohibit wins there, so the permit does not do all it says.
// - noOps: changed clauses whose change, applied alone to `before`, changes no collective outcome, no
//   duty of an allowed cell and no member decision of the population.
// - reconsent: members whose consent in effect references (notices) an opt-in or explicit-opt-in clause
//   whose material version goes up.
// - floorViolations: floor clauses of `before` removed or modified.
// Member choices are read as the Decider reads them (most specific matching node); they are not validated
// here, and a scope naming a term unknown to a snapshot matches nothing in it. Everything is at `time`: a
// clause that only starts later shows up when the impact is asked for a later time.
//
// Cost: never the whole world. Only cells selected by a changed clause (or with a term new in `after`) can
// change (candidates.ts); they are evaluated on both snapshots with the compiled bitsets.
import { CodedError, isInstant } from '@lovecando/shared-util';
import { type Compiled } from '../policy/compile.js';
import { CellSpace } from './cells.js';
import { candidateCells } from './candidates.js';
import { diffClauses } from './clause-diff.js';
import { CollectiveEvaluator, UNKNOWN, isAllowed } from './collective.js';
import { findConflicts } from './conflicts.js';
import { floorViolations } from './floors.js';
import { CellClasses, PopulationView } from './member-effect.js';
import { findNoOps } from './no-ops.js';
import { reconsentNeeded } from './reconsent.js';
import { TermNames, cellGroups, controlGroups, recipientsOf } from './report.js';
import { termMaps } from './term-maps.js';
import { type Impact, type Population } from './types.js';

/** Throws a CodedError `INVALID_TIME` when `time` is not a valid instant: the report would mean nothing. */
export function impact(before: Compiled, after: Compiled, population: Population, time: number): Impact {
  if (!isInstant(time))
    throw new CodedError('INVALID_TIME', 'an impact needs a valid time (epoch milliseconds)', 'time');
  const changes = diffClauses(before.snapshot, after.snapshot);
  const maps = termMaps(before.policy, after.policy);
  const members = new PopulationView(population);
  const space = new CellSpace(after.policy);
  const old = new CollectiveEvaluator(before.policy);
  const next = new CollectiveEvaluator(after.policy);
  const classes = new CellClasses();
  const allowed: number[] = [];
  const denied: number[] = [];
  const controls: { key: number; from: number; to: number }[] = [];
  const cell = new Int32Array(4);
  const there = new Int32Array(4);

  for (const key of candidateCells(before, after, changes, maps, space, time).sorted()) {
    space.decode(key, cell);
    const to = next.evaluate(cell[0]!, cell[1]!, cell[2]!, cell[3]!, time);
    for (let dimension = 0; dimension < 4; dimension += 1)
      there[dimension] = maps.toBefore[dimension]![cell[dimension]!]!;
    const from = there.includes(-1)
      ? UNKNOWN
      : old.evaluate(there[0]!, there[1]!, there[2]!, there[3]!, time);
    if (isAllowed(to) && !isAllowed(from)) allowed.push(key);
    else if (isAllowed(from) && !isAllowed(to)) denied.push(key);
    else if (isAllowed(from) && from !== to) controls.push({ key, from, to });
    classes.add(old, from, next, to, cell);
  }

  const names = new TermNames(after.policy);
  const newlyAllowed = cellGroups(allowed, space, names);
  const newlyDenied = cellGroups(denied, space, names);
  return {
    newlyAllowed,
    newlyDenied,
    controlChanged: controlGroups(controls, space, names),
    membersAffected: members.countAffected(classes, after.policy, time),
    servicesGaining: recipientsOf(newlyAllowed),
    servicesLosing: recipientsOf(newlyDenied),
    conflicts: findConflicts(after.policy, changes, time),
    noOps: findNoOps(before, after, changes, maps, members, time),
    reconsent: reconsentNeeded(changes, members, time),
    floorViolations: floorViolations(changes),
  };
}
