// The time-driven half of the lifecycle: a scheduler calls advance() with the current instant and the
// figures only it can compute (support, active members, the electorate, the tally, the board size).
// advance() is pure and idempotent: calling it twice with the same input yields no new events. It takes
// every step that is due, in order, and says which caller input it is waiting for when it cannot go on.
import { reaches } from '../ratio.js';
import { type LifecycleEvent, phaseChanged } from './events.js';
import { type Outcome } from './phases.js';
import {
  addDays,
  deliberationDeadline,
  deliberationMinEnd,
  type Instant,
  type ProposalState,
  toMillis,
  votingOpensAt,
} from './state.js';

export interface ElectorateSnapshot {
  /** Active members at the moment voting opens. */
  readonly size: number;
  /** Digest of the frozen list, computed and published by the caller. */
  readonly digest: string;
}

export interface AdvanceCounts {
  /** Supports gathered in the current deliberation round (the caller stops counting at the deadline). */
  readonly supports: number;
  readonly activeMembers: number;
  /** Needed when voting opens. */
  readonly electorate?: ElectorateSnapshot;
  /** Needed when an adopted proposal enters ratification. */
  readonly boardSize?: number;
}

export interface AdvanceInput {
  readonly now: Instant;
  readonly counts: AdvanceCounts;
  /** The caller's tally of the closed vote; needed when voting ends. */
  readonly outcome?: Outcome;
}

export type AdvanceWaitingFor = 'ELECTORATE' | 'OUTCOME' | 'BOARD_SIZE';

export interface AdvanceResult {
  readonly state: ProposalState;
  readonly events: readonly LifecycleEvent[];
  /** Set when a step is due but the caller did not supply what it needs; nothing is guessed. */
  readonly waitingFor?: AdvanceWaitingFor;
}

type Step =
  | { readonly kind: 'moved'; readonly state: ProposalState; readonly events: readonly LifecycleEvent[] }
  | { readonly kind: 'waiting'; readonly waitingFor: AdvanceWaitingFor }
  | { readonly kind: 'idle' };

const IDLE: Step = { kind: 'idle' };

/** With no active member there is nobody to support: never treat 0 of 0 as "threshold reached". */
export const supportReached = (state: ProposalState, counts: AdvanceCounts): boolean =>
  counts.activeMembers > 0 &&
  reaches(counts.supports, counts.activeMembers, state.settings.supportToLeaveDeliberation);

const deliberationStep = (s: ProposalState, now: number, counts: AdvanceCounts): Step => {
  const minEnd = deliberationMinEnd(s);
  const deadline = deliberationDeadline(s);
  if (minEnd === undefined || deadline === undefined) return IDLE;
  if (now >= minEnd && supportReached(s, counts)) {
    return {
      kind: 'moved',
      state: { ...s, phase: 'FROZEN', frozenAt: now },
      events: [phaseChanged(s.id, 'DELIBERATION', 'FROZEN', now)],
    };
  }
  if (now >= deadline) {
    // Expires at the deadline itself, not when the scheduler happened to notice.
    return {
      kind: 'moved',
      state: { ...s, phase: 'EXPIRED', endedAt: deadline },
      events: [phaseChanged(s.id, 'DELIBERATION', 'EXPIRED', deadline)],
    };
  }
  return IDLE;
};

const frozenStep = (s: ProposalState, now: number, counts: AdvanceCounts): Step => {
  const opensAt = votingOpensAt(s);
  if (opensAt === undefined || now < opensAt) return IDLE;
  if (counts.electorate === undefined) return { kind: 'waiting', waitingFor: 'ELECTORATE' };
  const { size, digest } = counts.electorate;
  return {
    kind: 'moved',
    state: {
      ...s,
      phase: 'VOTING',
      voting: {
        startedAt: opensAt,
        endsAt: addDays(opensAt, s.settings.votingDays),
        electorateSize: size,
        electorateDigest: digest,
      },
    },
    events: [
      phaseChanged(s.id, 'FROZEN', 'VOTING', opensAt),
      { type: 'ELECTORATE_FROZEN', proposalId: s.id, at: opensAt, size, digest },
    ],
  };
};

const votingStep = (s: ProposalState, now: number, outcome: Outcome | undefined): Step => {
  if (s.voting === undefined || now < s.voting.endsAt) return IDLE;
  if (outcome === undefined) return { kind: 'waiting', waitingFor: 'OUTCOME' };
  const at = s.voting.endsAt;
  return {
    kind: 'moved',
    state: { ...s, phase: 'CLOSED', outcome, closedAt: at },
    events: [
      phaseChanged(s.id, 'VOTING', 'CLOSED', at),
      { type: 'VOTING_CLOSED', proposalId: s.id, at, outcome },
    ],
  };
};

const closedStep = (s: ProposalState, counts: AdvanceCounts): Step => {
  // REJECTED and NO_QUORUM are final: CLOSED is where those proposals rest.
  if (s.outcome !== 'ADOPTED' || s.closedAt === undefined) return IDLE;
  if (counts.boardSize === undefined) return { kind: 'waiting', waitingFor: 'BOARD_SIZE' };
  const at = s.closedAt;
  return {
    kind: 'moved',
    state: {
      ...s,
      phase: 'RATIFICATION',
      ratification: {
        startedAt: at,
        endsAt: addDays(at, s.settings.ratificationDays),
        boardSize: counts.boardSize,
        votes: [],
      },
    },
    events: [phaseChanged(s.id, 'CLOSED', 'RATIFICATION', at)],
  };
};

const ratificationStep = (s: ProposalState, now: number): Step => {
  // A veto majority acts at once (see act.ts); reaching the end of the window means there was none.
  if (s.ratification === undefined || now < s.ratification.endsAt) return IDLE;
  const at = s.ratification.endsAt;
  return {
    kind: 'moved',
    state: { ...s, phase: 'RATIFIED', endedAt: at },
    events: [phaseChanged(s.id, 'RATIFICATION', 'RATIFIED', at)],
  };
};

const step = (s: ProposalState, now: number, input: AdvanceInput): Step => {
  switch (s.phase) {
    case 'DELIBERATION':
      return deliberationStep(s, now, input.counts);
    case 'FROZEN':
      return frozenStep(s, now, input.counts);
    case 'VOTING':
      return votingStep(s, now, input.outcome);
    case 'CLOSED':
      return closedStep(s, input.counts);
    case 'RATIFICATION':
      return ratificationStep(s, now);
    // Moved only by a member's action (publish, withdraw), by enact(), or not at all.
    case 'DRAFT':
    case 'RATIFIED':
    case 'VETOED':
    case 'ENACTED':
    case 'WITHDRAWN':
    case 'EXPIRED':
      return IDLE;
  }
};

/** Every phase is left at most once per round, so the loop is bounded; the cap is a safety net. */
const MAX_STEPS = 16;

export const advance = (state: ProposalState, input: AdvanceInput): AdvanceResult => {
  const now = toMillis(input.now);
  let current = state;
  const events: LifecycleEvent[] = [];
  for (let i = 0; i < MAX_STEPS; i++) {
    const next = step(current, now, input);
    if (next.kind === 'idle') break;
    if (next.kind === 'waiting') return { state: current, events, waitingFor: next.waitingFor };
    current = next.state;
    events.push(...next.events);
  }
  return { state: current, events };
};
