// Yes/no/abstain tally of one proposal (docs/domain/governance.md#yes-no-abstain). Quorum: turnout
// (yes + no + abstain) reaches the kind's share of the frozen electorate, inclusive. Adoption:
// yes / (yes + no) strictly above the kind's threshold; with no yes or no vote at all the proposal is
// rejected. Every comparison goes through exceeds/reaches, i.e. exact integer arithmetic. Counting is O(B)
// over the ballots; the typed array path (one byte per ballot, see BALLOT_CODE) is a single histogram loop
// with no allocation.
import { exceeds, reaches } from '../ratio.js';
import { formatInt, formatRatio, formatShare, NBSP } from './format.js';
import { assertCount, resolveSettings, type TallyRules } from './settings.js';
import { quorumStep, step, type Step } from './steps.js';

export type Choice = 'yes' | 'no' | 'abstain';

export interface YesNoCounts {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** Byte codes of the compact ballot encoding; 0 is deliberately invalid so a zeroed buffer is caught. */
export const BALLOT_CODE = Object.freeze({ yes: 1, no: 2, abstain: 3 } as const);

export type YesNoOutcome = 'ADOPTED' | 'REJECTED' | 'NO_QUORUM';

export type YesNoInput = TallyRules & {
  /** Active members when voting opened. */
  readonly electorate: number;
  readonly ballots: readonly Choice[] | Uint8Array | YesNoCounts;
};

export interface YesNoResult {
  readonly counts: YesNoCounts;
  /** yes + no + abstain. */
  readonly turnout: number;
  readonly quorumMet: boolean;
  /** yes / (yes + no) strictly above the threshold (regardless of quorum). */
  readonly majority: boolean;
  /** The proposal passes: quorum met and majority reached. */
  readonly adopted: boolean;
  readonly outcome: YesNoOutcome;
  readonly steps: readonly Step[];
}

/** Fast path: one pass over byte-coded ballots into a 256-slot histogram, validated afterwards. */
export const countBallotCodes = (codes: Uint8Array): YesNoCounts => {
  const histogram = new Float64Array(256);
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] as number;
    histogram[code] = (histogram[code] as number) + 1;
  }
  const counted =
    (histogram[BALLOT_CODE.yes] as number) +
    (histogram[BALLOT_CODE.no] as number) +
    (histogram[BALLOT_CODE.abstain] as number);
  if (counted !== codes.length) {
    throw new RangeError(`${codes.length - counted} ballot(s) carry an unknown code`);
  }
  return Object.freeze({
    yes: histogram[BALLOT_CODE.yes] as number,
    no: histogram[BALLOT_CODE.no] as number,
    abstain: histogram[BALLOT_CODE.abstain] as number,
  });
};

const countChoices = (ballots: readonly Choice[]): YesNoCounts => {
  let yes = 0;
  let no = 0;
  let abstain = 0;
  for (const choice of ballots) {
    if (choice === 'yes') yes += 1;
    else if (choice === 'no') no += 1;
    else if (choice === 'abstain') abstain += 1;
    else throw new RangeError(`unknown ballot choice ${String(choice)}`);
  }
  return Object.freeze({ yes, no, abstain });
};

const toCounts = (ballots: YesNoInput['ballots']): YesNoCounts => {
  if (ballots instanceof Uint8Array) return countBallotCodes(ballots);
  if (Array.isArray(ballots)) return countChoices(ballots as readonly Choice[]);
  const { yes, no, abstain } = ballots as YesNoCounts;
  assertCount(yes, 'yes');
  assertCount(no, 'no');
  assertCount(abstain, 'abstain');
  return Object.freeze({ yes, no, abstain });
};

export const tallyYesNo = (input: YesNoInput): YesNoResult => {
  const { quorum, adoption } = resolveSettings(input);
  const { electorate } = input;
  assertCount(electorate, 'electorate');
  const counts = toCounts(input.ballots);
  const turnout = counts.yes + counts.no + counts.abstain;
  // More ballots than members means the electorate or the ballot box is wrong: refuse to publish.
  if (turnout > electorate) {
    throw new RangeError(`${turnout} ballots exceed the electorate of ${electorate}`);
  }
  // An empty electorate cannot meet a quorum, even a 0 % one: nobody was there to decide.
  const quorumMet = electorate > 0 && reaches(turnout, electorate, quorum);
  const expressed = counts.yes + counts.no;
  const majority = expressed > 0 && exceeds(counts.yes, expressed, adoption);
  const adopted = quorumMet && majority;
  const outcome: YesNoOutcome = !quorumMet ? 'NO_QUORUM' : adopted ? 'ADOPTED' : 'REJECTED';

  const steps: Step[] = [
    step(
      'BALLOTS',
      `Bulletins${NBSP}: ${formatInt(counts.yes, 'fr')} oui, ${formatInt(counts.no, 'fr')} non, ` +
        `${formatInt(counts.abstain, 'fr')} abstention(s)`,
      `Ballots: ${formatInt(counts.yes, 'en')} yes, ${formatInt(counts.no, 'en')} no, ` +
        `${formatInt(counts.abstain, 'en')} abstain`,
    ),
    quorumStep(turnout, electorate, quorum, quorumMet),
    expressed === 0
      ? step(
          'NO_EXPRESSED_VOTES',
          `Majorité${NBSP}: aucun vote oui ou non → rejetée`,
          'Majority: no yes or no vote → rejected',
        )
      : step(
          majority ? 'MAJORITY_REACHED' : 'MAJORITY_MISSED',
          `Majorité${NBSP}: ${formatShare(counts.yes, expressed, 'fr', adoption)} de oui sur ` +
            `${formatInt(expressed, 'fr')} votes oui/non, plus de ${formatRatio(adoption, 'fr')} requis → ` +
            (majority ? 'atteinte' : 'non atteinte'),
          `Majority: ${formatShare(counts.yes, expressed, 'en', adoption)} yes of ` +
            `${formatInt(expressed, 'en')} yes/no votes, more than ${formatRatio(adoption, 'en')} required → ` +
            (majority ? 'reached' : 'not reached'),
        ),
    outcome === 'ADOPTED'
      ? step('OUTCOME_ADOPTED', `Résultat${NBSP}: adoptée`, 'Outcome: adopted')
      : outcome === 'REJECTED'
        ? step('OUTCOME_REJECTED', `Résultat${NBSP}: rejetée`, 'Outcome: rejected')
        : step(
            'OUTCOME_NO_QUORUM',
            `Résultat${NBSP}: quorum non atteint, la proposition n'est pas adoptée`,
            'Outcome: no quorum, the proposal is not adopted',
          ),
  ];
  return Object.freeze({
    counts,
    turnout,
    quorumMet,
    majority,
    adopted,
    outcome,
    steps: Object.freeze(steps),
  });
};
