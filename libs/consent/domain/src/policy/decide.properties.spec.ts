// Invariants of the decision engine, on random worlds (fast-check), and agreement with the reference
// evaluator written directly from docs/domain/consent.md#decisions.
import fc from 'fast-check';
import {
  clausesArbitrary,
  choicesArbitrary,
  requestArbitrary,
  worldArbitrary,
  type World,
} from '../testing/arbitraries.js';
import { type Clause } from '../clauses/clause.js';
import { type ConsentChoice } from './choices.js';
import { compile } from './compile.js';
import { Decider } from './decider.js';
import { type DecisionRequest } from './decision.js';
import { referenceDecide } from '../testing/reference-evaluator.js';

const decide = (
  world: World,
  clauses: readonly Clause[],
  choices: ConsentChoice[],
  request: DecisionRequest,
) => {
  const { policy } = compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses });
  const decision = new Decider(policy, [{ memberId: request.member, choices }]).decide(request);
  return {
    allowed: decision.allowed,
    reason: decision.reason,
    clauseIds: decision.determiningClauses.map((clause) => clause.id).sort(),
    duties: decision.duties,
  };
};

const scenario = worldArbitrary.chain((world) =>
  clausesArbitrary(world).chain((clauses) =>
    fc.record({
      world: fc.constant(world),
      clauses: fc.constant(clauses),
      choices: choicesArbitrary(world, clauses),
      request: requestArbitrary(world),
    }),
  ),
);

describe('decision properties', () => {
  it('agree with the reference evaluator on 10,000 random worlds', () => {
    fc.assert(
      fc.property(scenario, ({ world, clauses, choices, request }) => {
        const expected = referenceDecide(
          world.taxonomy,
          world.recipients.map((r) => r.id),
          clauses,
          choices,
          request,
        );
        expect(decide(world, clauses, choices, request)).toEqual(expected);
      }),
      { numRuns: 10_000 },
    );
  });

  it('do not depend on what the same decider answered before', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc
            .array(requestArbitrary(s.world), { minLength: 2, maxLength: 20 })
            .map((requests) => ({ ...s, requests })),
        ),
        ({ world, clauses, choices, requests }) => {
          const { policy } = compile({ taxonomy: world.taxonomy, recipients: world.recipients, clauses });
          const shared = new Decider(policy, [{ memberId: 'm', choices }]);
          for (const request of requests) {
            const decision = shared.decide(request);
            const expected = referenceDecide(
              world.taxonomy,
              world.recipients.map((r) => r.id),
              clauses,
              choices,
              request,
            );
            expect({
              allowed: decision.allowed,
              reason: decision.reason,
              clauseIds: decision.determiningClauses.map((c) => c.id).sort(),
              duties: decision.duties,
            }).toEqual(expected);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('do not depend on clause order', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ world, clauses, choices, request }, seed) => {
        const shuffled = [...clauses].sort(
          (a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 7) - ((b.id.charCodeAt(1) * 31 + seed) % 7),
        );
        expect(decide(world, shuffled, choices, request)).toEqual(decide(world, clauses, choices, request));
      }),
      { numRuns: 1_000 },
    );
  });

  it('adding a prohibit never turns a deny into an allow', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          clausesArbitrary(s.world, 'extra').map((extra) => ({
            ...s,
            extra: extra.map((clause) => ({ ...clause, effect: 'prohibit' as const })),
          })),
        ),
        ({ world, clauses, choices, request, extra }) => {
          const before = decide(world, clauses, choices, request);
          const after = decide(world, [...clauses, ...extra], choices, request);
          if (!before.allowed) expect(after.allowed).toBe(false);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('adding a permit never lifts a PROHIBITED deny', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          clausesArbitrary(s.world, 'extra').map((extra) => ({
            ...s,
            extra: extra.map((clause) => ({ ...clause, effect: 'permit' as const })),
          })),
        ),
        ({ world, clauses, choices, request, extra }) => {
          const before = decide(world, clauses, choices, request);
          if (before.reason !== 'PROHIBITED') return;
          expect(decide(world, [...clauses, ...extra], choices, request)).toMatchObject({
            allowed: false,
            reason: 'PROHIBITED',
          });
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('a member choice never widens a collective deny', () => {
    fc.assert(
      fc.property(scenario, ({ world, clauses, choices, request }) => {
        const withoutChoices = decide(world, clauses, [], request);
        if (['UNKNOWN_TERM', 'PROHIBITED', 'NOT_PERMITTED'].includes(withoutChoices.reason)) {
          expect(decide(world, clauses, choices, request)).toEqual(withoutChoices);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
