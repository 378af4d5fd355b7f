// The proposal lifecycle from draft to enactment, with withdrawal, expiry, the frozen period, the support
// threshold and the voting window.
import { act } from './act.js';
import { advance } from './advance.js';
import { enact } from './enact.js';
import { AUTHOR, day, draft, inVoting, MEMBER, mustAct, run, T0 } from '../testing/lifecycle-fixtures.js';
import { type ProposalState } from './state.js';

const deliberating = (): ProposalState => mustAct(draft(), 'publish', AUTHOR, day(0));

describe('happy path', () => {
  it('goes through every phase and emits the events', () => {
    let s = draft();
    expect(s.phase).toBe('DRAFT');
    s = mustAct(s, 'edit', AUTHOR, day(0));

    const published = act(s, 'publish', AUTHOR, new Date(day(0)));
    expect(published.ok && published.events).toEqual([
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'DRAFT', to: 'DELIBERATION', at: day(0) },
    ]);
    s = mustAct(s, 'publish', AUTHOR, day(0));
    s = mustAct(s, 'support', MEMBER, day(1));

    const frozen = run(s, { now: day(14) });
    expect(frozen.state.phase).toBe('FROZEN');
    expect(frozen.events).toEqual([
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'DELIBERATION', to: 'FROZEN', at: day(14) },
    ]);

    const voting = run(frozen.state, { now: day(17) });
    expect(voting.state.phase).toBe('VOTING');
    expect(voting.state.voting).toEqual({
      startedAt: day(17),
      endsAt: day(24),
      electorateSize: 100,
      electorateDigest: 'sha256:electorate',
    });
    expect(voting.events.map((e) => e.type)).toEqual(['PHASE_CHANGED', 'ELECTORATE_FROZEN']);

    expect(act(voting.state, 'vote', MEMBER, day(20)).ok).toBe(true);

    const closed = run(voting.state, { now: day(24), outcome: 'ADOPTED' });
    expect(closed.state.phase).toBe('RATIFICATION');
    expect(closed.state.outcome).toBe('ADOPTED');
    expect(closed.events).toEqual([
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'VOTING', to: 'CLOSED', at: day(24) },
      { type: 'VOTING_CLOSED', proposalId: 'p-1', at: day(24), outcome: 'ADOPTED' },
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'CLOSED', to: 'RATIFICATION', at: day(24) },
    ]);
    expect(closed.state.ratification).toMatchObject({ startedAt: day(24), endsAt: day(34), boardSize: 5 });

    const ratified = run(closed.state, { now: day(34) });
    expect(ratified.state.phase).toBe('RATIFIED');

    const enacted = enact(ratified.state, day(35), 'snapshot-rev-12');
    expect(enacted.ok && enacted.state.phase).toBe('ENACTED');
    expect(enacted.ok && enacted.events).toEqual([
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'RATIFIED', to: 'ENACTED', at: day(35) },
      { type: 'ENACTED', proposalId: 'p-1', at: day(35), reference: 'snapshot-rev-12' },
    ]);
  });

  it('is idempotent: advancing again at the same instant changes nothing', () => {
    const frozen = run(deliberating(), { now: day(14) }).state;
    expect(run(frozen, { now: day(14) })).toEqual({ state: frozen, events: [] });
  });

  it('a rejected or quorum-less vote rests in CLOSED', () => {
    for (const outcome of ['REJECTED', 'NO_QUORUM'] as const) {
      const closed = run(inVoting(), { now: day(24), outcome }).state;
      expect(closed.phase).toBe('CLOSED');
      expect(run(closed, { now: day(100) }).events).toEqual([]);
    }
  });

  it('waits for caller input instead of guessing', () => {
    const frozen = run(deliberating(), { now: day(14) }).state;
    const noElectorate = advance(frozen, { now: day(17), counts: { supports: 2, activeMembers: 100 } });
    expect(noElectorate).toEqual({ state: frozen, events: [], waitingFor: 'ELECTORATE' });
    expect(run(inVoting(), { now: day(24) }).waitingFor).toBe('OUTCOME');
  });

  it('enact is refused before ratification', () => {
    const r = enact(inVoting(), day(30));
    expect(!r.ok && r.error.code).toBe('WRONG_PHASE');
  });
});

