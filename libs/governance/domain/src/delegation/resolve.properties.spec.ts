// Invariants of delegation resolution on random electorates (fast-check): agreement with the naive
// reference walk, total weight, and independence from the order in which delegations are listed.
import fc from 'fast-check';
import { referenceFinalVoter } from '../testing/delegation-reference.js';
import { resolveDelegations } from './resolve.js';
import { type Delegation } from './types.js';

const TOPICS = [null, 'health', 'health.research', 'mobility'] as const;
const PROPOSAL_TOPICS = ['health', 'health.research', 'health.research.genes', 'mobility', 'energy'];

/** A world with at most one delegation per (member, topic), as the store guarantees. */
const worldArbitrary = fc.integer({ min: 1, max: 25 }).chain((size) => {
  const members = Array.from({ length: size }, (_, i) => `m${i}`);
  const delegation = fc.record({
    from: fc.constantFrom(...members),
    topic: fc.constantFrom(...TOPICS),
    // Mostly members, sometimes an explicit "no delegation" or someone outside the electorate.
    to: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...members) },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant('outsider') },
    ),
  });
  return fc.record({
    members: fc.constant(members),
    topic: fc.constantFrom(...PROPOSAL_TOPICS),
    delegations: fc.uniqueArray(delegation, {
      maxLength: size * 3,
      selector: (x) => `${x.from}|${x.topic ?? ''}`,
    }),
    voters: fc.subarray(members),
  });
});

describe('resolveDelegations properties', () => {
  it('agrees with a naive per-member walk, and counts exactly the members who reach a voter', () => {
    fc.assert(
      fc.property(worldArbitrary, ({ members, topic, delegations, voters }) => {
        const voterSet = new Set(voters);
        const memberSet = new Set(members);
        const r = resolveDelegations({ topic, members, delegations, directVoters: voterSet });
        let reaching = 0;
        for (const member of members) {
          const expected = referenceFinalVoter(member, topic, memberSet, delegations, voterSet);
          if (expected !== null) reaching++;
          const outcome = r.outcome(member)!;
          const actual = 'finalVoter' in outcome ? outcome.finalVoter : null;
          expect(actual).toBe(expected);
          // The chain starts at the member and, when the vote counted, ends at its voter.
          expect(outcome.chain[0]).toBe(member);
          if (expected !== null) expect(outcome.chain[outcome.chain.length - 1]).toBe(expected);
        }
        let total = 0;
        for (const weight of r.weights.values()) total += weight.direct + weight.delegated;
        expect(total).toBe(reaching);
        expect(r.totals.direct + r.totals.delegated).toBe(reaching);
        expect(r.totals.direct + r.totals.delegated + r.totals.lost + r.totals.none).toBe(members.length);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order delegations are listed in', () => {
    fc.assert(
      fc.property(
        worldArbitrary.chain((world) =>
          fc.record({
            world: fc.constant(world),
            shuffled: fc.shuffledSubarray(world.delegations, {
              minLength: world.delegations.length,
              maxLength: world.delegations.length,
            }),
          }),
        ),
        ({ world, shuffled }) => {
          const run = (delegations: readonly Delegation[]) => {
            const r = resolveDelegations({ ...world, delegations, directVoters: new Set(world.voters) });
            return { outcomes: [...r.outcomes()], weights: [...r.weights] };
          };
          expect(run(shuffled)).toEqual(run(world.delegations));
        },
      ),
      { numRuns: 200 },
    );
  });
});
