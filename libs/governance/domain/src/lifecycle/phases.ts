// Phases and actions of a proposal, and the ONE table saying which action is allowed in which phase.
// The API guards, the UI buttons and the tests all read ALLOWED_ACTIONS, so a rule changes in one place
// (and the golden snapshot in phases.spec.ts makes every change deliberate).
export const PHASES = [
  'DRAFT',
  'DELIBERATION',
  'FROZEN',
  'VOTING',
  'CLOSED',
  'RATIFICATION',
  'RATIFIED',
  'VETOED',
  'ENACTED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
export type Phase = (typeof PHASES)[number];

export const ACTIONS = [
  'edit',
  'support',
  'comment',
  'amend',
  'vote',
  'ratify',
  'withdraw',
  'publish',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Result of the members' vote, as decided by the caller's tally. */
export const OUTCOMES = ['ADOPTED', 'REJECTED', 'NO_QUORUM'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Decisions worth knowing:
 * - FROZEN allows comments (the text is fixed so voters can study it, but discussion of it continues) and
 *   withdrawal (authors may withdraw until voting opens); no edit, support or amendment.
 * - VOTING allows comments too: the debate does not stop while members vote; the text cannot change.
 * - VETOED is a passing phase: a veto sends the proposal straight back to DELIBERATION in the same step,
 *   so nothing is ever done "in" VETOED.
 * - 'ratify' covers both board decisions (ratify or veto); the decision is a parameter of the action.
 */
export const ALLOWED_ACTIONS: Readonly<Record<Phase, readonly Action[]>> = Object.freeze({
  DRAFT: Object.freeze(['edit', 'publish', 'withdraw'] as const),
  DELIBERATION: Object.freeze(['support', 'comment', 'amend', 'withdraw'] as const),
  FROZEN: Object.freeze(['comment', 'withdraw'] as const),
  VOTING: Object.freeze(['vote', 'comment'] as const),
  CLOSED: Object.freeze([] as const),
  RATIFICATION: Object.freeze(['ratify'] as const),
  RATIFIED: Object.freeze([] as const),
  VETOED: Object.freeze([] as const),
  ENACTED: Object.freeze([] as const),
  WITHDRAWN: Object.freeze([] as const),
  EXPIRED: Object.freeze([] as const),
});

export const canAct = (phase: Phase, action: Action): boolean => ALLOWED_ACTIONS[phase].includes(action);
