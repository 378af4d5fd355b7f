// Board ratification: veto by a strict majority with a public reason, once; ratification by timeout.
import { act } from './act.js';
import { AUTHOR, board, day, inRatification, MEMBER, mustAct, run } from '../testing/lifecycle-fixtures.js';
import { isVetoMajority } from './ratification.js';
import { type ProposalState } from './state.js';

const veto = (s: ProposalState, n: number, at = day(25)) =>
  act(s, 'ratify', board(n), at, { decision: 'VETO', reason: `reason ${n}` });

/** Three of five board members veto (a strict majority). */
const vetoed = (): ProposalState => {
  let s = inRatification();
  for (const n of [1, 2, 3]) {
    const r = veto(s, n);
    if (!r.ok) throw new Error(r.error.code);
    s = r.state;
  }
  return s;
};

describe('ratification', () => {
  it('is ratified at the end of the window without a veto majority', () => {
    const s = mustAct(inRatification(), 'ratify', board(1), day(25), { decision: 'RATIFY' });
    expect(run(s, { now: day(34) - 1 }).state.phase).toBe('RATIFICATION');
    const done = run(s, { now: day(40) });
    expect(done.state.phase).toBe('RATIFIED');
    expect(done.state.endedAt).toBe(day(34));
  });

  it('a minority veto does not veto', () => {
    let s = inRatification();
    for (const n of [1, 2]) s = mustAct(s, 'ratify', board(n), day(25), { decision: 'VETO', reason: 'no' });
    expect(s.phase).toBe('RATIFICATION');
    expect(run(s, { now: day(34) }).state.phase).toBe('RATIFIED');
  });

  it('a veto majority is strictly more than half the board', () => {
    expect(isVetoMajority(2, 4)).toBe(false);
    expect(isVetoMajority(3, 4)).toBe(true);
    expect(isVetoMajority(3, 5)).toBe(true);
    expect(isVetoMajority(0, 0)).toBe(false);
  });

  it('refuses a veto without a public reason', () => {
    for (const reason of [undefined, '', '   ']) {
      const r = act(inRatification(), 'ratify', board(1), day(25), {
        decision: 'VETO',
        ...(reason === undefined ? {} : { reason }),
      });
      expect(!r.ok && r.error.code).toBe('REASON_REQUIRED');
    }
  });

  it('refuses non-board members, second decisions and late decisions', () => {
    const notBoard = act(inRatification(), 'ratify', MEMBER, day(25), { decision: 'RATIFY' });
    expect(!notBoard.ok && notBoard.error.code).toBe('NOT_BOARD');
    const once = mustAct(inRatification(), 'ratify', board(1), day(25), { decision: 'RATIFY' });
    const twice = veto(once, 1);
    expect(!twice.ok && twice.error.code).toBe('ALREADY_DECIDED');
    const late = veto(inRatification(), 1, day(34));
    expect(!late.ok && late.error.code).toBe('WINDOW_CLOSED');
  });

  it('veto → back to deliberation → adopted again → no second veto → ratified', () => {
    let s = inRatification();
    s = mustAct(s, 'ratify', board(1), day(25), { decision: 'VETO', reason: 'conflicts with charter §3' });
    s = mustAct(s, 'ratify', board(2), day(25), { decision: 'VETO', reason: 'unclear scope' });
    const third = veto(s, 3, day(26));
    expect(third.ok).toBe(true);
    if (!third.ok) return;
    expect(third.events.map((e) => e.type)).toEqual([
      'BOARD_VOTE_CAST',
      'VETOED',
      'PHASE_CHANGED',
      'PHASE_CHANGED',
    ]);
    expect(third.events.slice(2)).toEqual([
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'RATIFICATION', to: 'VETOED', at: day(26) },
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'VETOED', to: 'DELIBERATION', at: day(26) },
    ]);
    s = third.state;
    expect(s).toMatchObject({
      phase: 'DELIBERATION',
      round: 2,
      vetoedOnce: true,
      deliberationStartedAt: day(26),
    });
    expect(s.veto).toEqual({
      at: day(26),
      reasons: ['conflicts with charter §3', 'unclear scope', 'reason 3'],
    });
    expect(s.voting).toBeUndefined();
    expect(s.ratification).toBeUndefined();

    // Second round: amendable again, full deliberation, frozen, vote, adopted.
    expect(act(s, 'amend', MEMBER, day(27)).ok).toBe(true);
    s = run(s, { now: day(40) }).state;
    expect(s.phase).toBe('FROZEN');
    s = run(s, { now: day(43) }).state;
    s = run(s, { now: day(50), outcome: 'ADOPTED' }).state;
    expect(s.phase).toBe('RATIFICATION');

    const second = veto(s, 1, day(51));
    expect(!second.ok && second.error.code).toBe('ALREADY_VETOED');
    s = mustAct(s, 'ratify', board(2), day(51), { decision: 'RATIFY' });
    expect(run(s, { now: day(60) }).state.phase).toBe('RATIFIED');
  });

  it('withdrawal is not possible during ratification', () => {
    const r = act(vetoed(), 'withdraw', AUTHOR, day(27));
    // Back in deliberation after the veto, so the authors may withdraw again.
    expect(r.ok).toBe(true);
    const during = act(inRatification(), 'withdraw', AUTHOR, day(25));
    expect(!during.ok && during.error.code).toBe('WRONG_PHASE');
  });
});
