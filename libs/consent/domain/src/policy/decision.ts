// The shape of an answer, shared by the compiled decider and the reference evaluator.
import { type Duties, type Provenance } from '../clauses/clause.js';

export const DENY_REASONS = [
  'UNKNOWN_TERM',
  'PROHIBITED',
  'NOT_PERMITTED',
  'MEMBER_OBJECTED',
  'NO_CONSENT',
  'RECONSENT_NEEDED',
  // Last, so that the batch form's reason numbers of the others stay what they were.
  'INVALID_TIME',
] as const;
export const ALLOW_REASONS = ['PERMITTED', 'NOT_OBJECTED', 'CONSENTED'] as const;
export type DenyReason = (typeof DENY_REASONS)[number];
export type AllowReason = (typeof ALLOW_REASONS)[number];
export type Reason = DenyReason | AllowReason;
/** Reasons as small integers, for the batch form. */
export const REASONS: readonly Reason[] = [...ALLOW_REASONS, ...DENY_REASONS];

export interface DecisionRequest {
  readonly member: string;
  readonly category: string;
  readonly purpose: string;
  readonly operation: string;
  readonly recipient: string;
  /**
   * Epoch milliseconds. A request without a valid instant (NaN, infinite, missing, out of a Date's range)
   * is denied as INVALID_TIME: which clauses and choices are in force depends on it, so nothing is assumed.
   */
  readonly time: number;
}

export interface ClauseReference {
  readonly id: string;
  readonly provenance: Provenance;
}

export interface Decision {
  readonly allowed: boolean;
  readonly reason: Reason;
  readonly determiningClauses: readonly ClauseReference[];
  readonly duties: Duties;
  readonly revision: number;
  /**
   * A UUIDv7 (RFC 9562), unique across processes, instances and restarts
   * (docs/domain/consent.md#decision-ids).
   */
  readonly decisionId: string;
}

const NO_DUTIES: Duties = Object.freeze({});

/** The union of duties: the shortest retention and the largest aggregation threshold win. */
export function unionOfDuties(all: readonly Duties[]): Duties {
  if (all.length === 0) return NO_DUTIES;
  if (all.length === 1) return all[0]!;
  let retentionDays: number | undefined;
  let minAggregationK: number | undefined;
  let pseudonymise = false;
  let notifyMember = false;
  for (const duties of all) {
    if (duties.retentionDays !== undefined)
      retentionDays = Math.min(retentionDays ?? Infinity, duties.retentionDays);
    if (duties.minAggregationK !== undefined)
      minAggregationK = Math.max(minAggregationK ?? 0, duties.minAggregationK);
    pseudonymise ||= duties.pseudonymise === true;
    notifyMember ||= duties.notifyMember === true;
  }
  return {
    ...(retentionDays === undefined ? {} : { retentionDays }),
    ...(pseudonymise ? { pseudonymise } : {}),
    ...(minAggregationK === undefined ? {} : { minAggregationK }),
    ...(notifyMember ? { notifyMember } : {}),
  };
}
