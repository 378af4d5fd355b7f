// Which thresholds a tally applies: the defaults of a proposal kind, or explicit settings (a demo or a
// configured process). Only quorum and adoption matter to counting.
import { DEFAULT_SETTINGS, type ProcessSettings, type ProposalKind } from '../process-settings.js';

export type TallySettings = Pick<ProcessSettings, 'quorum' | 'adoption'>;

export type TallyRules = { readonly kind: ProposalKind } | { readonly settings: TallySettings };

export const resolveSettings = (rules: TallyRules): TallySettings =>
  'settings' in rules ? rules.settings : DEFAULT_SETTINGS[rules.kind];

/** A frozen electorate is a count of members: a non-negative integer. */
export const assertCount = (value: number, what: string): void => {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
};
