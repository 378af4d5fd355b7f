// Golden scenarios and properties of the approval tally over competing alternatives and the status quo.
import fc from 'fast-check';
import { tallyApproval, type Approval } from './index.js';

const NB = '\u00a0';
const times = (count: number, approved: Approval): Approval[] =>
  Array.from({ length: count }, () => approved);

describe('tallyApproval', () => {
  it('adopts the most approved alternative when it beats the status quo by the majority', () => {
    // A: 6+3 = 9 approvals, B: 3+2 = 5, SQ: 2+1 = 3. A vs SQ: 9 approve A without SQ, 0 the reverse... except
    // the 2 ballots {B, SQ} and the 1 ballot {SQ} approve SQ without A: 9 to 3 → 75 % > 50 %.
    const result = tallyApproval({
      kind: 'POLICY',
      alternatives: ['SQ', 'A', 'B'],
      statusQuo: 'SQ',
      ballots: [...times(6, ['A']), ...times(3, ['A', 'B']), ...times(2, ['B', 'SQ']), ...times(1, ['SQ'])],
      electorate: 40,
    });
    expect(result.approvals).toEqual([3, 9, 5]);
    expect(result.ranking).toEqual([['A'], ['B'], ['SQ']]);
    expect(result.headToHead).toEqual({ forWinner: 9, forStatusQuo: 3 });
    expect(result.outcome).toBe('ADOPTED');
    expect(result.adopted).toBe('A');
    expect(result.steps.map((s) => s.en)).toEqual([
      'Ballots: 12 approval ballots over 3 alternatives',
      `Quorum: 30.0${NB}% of 40 members voted, 20${NB}% required → met`,
      'Approvals: A (9) > B (5) > SQ (3)',
      'Most approved: A',
      `A against the status quo SQ: 9 ballots approve A but not the status quo, 3 the reverse (75.0${NB}%), ` +
        `more than 50${NB}% required → beaten`,
      'Outcome: A adopted',
    ]);
    expect(result.steps[4]?.fr).toBe(
      `A contre le statu quo SQ${NB}: 9 bulletins approuvent A sans le statu quo, 3 l'inverse (75,0${NB}%), ` +
        `plus de 50${NB}% requis → battu`,
    );
  });

  it('keeps the status quo on a tie at the top', () => {
    const result = tallyApproval({
      kind: 'POLICY',
      alternatives: ['SQ', 'A', 'B'],
      statusQuo: 'SQ',
      ballots: [...times(4, ['A']), ...times(4, ['B'])],
      electorate: 10,
    });
    expect(result.ranking).toEqual([['A', 'B'], ['SQ']]);
    expect(result.winner).toBeNull();
    expect(result.outcome).toBe('STATUS_QUO');
    expect(result.steps.map((s) => s.code)).toEqual([
      'BALLOTS',
      'QUORUM_MET',
      'APPROVAL_RANKING',
      'APPROVAL_TIE',
      'OUTCOME_STATUS_QUO',
    ]);
  });

  it('keeps the status quo when the winner approved with it does not beat it by two thirds (TERMS)', () => {
    // A 10 approvals, SQ 8. Both approved by 4 ballots: A without SQ 6, SQ without A 4 → 60 %, not > 2/3.
    const result = tallyApproval({
      kind: 'TERMS',
      alternatives: ['SQ', 'A'],
      statusQuo: 'SQ',
      ballots: [...times(6, ['A']), ...times(4, ['A', 'SQ']), ...times(4, ['SQ'])],
      electorate: 50,
    });
    expect(result.winner).toBe('A');
    expect(result.headToHead).toEqual({ forWinner: 6, forStatusQuo: 4 });
    expect(result.beatsStatusQuo).toBe(false);
    expect(result.outcome).toBe('STATUS_QUO');
  });

  it('reports no quorum and counts blank ballots for turnout', () => {
    const result = tallyApproval({
      kind: 'CHARTER',
      alternatives: ['SQ', 'A'],
      statusQuo: 'SQ',
      ballots: [['A'], [], { approved: ['A'], weight: 3 }],
      electorate: 20,
    });
    expect(result.turnout).toBe(5);
    expect(result.approvals).toEqual([0, 4]);
    expect(result.quorumMet).toBe(false);
    expect(result.outcome).toBe('NO_QUORUM');
  });

  it('refuses unknown alternatives, duplicates and more ballots than members', () => {
    const base = { kind: 'POLICY', alternatives: ['SQ', 'A'], statusQuo: 'SQ', electorate: 2 } as const;
    expect(() => tallyApproval({ ...base, ballots: [['Z']] })).toThrow('unknown alternative Z');
    expect(() => tallyApproval({ ...base, ballots: [['A', 'A']] })).toThrow('approves A twice');
    expect(() => tallyApproval({ ...base, ballots: [['A'], ['A'], ['A']] })).toThrow('exceed the electorate');
  });

  it('does not depend on ballot order', () => {
    const ids = ['SQ', 'A', 'B', 'C'];
    fc.assert(
      fc.property(fc.array(fc.subarray(ids), { maxLength: 40 }), fc.nat(), (ballots, seed) => {
        const shuffled = [...ballots].sort(
          (x, y) => ((x.join() + seed).length % 3) - ((y.join() + seed).length % 3),
        );
        const run = (list: Approval[]) =>
          tallyApproval({
            kind: 'POLICY',
            alternatives: ids,
            statusQuo: 'SQ',
            ballots: list,
            electorate: 40,
          });
        const a = run(ballots);
        const b = run(shuffled.reverse());
        expect(b.approvals).toEqual(a.approvals);
        expect(b.outcome).toBe(a.outcome);
        expect(b.adopted).toBe(a.adopted);
      }),
      { numRuns: 200 },
    );
  });
});
