// The member layer of a decision (docs/domain/consent.md#the-member-layer), shared by the compiled decider
// and the impact (the reference evaluator keeps its own): given the strictest control among the matching
// permits and the member's most specific matching choice, allow or say why not. A member's allow is only
// consulted after the collective allow.
import { type MemberControl } from '../clauses/clause.js';
import { type ConsentChoice } from './choices.js';
import { type Reason } from './decision.js';

export interface PermitNotice {
  readonly id: string;
  readonly control: MemberControl;
  readonly materialVersion: number;
}

/**
 * `permits[0 .. count)` are the matching permits; `choice` is the member's most specific matching choice
 * *in effect* at the request's time (choices not in effect are skipped by the caller, so their parent
 * decides), or undefined when none is.
 */
export function memberLayer(
  control: MemberControl,
  permits: readonly PermitNotice[],
  count: number,
  choice: Pick<ConsentChoice, 'state' | 'explicit' | 'notices'> | undefined,
): Reason {
  if (control === 'none') return 'PERMITTED';
  // No choice in effect: no objection, and no consent either.
  if (choice === undefined) return control === 'opt-out' ? 'NOT_OBJECTED' : 'NO_CONSENT';
  if (control === 'opt-out') return choice.state === 'deny' ? 'MEMBER_OBJECTED' : 'NOT_OBJECTED';
  if (choice.state !== 'allow') return 'NO_CONSENT';
  if (control === 'explicit-opt-in' && !choice.explicit) return 'NO_CONSENT';

  // Consent is to what the member was told: every opt-in notice that decides this request must have been
  // shown in its current material version.
  let stale = false;
  for (let n = 0; n < count; n += 1) {
    const permit = permits[n]!;
    if (permit.control !== 'opt-in' && permit.control !== 'explicit-opt-in') continue;
    const seen = choice.notices[permit.id];
    if (seen === undefined) return 'NO_CONSENT';
    if (seen !== permit.materialVersion) stale = true;
  }
  return stale ? 'RECONSENT_NEEDED' : 'CONSENTED';
}
