// The impact's fast paths against straightforward computations, on random worlds (fast-check): the
// collective evaluator (which reads only the non-empty words of a cell's pair bitset), the numbering of
// cell sides for the member layer (cached per set of opt-in permits), and the cell set (read back from its
// bitmap in order rather than sorted, and reused after clearing).
import fc from 'fast-check';
import { MEMBER_CONTROLS, type Clause } from '../clauses/clause.js';
import { compile } from '../policy/compile.js';
import { type CompiledPolicy } from '../policy/compiled-policy.js';
import { clausesArbitrary, RECIPIENT_IDS, worldArbitrary, type World } from '../testing/arbitraries.js';
import { at } from '../testing/fixtures.js';
import { CellSet, CellSpace } from './cells.js';
import { CollectiveEvaluator, NOT_PERMITTED, OPT_IN_RANK, PROHIBITED } from './collective.js';
import { CellClasses } from './member-effect.js';

const TIMES = ['2025-12-31T00:00:00Z', '2026-04-15T00:00:00Z', '2026-07-15T00:00:00Z'].map(at);
const OPERATIONS = ['use', 'store', 'share'];

interface Cell {
  readonly category: string;
  readonly purpose: string;
  readonly operation: string;
  readonly recipient: string;
}

const cellsOf = (world: World): Cell[] =>
  world.categories.flatMap((category) =>
    world.purposes.flatMap((purpose) =>
      OPERATIONS.flatMap((operation) =>
        RECIPIENT_IDS.map((recipient) => ({ category, purpose, operation, recipient })),
      ),
    ),
  );

/** The clauses in force at `time` that select the cell, read from the clauses themselves (rule 2). */
function matching(world: World, clauses: readonly Clause[], cell: Cell, time: number): Clause[] {
  return clauses.filter(
    (clause) =>
      clause.dataCategories.some((id) => world.taxonomy.covers('category', id, cell.category)) &&
      clause.purposes.some((id) => world.taxonomy.covers('purpose', id, cell.purpose)) &&
      (clause.operations === 'all' || clause.operations.includes(cell.operation)) &&
      (clause.recipients === 'all' || clause.recipients.includes(cell.recipient)) &&
      (clause.validFrom === undefined || at(clause.validFrom) <= time) &&
      (clause.validUntil === undefined || time < at(clause.validUntil)),
  );
}

const rank = (clause: Clause) => MEMBER_CONTROLS.indexOf(clause.memberControl);

/** Rules 3–5 without the member layer, as a code: a deny, or the strictest control of the permits. */
function code(found: readonly Clause[]): number {
  if (found.some((clause) => clause.effect === 'prohibit')) return PROHIBITED;
  const permits = found.filter((clause) => clause.effect === 'permit');
  return permits.length ? Math.max(...permits.map(rank)) : NOT_PERMITTED;
}

/** What the member layer can tell apart, spelled out: the control and, for opt-in, every notice. */
function sideText(found: readonly Clause[]): string {
  const outcome = code(found);
  if (outcome < 0) return 'deny';
  if (outcome < OPT_IN_RANK) return String(outcome);
  const notices = found
    .filter((clause) => clause.effect === 'permit' && rank(clause) >= OPT_IN_RANK)
    .map((clause) => `${clause.id}@${clause.materialVersion}`)
    .sort();
  return `${outcome}:${notices.join(',')}`;
}

const interned = (policy: CompiledPolicy, cell: Cell) =>
  [
    policy.index.category.get(cell.category)!,
    policy.index.purpose.get(cell.purpose)!,
    policy.index.operation.get(cell.operation)!,
    policy.index.recipient.get(cell.recipient)!,
  ] as const;

const scenario = worldArbitrary.chain((world) =>
  fc.record({
    world: fc.constant(world),
    before: clausesArbitrary(world, 'c'),
    after: clausesArbitrary(world, 'c'),
    time: fc.constantFrom(...TIMES),
  }),
);

