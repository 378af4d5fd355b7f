// Shared test helpers: a POLICY proposal with the default settings (14 days deliberation, 3 frozen,
// 7 voting, 10 ratification, 2% support) and a clock counted in days from a fixed start.
import { type AdvanceCounts, advance, type AdvanceInput } from '../lifecycle/advance.js';
import { act } from '../lifecycle/act.js';
import { createProposal, DAY_MS, type ProposalState } from '../lifecycle/state.js';

export const T0 = Date.UTC(2025, 0, 6);
export const day = (n: number): number => T0 + n * DAY_MS;
export const AUTHOR = { memberId: 'author-1' };
export const MEMBER = { memberId: 'member-7' };
export const board = (n: number) => ({ memberId: `board-${n}`, isBoardMember: true });

/** 100 active members: 2% is exactly 2 supports. */
export const COUNTS: AdvanceCounts = {
  supports: 2,
  activeMembers: 100,
  electorate: { size: 100, digest: 'sha256:electorate' },
  boardSize: 5,
};

export const draft = (): ProposalState =>
  createProposal({ id: 'p-1', kind: 'POLICY', authors: [AUTHOR.memberId], createdAt: T0 });

export const mustAct = (...args: Parameters<typeof act>): ProposalState => {
  const result = act(...args);
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.state;
};

export const run = (state: ProposalState, input: Partial<AdvanceInput> & { now: number }) =>
  advance(state, { counts: COUNTS, ...input });

/** Published at day 0, frozen at day 14, voting from day 17 to day 24. */
export const inVoting = (): ProposalState => {
  const published = mustAct(draft(), 'publish', AUTHOR, day(0));
  const frozen = run(published, { now: day(14) }).state;
  return run(frozen, { now: day(17) }).state;
};

/** Adopted at day 24; the ratification window runs to day 34. */
export const inRatification = (from: ProposalState = inVoting()): ProposalState =>
  run(from, { now: day(24), outcome: 'ADOPTED' }).state;
