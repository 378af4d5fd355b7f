// Golden scenarios and properties of the Schulze tally, including Wikipedia's published 45-voter example.
import fc from 'fast-check';
import { schulze, type Ranking } from './index.js';

const NB = '\u00a0';
/** `times` copies of a strict ranking written as a string, e.g. "ACBED". */
const strict = (times: number, order: string): Ranking[] =>
  Array.from({ length: times }, () => [...order].map((id) => [id]));

describe('schulze', () => {
  // https://en.wikipedia.org/wiki/Schulze_method#Example (45 voters, candidates A–E).
  const wikipedia = [
    ...strict(5, 'ACBED'),
    ...strict(5, 'ADECB'),
    ...strict(8, 'BEDAC'),
    ...strict(3, 'CABED'),
    ...strict(7, 'CAEBD'),
    ...strict(2, 'CBADE'),
    ...strict(7, 'DCEBA'),
    ...strict(8, 'EBADC'),
  ];

  it('reproduces the published worked example', () => {
    const result = schulze({
      kind: 'POLICY',
      alternatives: ['A', 'B', 'C', 'D', 'E'],
      statusQuo: 'D',
      ballots: wikipedia,
      electorate: 100,
    });
    expect(result.pairwise).toEqual([
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
    expect(result.strongestPaths).toEqual([
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
    expect(result.ranking).toEqual([['E'], ['A'], ['C'], ['B'], ['D']]);
    expect(result).toMatchObject({ winner: 'E', beatsStatusQuo: true, quorumMet: true, outcome: 'ADOPTED' });
    expect(result.adopted).toBe('E');
    expect(result.steps.map((s) => s.en)).toEqual([
      'Ballots: 45 rankings over 5 alternatives',
      `Quorum: 45.0${NB}% of 100 members voted, 20${NB}% required → met`,
      'Schulze ranking: E > A > C > B > D',
      'Schulze winner: E',
      `E against the status quo D: 31 to 14 (68.8${NB}%), more than 50${NB}% required → beaten`,
      'Outcome: E adopted',
    ]);
    expect(result.steps[5]?.fr).toBe(`Résultat${NB}: E adoptée`);
  });

  it('elects a Condorcet winner', () => {
    const result = schulze({
      kind: 'POLICY',
      alternatives: ['SQ', 'X', 'Y'],
      statusQuo: 'SQ',
      ballots: [...strict(4, 'XYS'), ...strict(3, 'YXS'), ...strict(2, 'SXY')].map(rename),
      electorate: 9,
    });
    expect(result).toMatchObject({ winner: 'X', outcome: 'ADOPTED', adopted: 'X' });
    expect(result.ranking).toEqual([['X'], ['Y'], ['SQ']]);
  });

  it('resolves a Condorcet cycle', () => {
    // A beats B 6:3, B beats C 7:2, C beats A 5:4 → weakest defeat C>A dropped.
    const result = schulze({
      kind: 'POLICY',
      alternatives: ['A', 'B', 'C', 'S'],
      statusQuo: 'S',
      ballots: [...strict(4, 'ABCS'), ...strict(3, 'BCAS'), ...strict(2, 'CABS')],
      electorate: 9,
    });
    expect(result.pairwise[0]?.[1]).toBe(6);
    expect(result.pairwise[1]?.[2]).toBe(7);
    expect(result.pairwise[2]?.[0]).toBe(5);
    expect(result.ranking).toEqual([['A'], ['B'], ['C'], ['S']]);
    expect(result).toMatchObject({ winner: 'A', outcome: 'ADOPTED' });
  });

  it('keeps the status quo on a tie between two alternatives', () => {
    const result = schulze({
      kind: 'POLICY',
      alternatives: ['S', 'A', 'B'],
      statusQuo: 'S',
      ballots: [...strict(3, 'ABS'), ...strict(3, 'BAS')],
      electorate: 6,
    });
    expect(result.ranking).toEqual([['A', 'B'], ['S']]);
    expect(result).toMatchObject({
      winner: null,
      beatsStatusQuo: false,
      outcome: 'STATUS_QUO',
      adopted: null,
    });
    expect(result.steps[3]?.en).toBe('Tie for first place between A, B → the status quo (S) is kept');
  });

  it('treats unranked alternatives as tied last (partial rankings)', () => {
    const result = schulze({
      kind: 'POLICY',
      alternatives: ['S', 'A', 'B', 'C'],
      statusQuo: 'S',
      ballots: [[['A']], [['A', 'B']], [['B'], ['C']], []],
      electorate: 10,
    });
    // Rows S, A, B, C. A and B tie 1:1 (each is unranked on one ballot that ranks the other); the empty
    // ballot counts for turnout only.
    expect(result.pairwise).toEqual([
      [0, 0, 0, 0],
      [2, 0, 1, 2],
      [2, 1, 0, 2],
      [1, 1, 0, 0],
    ]);
    expect(result.turnout).toBe(4);
    expect(result.ranking).toEqual([['A', 'B'], ['C'], ['S']]);
    expect(result).toMatchObject({ winner: null, outcome: 'STATUS_QUO', quorumMet: true });
  });

  it('keeps the status quo when it wins, when the winner lacks the majority, or without quorum', () => {
    const base = { alternatives: ['S', 'A'], statusQuo: 'S' } as const;
    const sqWins = schulze({
      ...base,
      kind: 'POLICY',
      ballots: [...strict(3, 'SA'), ...strict(2, 'AS')],
      electorate: 5,
    });
    expect(sqWins).toMatchObject({ winner: 'S', outcome: 'STATUS_QUO' });
    expect(sqWins.steps[3]?.code).toBe('WINNER_IS_STATUS_QUO');
    const weak = schulze({
      ...base,
      kind: 'TERMS',
      ballots: [...strict(2, 'AS'), ...strict(1, 'SA')],
      electorate: 3,
    });
    expect(weak).toMatchObject({ winner: 'A', beatsStatusQuo: false, outcome: 'STATUS_QUO' });
    const few = schulze({ ...base, kind: 'POLICY', ballots: strict(1, 'AS'), electorate: 6 });
    expect(few).toMatchObject({ winner: 'A', beatsStatusQuo: true, quorumMet: false, outcome: 'NO_QUORUM' });
  });

  it('accepts weighted (aggregated) ballots and refuses invalid ones', () => {
    const weighted = schulze({
      kind: 'POLICY',
      alternatives: ['S', 'A'],
      statusQuo: 'S',
      ballots: [{ ranking: [['A'], ['S']], weight: 3 }, [['S']]],
      electorate: 4,
    });
    expect(weighted.pairwise).toEqual([
      [0, 1],
      [3, 0],
    ]);
    const input = { kind: 'POLICY', alternatives: ['S', 'A'], statusQuo: 'S', electorate: 4 } as const;
    expect(() => schulze({ ...input, ballots: [[['Z']]] })).toThrow(RangeError);
    expect(() => schulze({ ...input, ballots: [[['A'], ['A']]] })).toThrow(RangeError);
    expect(() => schulze({ ...input, statusQuo: 'Q', ballots: [] })).toThrow(RangeError);
  });

  const ids = ['S', 'A', 'B', 'C', 'D'];
  /** A random partial ranking with ties over `ids`. */
  const ranking: fc.Arbitrary<Ranking> = fc
    .tuple(fc.shuffledSubarray(ids), fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }))
    .map(([chosen, tierOf]) => {
      const tiers: string[][] = [[], [], [], []];
      chosen.forEach((id, i) => tiers[tierOf[i] ?? 0]?.push(id));
      return tiers.filter((tier) => tier.length > 0);
    });

  it('does not depend on ballot order', () => {
    fc.assert(
      fc.property(
        fc
          .array(ranking, { maxLength: 30 })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        ([list, shuffled]) => {
          const run = (ballots: Ranking[]) =>
            schulze({ kind: 'POLICY', alternatives: ids, statusQuo: 'S', ballots, electorate: 30 });
          expect(run(shuffled)).toEqual(run(list));
        },
      ),
    );
  });

  it('picks the Condorcet winner whenever one exists', () => {
    fc.assert(
      fc.property(fc.array(ranking, { maxLength: 30 }), (ballots) => {
        const result = schulze({
          kind: 'POLICY',
          alternatives: ids,
          statusQuo: 'S',
          ballots,
          electorate: 30,
        });
        const d = result.pairwise;
        const condorcet = ids.findIndex((_, i) =>
          ids.every((__, j) => i === j || (d[i]?.[j] ?? 0) > (d[j]?.[i] ?? 0)),
        );
        if (condorcet >= 0) expect(result.winner).toBe(ids[condorcet]);
      }),
    );
  });

  it('finds the same strongest paths in integers and, beyond 2^31 votes, in floating point', () => {
    // Weights of 2^32 per ballot push the counts past 32-bit integers: the float path must then give the
    // integer path's matrix scaled by 2^32 (exact in doubles).
    const scale = 2 ** 32;
    fc.assert(
      fc.property(fc.array(ranking, { minLength: 1, maxLength: 30 }), (ballots) => {
        const run = (weight: number) =>
          schulze({
            kind: 'POLICY',
            alternatives: ids,
            statusQuo: 'S',
            ballots: ballots.map((r) => ({ ranking: r, weight })),
            electorate: 30 * weight,
          });
        const small = run(1);
        const large = run(scale);
        expect(large.strongestPaths).toEqual(small.strongestPaths.map((row) => row.map((x) => x * scale)));
        expect(large.ranking).toEqual(small.ranking);
        expect(small.strongestPaths.every((row, i) => row[i] === 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

/** The Condorcet scenario writes the status quo as "S" in the strict() shorthand. */
function rename(ranking: Ranking): Ranking {
  return ranking.map((tier) => tier.map((id) => (id === 'S' ? 'SQ' : id)));
}
