// Explanation steps shared by both tallies. Every result carries the reasoning that produced it, in
// French and English, so a member can check each decision against the published counts.
import type { Ratio } from '../ratio.js';
import { formatInt, formatRatio, formatShare, NBSP } from './format.js';

export type StepCode =
  | 'BALLOTS'
  | 'QUORUM_MET'
  | 'QUORUM_MISSED'
  | 'MAJORITY_REACHED'
  | 'MAJORITY_MISSED'
  | 'NO_EXPRESSED_VOTES'
  | 'SCHULZE_RANKING'
  | 'SCHULZE_WINNER'
  | 'SCHULZE_TIE'
  | 'APPROVAL_RANKING'
  | 'APPROVAL_WINNER'
  | 'APPROVAL_TIE'
  | 'WINNER_IS_STATUS_QUO'
  | 'BEATS_STATUS_QUO'
  | 'DOES_NOT_BEAT_STATUS_QUO'
  | 'OUTCOME_ADOPTED'
  | 'OUTCOME_REJECTED'
  | 'OUTCOME_STATUS_QUO'
  | 'OUTCOME_NO_QUORUM';

export interface Step {
  readonly code: StepCode;
  readonly fr: string;
  readonly en: string;
}

export const step = (code: StepCode, fr: string, en: string): Step => Object.freeze({ code, fr, en });

/** Quorum is inclusive and measured on the electorate frozen when voting opened. */
export const quorumStep = (turnout: number, electorate: number, quorum: Ratio, met: boolean): Step =>
  step(
    met ? 'QUORUM_MET' : 'QUORUM_MISSED',
    `Quorum${NBSP}: ${formatShare(turnout, electorate, 'fr')} des ${formatInt(electorate, 'fr')} membres ont voté, ` +
      `${formatRatio(quorum, 'fr')} requis → ${met ? 'atteint' : 'non atteint'}`,
    `Quorum: ${formatShare(turnout, electorate, 'en')} of ${formatInt(electorate, 'en')} members voted, ` +
      `${formatRatio(quorum, 'en')} required → ${met ? 'met' : 'not met'}`,
  );

/** A tie at the top of a count over alternatives keeps the status quo. */
export const topTieStep = (
  code: 'SCHULZE_TIE' | 'APPROVAL_TIE',
  tied: readonly string[],
  statusQuo: string,
): Step =>
  step(
    code,
    `Égalité en tête entre ${tied.join(', ')} → le statu quo (${statusQuo}) est maintenu`,
    `Tie for first place between ${tied.join(', ')} → the status quo (${statusQuo}) is kept`,
  );

/** The last step of a count over alternatives. */
export const alternativesOutcomeStep = (
  outcome: 'ADOPTED' | 'STATUS_QUO' | 'NO_QUORUM',
  winner: string | null,
  statusQuo: string,
): Step =>
  outcome === 'ADOPTED'
    ? step('OUTCOME_ADOPTED', `Résultat${NBSP}: ${winner} adoptée`, `Outcome: ${winner} adopted`)
    : outcome === 'STATUS_QUO'
      ? step(
          'OUTCOME_STATUS_QUO',
          `Résultat${NBSP}: statu quo maintenu (${statusQuo})`,
          `Outcome: status quo kept (${statusQuo})`,
        )
      : step(
          'OUTCOME_NO_QUORUM',
          `Résultat${NBSP}: quorum non atteint, statu quo maintenu (${statusQuo})`,
          `Outcome: no quorum, status quo kept (${statusQuo})`,
        );
