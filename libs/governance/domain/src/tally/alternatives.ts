// What every count over competing alternatives and the status quo shares
// (docs/domain/governance.md#competing-alternatives): its input besides the shape of a ballot, the decision
// it reaches, and the check of the alternatives themselves.
import { type TallyRules } from './settings.js';
import { type Step } from './steps.js';

export type AlternativesOutcome = 'ADOPTED' | 'STATUS_QUO' | 'NO_QUORUM';

export type AlternativesInput<Ballot> = TallyRules & {
  /** Every alternative on the ballot, the status quo included. */
  readonly alternatives: readonly string[];
  readonly statusQuo: string;
  readonly ballots: readonly Ballot[];
  /** Active members when voting opened. */
  readonly electorate: number;
};

export interface AlternativesResult {
  readonly alternatives: readonly string[];
  /** Best first; alternatives in a tier are tied. */
  readonly ranking: readonly (readonly string[])[];
  /** The unique first alternative, or null when the first tier is a tie. */
  readonly winner: string | null;
  /** The winner beats the status quo by the kind's majority in the direct count. */
  readonly beatsStatusQuo: boolean;
  readonly turnout: number;
  readonly quorumMet: boolean;
  readonly outcome: AlternativesOutcome;
  /** The adopted alternative when outcome is ADOPTED, else null. */
  readonly adopted: string | null;
  readonly steps: readonly Step[];
}

/** Refuses duplicate ids and a status quo that is not on the ballot; returns the status quo's index. */
export const statusQuoIndex = (alternatives: readonly string[], statusQuo: string): number => {
  if (new Set(alternatives).size !== alternatives.length) throw new RangeError('duplicate alternative ids');
  const index = alternatives.indexOf(statusQuo);
  if (index < 0) throw new RangeError(`status quo ${statusQuo} is not an alternative`);
  return index;
};
