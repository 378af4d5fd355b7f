// The state of one proposal as the lifecycle sees it. Instants are epoch milliseconds so the state is
// plain data (storable as JSON, comparable in tests). Windows are fixed when a phase opens, so a late
// scheduler never lengthens or shortens a window.
import { DEFAULT_SETTINGS, type ProcessSettings, type ProposalKind } from '../process-settings.js';
import { type Outcome, type Phase } from './phases.js';

export type Instant = Date | number;
export const DAY_MS = 86_400_000;
export const toMillis = (at: Instant): number => (typeof at === 'number' ? at : at.getTime());
export const addDays = (at: number, days: number): number => at + days * DAY_MS;

/**
 * A deliberation that has not gathered its support by this many times the minimum deliberation expires.
 * 3× gives the default POLICY proposal 42 days: long enough for a slow start, short enough that the list
 * of open proposals does not fill with dead ones.
 */
export const EXPIRY_FACTOR = 3;

export interface VotingWindow {
  readonly startedAt: number;
  readonly endsAt: number;
  /** The electorate frozen when voting opened: its size and the digest of the list published with it. */
  readonly electorateSize: number;
  readonly electorateDigest: string;
}

export type BoardDecision = 'RATIFY' | 'VETO';

export interface BoardVote {
  readonly memberId: string;
  readonly decision: BoardDecision;
  /** Public reason; required for a veto. */
  readonly reason?: string;
  readonly at: number;
}

export interface RatificationWindow {
  readonly startedAt: number;
  readonly endsAt: number;
  /** Board size when the window opened: the fixed denominator of the veto majority. */
  readonly boardSize: number;
  readonly votes: readonly BoardVote[];
}

export interface VetoRecord {
  readonly at: number;
  /** The public reasons of the members who formed the veto majority. */
  readonly reasons: readonly string[];
}

export interface ProposalState {
  readonly id: string;
  readonly kind: ProposalKind;
  readonly settings: ProcessSettings;
  readonly authors: readonly string[];
  readonly phase: Phase;
  /** 1, then 2 after a veto sent the proposal back to deliberation. */
  readonly round: number;
  readonly vetoedOnce: boolean;
  readonly createdAt: number;
  /** Start of the current deliberation round (reset by a veto). */
  readonly deliberationStartedAt?: number;
  readonly frozenAt?: number;
  readonly voting?: VotingWindow;
  readonly outcome?: Outcome;
  readonly closedAt?: number;
  readonly ratification?: RatificationWindow;
  /** Kept after the return to deliberation: the veto stays on the public record. */
  readonly veto?: VetoRecord;
  /** When the proposal reached RATIFIED, ENACTED, WITHDRAWN or EXPIRED. */
  readonly endedAt?: number;
}

export interface NewProposal {
  readonly id: string;
  readonly kind: ProposalKind;
  readonly authors: readonly string[];
  readonly createdAt: Instant;
  /** Defaults to DEFAULT_SETTINGS[kind]; short durations are allowed for demos and tests. */
  readonly settings?: ProcessSettings;
}

export const createProposal = (input: NewProposal): ProposalState => ({
  id: input.id,
  kind: input.kind,
  settings: input.settings ?? DEFAULT_SETTINGS[input.kind],
  authors: [...input.authors],
  phase: 'DRAFT',
  round: 1,
  vetoedOnce: false,
  createdAt: toMillis(input.createdAt),
});

/** Earliest instant deliberation may end (if support is reached). */
export const deliberationMinEnd = (state: ProposalState): number | undefined =>
  state.deliberationStartedAt === undefined
    ? undefined
    : addDays(state.deliberationStartedAt, state.settings.minDeliberationDays);

/** Instant at which a deliberation without enough support expires. */
export const deliberationDeadline = (state: ProposalState): number | undefined =>
  state.deliberationStartedAt === undefined
    ? undefined
    : addDays(state.deliberationStartedAt, EXPIRY_FACTOR * state.settings.minDeliberationDays);

/** Instant at which a frozen proposal opens for voting. */
export const votingOpensAt = (state: ProposalState): number | undefined =>
  state.frozenAt === undefined ? undefined : addDays(state.frozenAt, state.settings.frozenDays);
