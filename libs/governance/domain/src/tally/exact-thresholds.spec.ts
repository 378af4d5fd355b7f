// Every decision a tally or the lifecycle takes from a share is exact for counts up to
// Number.MAX_SAFE_INTEGER (weights of aggregated or delegated ballots can reach it): golden scenarios where
// a float cross-multiplication decides the other way, and a property against a BigInt oracle.
import fc from 'fast-check';
import { supportReached } from '../lifecycle/advance.js';
import { createProposal } from '../lifecycle/state.js';
import { DEFAULT_SETTINGS, PROPOSAL_KINDS } from '../process-settings.js';
import { schulze, tallyApproval, tallyYesNo } from './index.js';

const NB = '\u00a0';
const MAX = Number.MAX_SAFE_INTEGER;

describe('exact thresholds in the tallies', () => {
  it('yes/no: one member short of a 20 % quorum of 9,007,199,254,740,986 is not a quorum', () => {
    const electorate = 9_007_199_254_740_986;
    const below = tallyYesNo({
      kind: 'POLICY',
      electorate,
      ballots: { yes: 1_801_439_850_948_197, no: 0, abstain: 0 },
    });
    expect(below).toMatchObject({ quorumMet: false, outcome: 'NO_QUORUM' });
    // Truncated, never rounded up to the threshold it misses (a float percentage shows 20.0 % here).
    expect(below.steps[1]?.en).toBe(
      `Quorum: 19.9${NB}% of 9,007,199,254,740,986 members voted, 20${NB}% required → not met`,
    );
    const at = tallyYesNo({
      kind: 'POLICY',
      electorate,
      ballots: { yes: 1_801_439_850_948_198, no: 0, abstain: 0 },
    });
    expect(at).toMatchObject({ quorumMet: true, outcome: 'ADOPTED' });
    expect(at.steps[1]?.en).toBe(
      `Quorum: 20.0${NB}% of 9,007,199,254,740,986 members voted, 20${NB}% required → met`,
    );
    const largest = tallyYesNo({
      kind: 'POLICY',
      electorate: MAX,
      ballots: { yes: 1_801_439_850_948_198, no: 0, abstain: 0 },
    });
    expect(largest).toMatchObject({ quorumMet: false, outcome: 'NO_QUORUM' });
  });

  it('yes/no: just above two thirds of 9,007,199,254,740,988 yes/no votes adopts TERMS', () => {
    const result = tallyYesNo({
      kind: 'TERMS',
      electorate: MAX,
      ballots: { yes: 6_004_799_503_160_659, no: 3_002_399_751_580_329, abstain: 0 },
    });
    expect(result).toMatchObject({ majority: true, outcome: 'ADOPTED' });
    expect(result.steps[2]?.en).toBe(
      `Majority: 66.6${NB}% yes of 9,007,199,254,740,988 yes/no votes, more than 2/3 required → reached`,
    );
    const below = tallyYesNo({
      kind: 'TERMS',
      electorate: MAX,
      ballots: { yes: 6_004_799_503_160_657, no: 3_002_399_751_580_329, abstain: 0 },
    });
    expect(below).toMatchObject({ majority: false, outcome: 'REJECTED' });
  });

  it('approval: weighted ballots just above three quarters against the status quo adopt the winner', () => {
    const result = tallyApproval({
      kind: 'CHARTER',
      alternatives: ['SQ', 'A'],
      statusQuo: 'SQ',
      electorate: MAX,
      ballots: [
        { approved: ['A'], weight: 6_755_399_441_055_742 },
        { approved: ['SQ'], weight: 2_251_799_813_685_247 },
      ],
    });
    expect(result).toMatchObject({ winner: 'A', beatsStatusQuo: true, outcome: 'ADOPTED' });
  });

  it('Schulze: weighted rankings just above and just below two thirds against the status quo', () => {
    const count = (forA: number) =>
      schulze({
        kind: 'TERMS',
        alternatives: ['SQ', 'A'],
        statusQuo: 'SQ',
        electorate: MAX,
        ballots: [
          { ranking: [['A'], ['SQ']], weight: forA },
          { ranking: [['SQ'], ['A']], weight: 3_002_399_751_580_329 },
        ],
      });
    expect(count(6_004_799_503_160_659)).toMatchObject({
      winner: 'A',
      beatsStatusQuo: true,
      outcome: 'ADOPTED',
    });
    expect(count(6_004_799_503_160_657)).toMatchObject({
      winner: 'A',
      beatsStatusQuo: false,
      outcome: 'STATUS_QUO',
    });
  });

  it('lifecycle: the support threshold is exact too', () => {
    const charter = createProposal({ id: 'c', kind: 'CHARTER', authors: ['a'], createdAt: 0 });
    const activeMembers = 9_007_199_254_740_941;
    expect(supportReached(charter, { supports: 450_359_962_737_047, activeMembers })).toBe(false);
    expect(supportReached(charter, { supports: 450_359_962_737_048, activeMembers })).toBe(true);
  });

  it('refuses explicit thresholds the tally file could not carry', () => {
    const settings = {
      quorum: { numerator: 0, denominator: 100 },
      adoption: { numerator: 1, denominator: 2 },
    };
    expect(() => tallyYesNo({ settings, electorate: 0, ballots: [] })).toThrow(RangeError);
  });

  it('decides yes/no like a BigInt oracle for counts up to Number.MAX_SAFE_INTEGER', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: MAX }), fc.integer({ min: MAX - 1_000, max: MAX }));
    // Counts that sit within a few units of the quorum and adoption boundaries, where floats go wrong.
    const election = fc
      .tuple(
        fc.constantFrom(...PROPOSAL_KINDS),
        count,
        fc.integer({ min: -2, max: 2 }),
        fc.integer({ min: -2, max: 2 }),
      )
      .map(([kind, electorate, dq, da]) => {
        const { quorum, adoption } = DEFAULT_SETTINGS[kind];
        const clamp = (value: bigint, max: bigint): number =>
          Number(value < 0n ? 0n : value > max ? max : value);
        const turnout = clamp(
          (BigInt(electorate) * BigInt(quorum.numerator)) / BigInt(quorum.denominator) + BigInt(dq),
          BigInt(electorate),
        );
        const yes = clamp(
          (BigInt(turnout) * BigInt(adoption.numerator)) / BigInt(adoption.denominator) + BigInt(da),
          BigInt(turnout),
        );
        return { kind, electorate, yes, no: turnout - yes };
      });
    fc.assert(
      fc.property(election, ({ kind, electorate, yes, no }) => {
        const { quorum, adoption } = DEFAULT_SETTINGS[kind];
        const result = tallyYesNo({ kind, electorate, ballots: { yes, no, abstain: 0 } });
        const turnout = BigInt(yes) + BigInt(no);
        const quorumMet =
          electorate > 0 &&
          turnout * BigInt(quorum.denominator) >= BigInt(electorate) * BigInt(quorum.numerator);
        const majority =
          turnout > 0n && BigInt(yes) * BigInt(adoption.denominator) > turnout * BigInt(adoption.numerator);
        expect(result).toMatchObject({ quorumMet, majority });
      }),
      { numRuns: 2_000 },
    );
  });
});