describe('withdrawal', () => {
  it.each([
    ['DRAFT', (): ProposalState => draft()],
    ['DELIBERATION', deliberating],
    ['FROZEN', (): ProposalState => run(deliberating(), { now: day(14) }).state],
  ])('is allowed to authors in %s', (phase, make) => {
    const s = make();
    expect(s.phase).toBe(phase);
    const r = act(s, 'withdraw', AUTHOR, day(15), { reason: 'merged into p-2' });
    expect(r.ok && r.state.phase).toBe('WITHDRAWN');
    expect(r.ok && r.events[1]).toEqual({
      type: 'WITHDRAWN',
      proposalId: 'p-1',
      at: day(15),
      by: AUTHOR.memberId,
      reason: 'merged into p-2',
    });
  });

  it('is refused to non-authors', () => {
    const r = act(deliberating(), 'withdraw', MEMBER, day(1));
    expect(!r.ok && r.error.code).toBe('NOT_AUTHOR');
  });

  it('is refused once voting has opened', () => {
    const r = act(inVoting(), 'withdraw', AUTHOR, day(18));
    expect(!r.ok && r.error.code).toBe('WRONG_PHASE');
    expect(!r.ok && r.error.message.fr.length).toBeGreaterThan(0);
    expect(!r.ok && r.error.message.en.length).toBeGreaterThan(0);
  });
});

describe('expiry', () => {
  it('expires at 3× the minimum deliberation without enough support', () => {
    const s = deliberating();
    const short = { supports: 1, activeMembers: 100 };
    expect(advance(s, { now: day(41), counts: short }).state.phase).toBe('DELIBERATION');
    const expired = advance(s, { now: day(50), counts: short });
    expect(expired.state.phase).toBe('EXPIRED');
    // At the deadline, not when the scheduler noticed.
    expect(expired.state.endedAt).toBe(day(42));
    expect(expired.events).toEqual([
      { type: 'PHASE_CHANGED', proposalId: 'p-1', from: 'DELIBERATION', to: 'EXPIRED', at: day(42) },
    ]);
  });

  it('refuses support after the deadline', () => {
    const r = act(deliberating(), 'support', MEMBER, day(42));
    expect(!r.ok && r.error.code).toBe('WINDOW_CLOSED');
  });
});

describe('support threshold', () => {
  it('exactly 2% of active members is enough (inclusive)', () => {
    const s = advance(deliberating(), { now: day(14), counts: { supports: 3, activeMembers: 150 } });
    expect(s.state.phase).toBe('FROZEN');
  });

  it('one support short is not', () => {
    const s = advance(deliberating(), { now: day(14), counts: { supports: 2, activeMembers: 101 } });
    expect(s.state.phase).toBe('DELIBERATION');
  });

  it('does not leave deliberation before the minimum duration', () => {
    const s = advance(deliberating(), { now: day(14) - 1, counts: { supports: 100, activeMembers: 100 } });
    expect(s.state.phase).toBe('DELIBERATION');
  });

  it('zero supports of zero members is not a threshold met', () => {
    const s = advance(deliberating(), { now: day(14), counts: { supports: 0, activeMembers: 0 } });
    expect(s.state.phase).toBe('DELIBERATION');
  });
});

describe('frozen period', () => {
  const frozen = (): ProposalState => run(deliberating(), { now: day(14) }).state;

  it.each(['edit', 'amend', 'support', 'vote'] as const)('refuses %s', (action) => {
    const r = act(frozen(), action, AUTHOR, day(15));
    expect(!r.ok && r.error.code).toBe('WRONG_PHASE');
  });

  it('still allows comments', () => {
    expect(act(frozen(), 'comment', MEMBER, day(15)).ok).toBe(true);
  });

  it('lasts the frozen days', () => {
    expect(run(frozen(), { now: day(17) - 1 }).state.phase).toBe('FROZEN');
    expect(run(frozen(), { now: day(17) }).state.phase).toBe('VOTING');
  });
});

describe('voting window', () => {
  it('refuses a vote outside VOTING', () => {
    const r = act(deliberating(), 'vote', MEMBER, day(3));
    expect(!r.ok && r.error.code).toBe('WRONG_PHASE');
  });

  it('refuses a vote after the window even before the scheduler closes it', () => {
    const r = act(inVoting(), 'vote', MEMBER, day(24));
    expect(!r.ok && r.error.code).toBe('WINDOW_CLOSED');
  });

  it('accepts a vote up to the last millisecond', () => {
    expect(act(inVoting(), 'vote', MEMBER, day(24) - 1).ok).toBe(true);
  });

  it('edit is only for authors in DRAFT', () => {
    const r = act(draft(), 'edit', MEMBER, T0);
    expect(!r.ok && r.error.code).toBe('NOT_AUTHOR');
  });
});
