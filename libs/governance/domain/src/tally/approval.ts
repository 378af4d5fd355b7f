// Approval voting over competing alternatives and the status quo: each ballot approves any set of the
// alternatives (the status quo included), and the alternative approved by the most ballots wins. The same
// rules as the Schulze count then apply (docs/domain/governance.md#approval-voting): a tie at the top keeps
// the status quo; the winner must beat the status quo by the kind's majority, counted on the ballots that
// approve exactly one of the two (approving both or neither expresses no preference between them); and quorum
// (ballots cast / electorate, inclusive) must be met. O(B·k) for B ballots approving k each.
import {
  statusQuoIndex,
  type AlternativesInput,
  type AlternativesOutcome,
  type AlternativesResult,
} from './alternatives.js';
import { exceeds, reaches } from '../ratio.js';
import { formatInt, formatRatio, formatShare, NBSP } from './format.js';
import { assertCount, resolveSettings } from './settings.js';
import { alternativesOutcomeStep, quorumStep, step, topTieStep, type Step } from './steps.js';

/** The alternatives a ballot approves; an empty list is a blank ballot (it counts for turnout). */
export type Approval = readonly string[];

/** An approval cast with a weight (aggregated identical ballots, or delegated weight). */
export interface WeightedApproval {
  readonly approved: Approval;
  readonly weight: number;
}

export type ApprovalBallot = Approval | WeightedApproval;

export type ApprovalOutcome = AlternativesOutcome;

export type ApprovalInput = AlternativesInput<ApprovalBallot>;

/** `ranking` is by approvals, most approved first; `winner` the unique most approved alternative. */
export interface ApprovalResult extends AlternativesResult {
  /** approvals[i] = weight of ballots approving alternatives[i]. */
  readonly approvals: readonly number[];
  /** Ballots approving the winner but not the status quo, and the reverse (0 and 0 without a winner). */
  readonly headToHead: { readonly forWinner: number; readonly forStatusQuo: number };
}

interface ApprovalCounts {
  readonly approvals: Float64Array;
  /** withStatusQuo[i] = weight of ballots approving both alternatives[i] and the status quo. */
  readonly withStatusQuo: Float64Array;
  readonly turnout: number;
}

const countApprovals = (
  alternatives: readonly string[],
  statusQuo: number,
  ballots: readonly ApprovalBallot[],
): ApprovalCounts => {
  const n = alternatives.length;
  const index = new Map<string, number>();
  alternatives.forEach((id, i) => index.set(id, i));
  const approvals = new Float64Array(n);
  const withStatusQuo = new Float64Array(n);
  // stamp[i] === b marks alternative i as approved by ballot b, without clearing an array per ballot.
  const stamp = new Int32Array(n).fill(-1);
  let turnout = 0;
  for (let b = 0; b < ballots.length; b += 1) {
    const ballot = ballots[b] as ApprovalBallot;
    const approved: Approval = Array.isArray(ballot) ? ballot : (ballot as WeightedApproval).approved;
    const weight = Array.isArray(ballot) ? 1 : (ballot as WeightedApproval).weight;
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`ballot ${b} has an invalid weight ${weight}`);
    }
    turnout += weight;
    for (const id of approved) {
      const i = index.get(id);
      if (i === undefined) throw new RangeError(`ballot ${b} approves unknown alternative ${id}`);
      if (stamp[i] === b) throw new RangeError(`ballot ${b} approves ${id} twice`);
      stamp[i] = b;
      approvals[i] = (approvals[i] as number) + weight;
    }
    if (stamp[statusQuo] === b) {
      for (const id of approved) {
        const i = index.get(id) as number;
        withStatusQuo[i] = (withStatusQuo[i] as number) + weight;
      }
    }
  }
  return { approvals, withStatusQuo, turnout };
};

/** Tiers of equal approval counts, most approved first; ties keep the alternatives' listed order. */
const rankByApprovals = (alternatives: readonly string[], approvals: Float64Array): string[][] => {
  const order = alternatives
    .map((_, i) => i)
    .sort((a, b) => (approvals[b] as number) - (approvals[a] as number));
  const tiers: string[][] = [];
  let previous = Number.NaN;
  for (const i of order) {
    const count = approvals[i] as number;
    if (count !== previous) tiers.push([]);
    (tiers[tiers.length - 1] as string[]).push(alternatives[i] as string);
    previous = count;
  }
  return tiers;
};

