// The shape of an impact report: what members see before they vote on a policy change
// (docs/domain/consent.md#impact-of-a-change). Plain, sorted data so a report can be rendered, stored and
// compared as is.
import { type MemberControl } from '../clauses/clause.js';
import { type MemberChoices } from '../policy/choices.js';

/** Who is counted: `memberIds` (when given) is the population; `members` supplies the choices of some of them. */
export interface Population {
  readonly members: readonly MemberChoices[];
  readonly memberIds?: readonly string[];
}

/**
 * The collective layer of a decision (docs/domain/consent.md#decisions, rules 1–4: all but the member
 * layer).
 */
export type CollectiveOutcome =
  | {
      readonly allowed: false;
      readonly reason: 'INVALID_TIME' | 'UNKNOWN_TERM' | 'PROHIBITED' | 'NOT_PERMITTED';
    }
  | { readonly allowed: true; readonly control: MemberControl };

export interface CellGroup {
  readonly recipient: string;
  readonly purpose: string;
  readonly cells: readonly { readonly category: string; readonly operation: string }[];
}

export interface ControlChange {
  readonly category: string;
  readonly operation: string;
  readonly from: MemberControl;
  readonly to: MemberControl;
  /** Members keep less say than before (e.g. opt-in → opt-out). */
  readonly weakened: boolean;
}

export interface ControlChangeGroup {
  readonly recipient: string;
  readonly purpose: string;
  readonly cells: readonly ControlChange[];
}

export interface Conflict {
  readonly permitId: string;
  readonly prohibitIds: readonly string[];
}

export type ClauseChangeKind = 'added' | 'removed' | 'modified';

export interface NoOp {
  readonly clauseId: string;
  readonly change: ClauseChangeKind;
}

export interface FloorViolation {
  readonly clauseId: string;
  readonly change: 'removed' | 'modified';
}

export interface Impact {
  readonly newlyAllowed: readonly CellGroup[];
  readonly newlyDenied: readonly CellGroup[];
  readonly controlChanged: readonly ControlChangeGroup[];
  readonly membersAffected: number;
  readonly servicesGaining: readonly string[];
  readonly servicesLosing: readonly string[];
  readonly conflicts: readonly Conflict[];
  readonly noOps: readonly NoOp[];
  readonly reconsent: readonly string[];
  readonly floorViolations: readonly FloorViolation[];
}
