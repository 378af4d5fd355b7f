// Both ways of counting pairwise preferences (sparse for partial rankings, dense for rankings of most of
// many alternatives) against a plain reference: compare every pair's positions in every ballot.
import fc from 'fast-check';
import { accumulatePairwise, type Ranking } from './pairwise.js';

const reference = (
  alternatives: readonly string[],
  ballots: readonly { ranking: Ranking; weight: number }[],
) => {
  const n = alternatives.length;
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const { ranking, weight } of ballots) {
    const tier = new Map<string, number>();
    ranking.forEach((ids, t) => ids.forEach((id) => tier.set(id, t)));
    for (let i = 0; i < n; i += 1) {
      for (let j = 0; j < n; j += 1) {
        const ti = tier.get(alternatives[i]!) ?? Infinity;
        const tj = tier.get(alternatives[j]!) ?? Infinity;
        if (ti < tj) d[i]![j]! += weight;
      }
    }
  }
  return d;
};

/** Ballots ranking a share of the alternatives, with ties, and weights (delegated votes). */
const election = (n: number, share: [number, number]) => {
  const alternatives = Array.from({ length: n }, (_, i) => `a${i}`);
  const ranking = fc
    .shuffledSubarray(alternatives, {
      minLength: Math.floor(n * share[0]),
      maxLength: Math.floor(n * share[1]),
    })
    .chain((ranked) =>
      fc
        .array(fc.integer({ min: 0, max: 3 }), { minLength: ranked.length, maxLength: ranked.length })
        .map((gaps) => {
          const tiers: string[][] = [];
          ranked.forEach((id, i) =>
            i > 0 && gaps[i] === 0 ? tiers[tiers.length - 1]!.push(id) : tiers.push([id]),
          );
          return tiers;
        }),
    );
  const ballot = fc.record({ ranking, weight: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 5 })) });
  return fc.array(ballot, { minLength: 1, maxLength: 40 }).map((ballots) => ({ alternatives, ballots }));
};

const flat = (rows: number[][]) => Float64Array.from(rows.flat());

describe('accumulatePairwise', () => {
  it('counts partial rankings (sparse way) exactly as the reference', () => {
    fc.assert(
      fc.property(election(12, [0, 0.5]), ({ alternatives, ballots }) => {
        const counted = accumulatePairwise(alternatives, ballots);
        expect(counted.d).toEqual(flat(reference(alternatives, ballots)));
        expect(counted.turnout).toBe(ballots.reduce((sum, b) => sum + b.weight, 0));
      }),
      { numRuns: 150 },
    );
  });

  it('counts near-full rankings of many alternatives (dense way) exactly as the reference', () => {
    fc.assert(
      fc.property(election(37, [0.7, 1]), ({ alternatives, ballots }) => {
        const counted = accumulatePairwise(alternatives, ballots);
        expect(counted.d).toEqual(flat(reference(alternatives, ballots)));
        expect(counted.turnout).toBe(ballots.reduce((sum, b) => sum + b.weight, 0));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses unknown alternatives, repeated ones and bad weights on both ways', () => {
    const many = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const full: Ranking = many.map((id) => [id]);
    expect(() => accumulatePairwise(many, [[...full.slice(1), ['a0'], ['a0']]])).toThrow('ranks a0 twice');
    expect(() => accumulatePairwise(many, [[...full, ['zz']]])).toThrow('unknown alternative zz');
    expect(() => accumulatePairwise(many, [{ ranking: full, weight: -1 }])).toThrow('invalid weight -1');
    expect(() => accumulatePairwise(['a', 'b'], [[['a'], ['a']]])).toThrow('ranks a twice');
  });
});
