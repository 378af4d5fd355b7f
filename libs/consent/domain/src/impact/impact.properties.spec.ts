// Properties of the impact report on random worlds (fast-check), checked against the Decider and against
// brute force over every cell of the (small) world.
import fc from 'fast-check';
import { MEMBER_CONTROLS, type Clause } from '../clauses/clause.js';
import { type MemberChoices } from '../policy/choices.js';
import { compile, type Compiled } from '../policy/compile.js';
import { Decider } from '../policy/decider.js';
import { unionOfDuties, type DecisionRequest, type Reason } from '../policy/decision.js';
import {
  choicesArbitrary,
  clausesArbitrary,
  RECIPIENT_IDS,
  requestArbitrary,
  worldArbitrary,
  type World,
} from '../testing/arbitraries.js';
import { impact } from './impact.js';
import { type CellGroup, type Impact } from './types.js';

const TIME = Date.parse('2026-04-15T00:00:00Z');
const OPERATIONS = ['use', 'store', 'share'];

/** The collective outcome as seen through the reasons given to a member without choices. */
const COLLECTIVE: Record<Reason, string> = {
  INVALID_TIME: 'denied',
  UNKNOWN_TERM: 'denied',
  PROHIBITED: 'denied',
  NOT_PERMITTED: 'denied',
  PERMITTED: 'allowed:none',
  NOT_OBJECTED: 'allowed:opt-out',
  MEMBER_OBJECTED: 'allowed:opt-out',
  // A member without choices cannot tell opt-in from explicit opt-in.
  NO_CONSENT: 'allowed:opt-in',
  RECONSENT_NEEDED: 'allowed:opt-in',
  CONSENTED: 'allowed:opt-in',
};

const build = (world: World, clauses: readonly Clause[]) =>
  compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses });

const deciders = new WeakMap<Compiled, Decider>();
const collective = (compiled: Compiled, cell: Omit<DecisionRequest, 'member' | 'time'>) => {
  let decider = deciders.get(compiled);
  if (!decider) deciders.set(compiled, (decider = new Decider(compiled.policy)));
  return COLLECTIVE[decider.decide({ ...cell, member: 'nobody', time: TIME }).reason];
};

const keysOf = (groups: readonly CellGroup[]) =>
  new Set(
    groups.flatMap((group) =>
      group.cells.map((cell) => [cell.category, group.purpose, cell.operation, group.recipient].join('|')),
    ),
  );

const allCells = (world: World) =>
  world.categories.flatMap((category) =>
    world.purposes.flatMap((purpose) =>
      OPERATIONS.flatMap((operation) =>
        RECIPIENT_IDS.map((recipient) => ({ category, purpose, operation, recipient })),
      ),
    ),
  );

/** Two random policies over one world (ids overlap, so clauses are added, removed and modified) and members. */
const proposal = worldArbitrary.chain((world) =>
  fc.tuple(clausesArbitrary(world, 'c'), clausesArbitrary(world, 'c')).chain(([before, after]) =>
    fc.record({
      world: fc.constant(world),
      before: fc.constant(before),
      // Keep some clauses unchanged, as real proposals do.
      after: fc.constant([
        ...before.slice(0, 2),
        ...after.filter((clause) => !before.slice(0, 2).some((kept) => kept.id === clause.id)),
      ]),
      members: fc
        .array(choicesArbitrary(world, [...before, ...after]), { maxLength: 4 })
        .map((trees) => trees.map((choices, n): MemberChoices => ({ memberId: `m${n}`, choices }))),
      requests: fc.array(requestArbitrary(world), { minLength: 20, maxLength: 20 }),
    }),
  ),
);

const EMPTY: Impact = {
  newlyAllowed: [],
  newlyDenied: [],
  controlChanged: [],
  membersAffected: 0,
  servicesGaining: [],
  servicesLosing: [],
  conflicts: [],
  noOps: [],
  reconsent: [],
  floorViolations: [],
};