export const tallyApproval = (input: ApprovalInput): ApprovalResult => {
  const { quorum, adoption } = resolveSettings(input);
  const { alternatives, statusQuo, electorate } = input;
  assertCount(electorate, 'electorate');
  const sq = statusQuoIndex(alternatives, statusQuo);
  const { approvals, withStatusQuo, turnout } = countApprovals(alternatives, sq, input.ballots);
  if (turnout > electorate) throw new RangeError(`${turnout} ballots exceed the electorate of ${electorate}`);

  const ranking = rankByApprovals(alternatives, approvals);
  const first = ranking[0] ?? [];
  const winner = first.length === 1 ? (first[0] as string) : null;
  const w = winner === null ? -1 : alternatives.indexOf(winner);
  const both = w < 0 ? 0 : (withStatusQuo[w] as number);
  const forWinner = w < 0 ? 0 : (approvals[w] as number) - both;
  const forStatusQuo = w < 0 ? 0 : (approvals[sq] as number) - both;
  const beatsStatusQuo =
    w >= 0 &&
    w !== sq &&
    forWinner + forStatusQuo > 0 &&
    exceeds(forWinner, forWinner + forStatusQuo, adoption);
  const quorumMet = electorate > 0 && reaches(turnout, electorate, quorum);
  const outcome: ApprovalOutcome = !quorumMet ? 'NO_QUORUM' : beatsStatusQuo ? 'ADOPTED' : 'STATUS_QUO';

  const counted = (lang: 'fr' | 'en'): string =>
    ranking
      .map((tier) =>
        tier
          .map((id) => `${id} (${formatInt(approvals[alternatives.indexOf(id)] as number, lang)})`)
          .join(' = '),
      )
      .join(' > ');
  const steps: Step[] = [
    step(
      'BALLOTS',
      `Bulletins${NBSP}: ${formatInt(turnout, 'fr')} bulletins d'approbation sur ${formatInt(alternatives.length, 'fr')} options`,
      `Ballots: ${formatInt(turnout, 'en')} approval ballots over ${formatInt(alternatives.length, 'en')} alternatives`,
    ),
    quorumStep(turnout, electorate, quorum, quorumMet),
    step('APPROVAL_RANKING', `Approbations${NBSP}: ${counted('fr')}`, `Approvals: ${counted('en')}`),
  ];
  if (winner === null) {
    steps.push(topTieStep('APPROVAL_TIE', first, statusQuo));
  } else if (w === sq) {
    steps.push(
      step(
        'WINNER_IS_STATUS_QUO',
        `L'option la plus approuvée est le statu quo (${statusQuo})`,
        `The most approved alternative is the status quo (${statusQuo})`,
      ),
    );
  } else {
    const total = forWinner + forStatusQuo;
    steps.push(
      step('APPROVAL_WINNER', `Option la plus approuvée${NBSP}: ${winner}`, `Most approved: ${winner}`),
      step(
        beatsStatusQuo ? 'BEATS_STATUS_QUO' : 'DOES_NOT_BEAT_STATUS_QUO',
        `${winner} contre le statu quo ${statusQuo}${NBSP}: ${formatInt(forWinner, 'fr')} bulletins approuvent ` +
          `${winner} sans le statu quo, ${formatInt(forStatusQuo, 'fr')} l'inverse ` +
          `(${formatShare(forWinner, total, 'fr', adoption)}), plus de ${formatRatio(adoption, 'fr')} requis → ` +
          (beatsStatusQuo ? 'battu' : 'non battu'),
        `${winner} against the status quo ${statusQuo}: ${formatInt(forWinner, 'en')} ballots approve ` +
          `${winner} but not the status quo, ${formatInt(forStatusQuo, 'en')} the reverse ` +
          `(${formatShare(forWinner, total, 'en', adoption)}), more than ${formatRatio(adoption, 'en')} required → ` +
          (beatsStatusQuo ? 'beaten' : 'not beaten'),
      ),
    );
  }
  steps.push(alternativesOutcomeStep(outcome, winner, statusQuo));
  return Object.freeze({
    alternatives: Object.freeze([...alternatives]),
    approvals: Object.freeze(Array.from(approvals)),
    ranking,
    winner,
    headToHead: Object.freeze({ forWinner, forStatusQuo }),
    beatsStatusQuo,
    turnout,
    quorumMet,
    outcome,
    adopted: outcome === 'ADOPTED' ? winner : null,
    steps: Object.freeze(steps),
  });
};
