// Golden scenarios and properties of the yes/no/abstain tally: exact outcomes and exact wording.
import fc from 'fast-check';
import { BALLOT_CODE, countBallotCodes, tallyYesNo, type Choice } from './index.js';

const NB = '\u00a0';
const NN = '\u202f';
const ballots = (yes: number, no: number, abstain: number): Choice[] => [
  ...Array<Choice>(yes).fill('yes'),
  ...Array<Choice>(no).fill('no'),
  ...Array<Choice>(abstain).fill('abstain'),
];

describe('tallyYesNo', () => {
  it('renders the quorum step in French and English', () => {
    const result = tallyYesNo({
      kind: 'POLICY',
      electorate: 1204,
      ballots: { yes: 200, no: 80, abstain: 2 },
    });
    expect(result.steps[1]).toEqual({
      code: 'QUORUM_MET',
      en: `Quorum: 23.4${NB}% of 1,204 members voted, 20${NB}% required → met`,
      fr: `Quorum${NB}: 23,4${NB}% des 1${NN}204 membres ont voté, 20${NB}% requis → atteint`,
    });
    expect(result.outcome).toBe('ADOPTED');
  });

  it('misses quorum by one voter', () => {
    const result = tallyYesNo({ kind: 'POLICY', electorate: 100, ballots: ballots(19, 0, 0) });
    expect(result).toMatchObject({ turnout: 19, quorumMet: false, majority: true, adopted: false });
    expect(result.outcome).toBe('NO_QUORUM');
    expect(result.steps.map((s) => s.en)).toEqual([
      'Ballots: 19 yes, 0 no, 0 abstain',
      `Quorum: 19.0${NB}% of 100 members voted, 20${NB}% required → not met`,
      `Majority: 100.0${NB}% yes of 19 yes/no votes, more than 50${NB}% required → reached`,
      'Outcome: no quorum, the proposal is not adopted',
    ]);
  });

  it('meets quorum exactly (inclusive), abstentions included', () => {
    const result = tallyYesNo({ kind: 'POLICY', electorate: 100, ballots: ballots(11, 8, 1) });
    expect(result).toMatchObject({ turnout: 20, quorumMet: true, adopted: true, outcome: 'ADOPTED' });
  });

  it('rejects exactly 2/3 yes on TERMS and adopts with one more yes', () => {
    const exact = tallyYesNo({ kind: 'TERMS', electorate: 100, ballots: ballots(20, 10, 0) });
    expect(exact).toMatchObject({ majority: false, adopted: false, outcome: 'REJECTED' });
    expect(exact.steps[2]?.en).toBe(
      `Majority: 66.6${NB}% yes of 30 yes/no votes, more than 2/3 required → not reached`,
    );
    const oneMore = tallyYesNo({ kind: 'TERMS', electorate: 100, ballots: ballots(21, 10, 0) });
    expect(oneMore).toMatchObject({ majority: true, adopted: true, outcome: 'ADOPTED' });
    expect(oneMore.steps[2]?.fr).toBe(
      `Majorité${NB}: 67,7${NB}% de oui sur 31 votes oui/non, plus de 2/3 requis → atteinte`,
    );
  });

  it('shows more decimals when a strict threshold is only just passed', () => {
    const result = tallyYesNo({
      kind: 'POLICY',
      electorate: 5000,
      ballots: { yes: 1001, no: 999, abstain: 0 },
    });
    expect(result.steps[2]?.en).toBe(
      `Majority: 50.05${NB}% yes of 2,000 yes/no votes, more than 50${NB}% required → reached`,
    );
  });

  it('rejects when everybody abstains', () => {
    const result = tallyYesNo({ kind: 'CHARTER', electorate: 10, ballots: ballots(0, 0, 10) });
    expect(result).toMatchObject({ turnout: 10, quorumMet: true, majority: false, outcome: 'REJECTED' });
    expect(result.steps[2]).toEqual({
      code: 'NO_EXPRESSED_VOTES',
      fr: `Majorité${NB}: aucun vote oui ou non → rejetée`,
      en: 'Majority: no yes or no vote → rejected',
    });
  });

  it('accepts explicit settings and byte-coded ballots', () => {
    const codes = Uint8Array.from([BALLOT_CODE.yes, BALLOT_CODE.no, BALLOT_CODE.abstain, BALLOT_CODE.yes]);
    expect(countBallotCodes(codes)).toEqual({ yes: 2, no: 1, abstain: 1 });
    const result = tallyYesNo({
      settings: { quorum: { numerator: 1, denominator: 2 }, adoption: { numerator: 1, denominator: 2 } },
      electorate: 8,
      ballots: codes,
    });
    expect(result.outcome).toBe('ADOPTED');
  });

  it('refuses invalid input', () => {
    expect(() => countBallotCodes(Uint8Array.from([1, 0]))).toThrow(RangeError);
    expect(() => tallyYesNo({ kind: 'POLICY', electorate: 2, ballots: ballots(3, 0, 0) })).toThrow(
      RangeError,
    );
    expect(() => tallyYesNo({ kind: 'POLICY', electorate: -1, ballots: [] })).toThrow(RangeError);
  });

  const shuffledPair = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<[T[], T[]]> =>
    fc
      .array(item, { maxLength: 60 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
  const choice = fc.constantFrom<Choice>('yes', 'no', 'abstain');
  const kind = fc.constantFrom('POLICY' as const, 'TERMS' as const, 'CHARTER' as const);

  it('does not depend on ballot order', () => {
    fc.assert(
      fc.property(kind, shuffledPair(choice), fc.nat(40), (k, [list, shuffled], extra) => {
        const electorate = list.length + extra;
        expect(tallyYesNo({ kind: k, electorate, ballots: shuffled })).toEqual(
          tallyYesNo({ kind: k, electorate, ballots: list }),
        );
      }),
    );
  });

  it('never turns adopted into rejected when a yes is added', () => {
    fc.assert(
      fc.property(kind, fc.nat(50), fc.nat(50), fc.nat(50), fc.nat(40), (k, yes, no, abstain, extra) => {
        const electorate = yes + no + abstain + 1 + extra;
        const before = tallyYesNo({ kind: k, electorate, ballots: { yes, no, abstain } });
        const after = tallyYesNo({ kind: k, electorate, ballots: { yes: yes + 1, no, abstain } });
        if (before.adopted) expect(after.adopted).toBe(true);
      }),
    );
  });
});