describe('impact properties', () => {
  it('is empty when nothing changes', () => {
    fc.assert(
      fc.property(proposal, ({ world, before, members }) => {
        const compiled = build(world, before);
        expect(impact(compiled, build(world, before), { members, memberIds: ['x', 'm0'] }, TIME)).toEqual(
          EMPTY,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the cells whose collective outcome changes, as the Decider sees them', () => {
    fc.assert(
      fc.property(proposal, ({ world, before, after, requests }) => {
        const old = build(world, before);
        const next = build(world, after);
        const result = impact(old, next, { members: [] }, TIME);
        const allowed = keysOf(result.newlyAllowed);
        const denied = keysOf(result.newlyDenied);
        const control = keysOf(result.controlChanged);
        for (const key of allowed) {
          const [category, purpose, operation, recipient] = key.split('|') as [
            string,
            string,
            string,
            string,
          ];
          const cell = { category, purpose, operation, recipient };
          expect([collective(old, cell), collective(next, cell).startsWith('allowed')]).toEqual([
            'denied',
            true,
          ]);
        }
        for (const key of denied) {
          const [category, purpose, operation, recipient] = key.split('|') as [
            string,
            string,
            string,
            string,
          ];
          const cell = { category, purpose, operation, recipient };
          expect([collective(old, cell).startsWith('allowed'), collective(next, cell)]).toEqual([
            true,
            'denied',
          ]);
        }
        // Cells not reported keep their outcome (on random requests, unknown terms included).
        for (const request of [...requests, ...allCells(world).slice(0, 50)]) {
          const key = [request.category, request.purpose, request.operation, request.recipient].join('|');
          if (allowed.has(key) || denied.has(key)) continue;
          if (control.has(key)) expect(collective(next, request)).not.toBe('denied');
          else expect(collective(next, request)).toBe(collective(old, request));
        }
        expect(result.servicesGaining).toEqual([
          ...new Set(result.newlyAllowed.map((group) => group.recipient)),
        ]);
        expect(result.servicesLosing).toEqual([
          ...new Set(result.newlyDenied.map((group) => group.recipient)),
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('counts exactly the members whose own decision changes somewhere (brute force)', () => {
    fc.assert(
      fc.property(proposal, ({ world, before, after, members }) => {
        const old = build(world, before);
        const next = build(world, after);
        const population = {
          members,
          memberIds: [...members.map((m) => m.memberId), 'silent-1', 'silent-2'],
        };
        const deciders = [new Decider(old.policy, members), new Decider(next.policy, members)] as const;
        const cells = allCells(world);
        const expected = population.memberIds.filter((member) =>
          cells.some((cell) => {
            const request = { ...cell, member, time: TIME };
            return deciders[0].decide(request).allowed !== deciders[1].decide(request).allowed;
          }),
        ).length;
        expect(impact(old, next, population, TIME).membersAffected).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('calls a change a no-op exactly when applying it alone changes no decision or duty (brute force)', () => {
    fc.assert(
      fc.property(proposal, ({ world, before, after, members }) => {
        const old = build(world, before);
        const result = impact(old, build(world, after), { members }, TIME);
        const noOps = new Set(result.noOps.map((noOp) => noOp.clauseId));
        const ids = new Set([...before, ...after].map((clause) => clause.id));
        const cells = allCells(world);
        const answers = (compiled: Compiled) => {
          const decider = new Decider(compiled.policy, members);
          const clauses = new Map(compiled.snapshot.content.clauses.map((c) => [c.id, c]));
          return cells.flatMap((cell) =>
            ['nobody', ...members.map((m) => m.memberId)].map((member) => {
              const decision = decider.decide({ ...cell, member, time: TIME });
              // The exact collective outcome (the deny reason, or the strictest control of the permits) and,
              // where allowed collectively, the duties any use would carry.
              const permits = decision.determiningClauses.map((c) => clauses.get(c.id)!);
              const allowed = COLLECTIVE[decision.reason].startsWith('allowed');
              const collective = allowed
                ? MEMBER_CONTROLS[Math.max(...permits.map((c) => MEMBER_CONTROLS.indexOf(c.memberControl)))]
                : decision.reason;
              const duties = allowed ? unionOfDuties(permits.map((c) => c.duties)) : {};
              return { allowed: decision.allowed, collective, duties };
            }),
          );
        };
        const reference = answers(old);
        for (const id of ids) {
          const proposed = after.find((clause) => clause.id === id);
          const original = before.find((clause) => clause.id === id);
          if (JSON.stringify(proposed) === JSON.stringify(original)) continue;
          const alone = [...before.filter((clause) => clause.id !== id), ...(proposed ? [proposed] : [])];
          const same = JSON.stringify(answers(build(world, alone))) === JSON.stringify(reference);
          expect([id, noOps.has(id)]).toEqual([id, same]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports as conflicts exactly the changed permits sharing a cell with a prohibit in force with them', () => {
    fc.assert(
      fc.property(proposal, ({ world, before, after }) => {
        const result = impact(build(world, before), build(world, after), { members: [] }, TIME);
        const selects = (clause: Clause, cell: ReturnType<typeof allCells>[number]) =>
          clause.dataCategories.some((id) => world.taxonomy.covers('category', id, cell.category)) &&
          clause.purposes.some((id) => world.taxonomy.covers('purpose', id, cell.purpose)) &&
          (clause.operations === 'all' || clause.operations.includes(cell.operation)) &&
          (clause.recipients === 'all' || clause.recipients.includes(cell.recipient));
        const window = (clause: Clause) => [
          clause.validFrom === undefined ? -Infinity : Date.parse(clause.validFrom),
          clause.validUntil === undefined ? Infinity : Date.parse(clause.validUntil),
        ];
        const cells = allCells(world);
        const expected = after
          .filter((clause) => clause.effect === 'permit')
          .filter(
            (clause) => JSON.stringify(clause) !== JSON.stringify(before.find((old) => old.id === clause.id)),
          )
          .map((permit) => ({
            permitId: permit.id,
            prohibitIds: after
              .filter((other) => other.effect === 'prohibit')
              .filter((other) => {
                const [from, until] = [window(permit), window(other)];
                return Math.max(from[0]!, until[0]!, TIME) < Math.min(from[1]!, until[1]!);
              })
              .filter((other) => cells.some((cell) => selects(permit, cell) && selects(other, cell)))
              .map((other) => other.id)
              .sort(),
          }))
          .filter((conflict) => conflict.prohibitIds.length)
          .sort((a, b) => (a.permitId < b.permitId ? -1 : 1));
        expect(result.conflicts).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
