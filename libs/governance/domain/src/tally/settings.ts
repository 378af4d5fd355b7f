// Which thresholds a tally applies: the defaults of a proposal kind, or explicit settings (a demo or a
// configured process). Only quorum and adoption matter to counting.
import { DEFAULT_SETTINGS, type ProcessSettings, type ProposalKind } from '../process-settings.js';
import { assertRatio } from '../ratio.js';

export type TallySettings = Pick<ProcessSettings, 'quorum' | 'adoption'>;

export type TallyRules = { readonly kind: ProposalKind } | { readonly settings: TallySettings };

/**
 * Explicit thresholds are checked here, before any count, so a tally never publishes one the recount would
 * call malformed (a 0 % quorum, or a fraction that is not of whole numbers).
 */
export const resolveSettings = (rules: TallyRules): TallySettings => {
  if (!('settings' in rules)) return DEFAULT_SETTINGS[rules.kind];
  assertRatio(rules.settings.quorum, 'the quorum');
  assertRatio(rules.settings.adoption, 'the adoption threshold');
  return rules.settings;
};

/** A frozen electorate is a count of members: a non-negative integer. */
export const assertCount = (value: number, what: string): void => {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
};
