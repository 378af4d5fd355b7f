// Proposal kinds and their default process settings (docs/domain/governance.md#default-process-settings).
// Thresholds are exact rationals so "more than two thirds" is decided in integers, never in floating point
// (ratio.ts).
import { type Ratio } from './ratio.js';

export const PROPOSAL_KINDS = ['POLICY', 'TERMS', 'CHARTER'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export interface ProcessSettings {
  /** Share of active members whose support moves a proposal out of deliberation. */
  readonly supportToLeaveDeliberation: Ratio;
  readonly minDeliberationDays: number;
  readonly frozenDays: number;
  readonly votingDays: number;
  /** Turnout of the frozen electorate needed, inclusive (≥). */
  readonly quorum: Ratio;
  /** yes / (yes + no) must be strictly greater than this. */
  readonly adoption: Ratio;
  readonly ratificationDays: number;
}

const ratio = (numerator: number, denominator: number): Ratio => Object.freeze({ numerator, denominator });

export const DEFAULT_SETTINGS: Readonly<Record<ProposalKind, ProcessSettings>> = Object.freeze({
  POLICY: Object.freeze({
    supportToLeaveDeliberation: ratio(2, 100),
    minDeliberationDays: 14,
    frozenDays: 3,
    votingDays: 7,
    quorum: ratio(20, 100),
    adoption: ratio(1, 2),
    ratificationDays: 10,
  }),
  TERMS: Object.freeze({
    supportToLeaveDeliberation: ratio(2, 100),
    minDeliberationDays: 14,
    frozenDays: 3,
    votingDays: 7,
    quorum: ratio(20, 100),
    adoption: ratio(2, 3),
    ratificationDays: 10,
  }),
  CHARTER: Object.freeze({
    supportToLeaveDeliberation: ratio(5, 100),
    minDeliberationDays: 21,
    frozenDays: 3,
    votingDays: 14,
    quorum: ratio(30, 100),
    adoption: ratio(3, 4),
    ratificationDays: 10,
  }),
});