const build = (world: World, clauses: readonly Clause[]) =>
  compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses }).policy;

describe('impact fast paths', () => {
  it('the collective evaluator finds exactly the clauses in force that select each cell', () => {
    fc.assert(
      fc.property(scenario, ({ world, before, time }) => {
        const policy = build(world, before);
        const evaluator = new CollectiveEvaluator(policy);
        const ids = (clauses: readonly { id: string }[]) => clauses.map((clause) => clause.id).join(',');
        const actual: string[] = [];
        const expected: string[] = [];
        for (const cell of cellsOf(world)) {
          const found = matching(world, before, cell, time);
          const answer = evaluator.evaluate(...interned(policy, cell), time);
          const prohibits = evaluator.prohibits.slice(0, evaluator.prohibitCount);
          actual.push(`${answer} ${ids(evaluator.matchingPermits())} ${ids(prohibits)}`);
          const [permitted, prohibited] = (['permit', 'prohibit'] as const).map((effect) =>
            found.filter((clause) => clause.effect === effect),
          );
          expected.push(`${code(found)} ${ids(permitted!)} ${ids(prohibited!)}`);
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('groups cells by the pair of sides the member layer tells apart, as their spelled-out texts do', () => {
    fc.assert(
      fc.property(scenario, ({ world, before, after, time }) => {
        const old = build(world, before);
        const next = build(world, after);
        const left = new CollectiveEvaluator(old);
        const right = new CollectiveEvaluator(next);
        const classes = new CellClasses();
        const expected = new Map<string, string[]>();
        const recordedAll: boolean[] = [];
        const differAll: boolean[] = [];
        for (const cell of cellsOf(world)) {
          const here = interned(next, cell);
          const was = left.evaluate(...interned(old, cell), time);
          const is = right.evaluate(...here, time);
          const recorded = classes.add(left, was, right, is, Int32Array.from(here));
          const pair = [
            sideText(matching(world, before, cell, time)),
            sideText(matching(world, after, cell, time)),
          ];
          recordedAll.push(recorded);
          differAll.push(pair[0] !== pair[1]);
          if (!recorded) continue;
          const key = pair.join(' > ');
          expected.set(key, [...(expected.get(key) ?? []), here.join(',')]);
        }
        const groups = [...classes.values()].map((group) => {
          const keys: string[] = [];
          for (let at = 0; at < group.cells.length; at += 4)
            keys.push(group.cells.slice(at, at + 4).join(','));
          return keys.join(' ');
        });
        // A cell is recorded exactly when its two sides differ, and grouped with the cells of the same pair.
        expect(recordedAll).toEqual(differAll);
        expect(groups.sort()).toEqual([...expected.values()].map((keys) => keys.join(' ')).sort());
      }),
      { numRuns: 200 },
    );
  });

  /** A cell space of the given sizes: only the index sizes of a policy are read by CellSpace. */
  const spaceOf = (sizes: readonly number[]) => {
    const index = (size: number) => new Map(Array.from({ length: size }, (_, n) => [String(n), n]));
    const [category, purpose, operation, recipient] = sizes.map(index);
    return new CellSpace({ index: { category, purpose, operation, recipient } } as unknown as CompiledPolicy);
  };

  it('a cell set gives back each key once, in increasing order, and again after being cleared', () => {
    // A small space (a bitmap) and one past the bitmap limit (a Set).
    for (const space of [spaceOf([7, 5, 3, 4]), spaceOf([400, 300, 6, 100])]) {
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.integer({ min: 0, max: space.total - 1 }), { maxLength: 60 }), {
            minLength: 1,
            maxLength: 3,
          }),
          (rounds) => {
            const set = new CellSet(space);
            for (const keys of rounds) {
              set.clear();
              for (const key of keys) set.add(key);
              const expected = [...new Set(keys)].sort((a, b) => a - b);
              expect([...set.sorted()]).toEqual(expected);
              expect(set.size).toBe(expected.length);
            }
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
