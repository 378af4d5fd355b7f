// A small, readable terms document for the golden scenario specs: five articles with short texts in French
// and English, and helpers to build drafts and versions without ceremony.
import { type LocalizedText } from '@lovecando/shared-util';
import { createVersion } from '../document/version.js';
import { type ArticleDraft, type TermsVersion } from '../document/types.js';

export const text = (en: string, fr: string): LocalizedText => ({ fr, en });

export function draft(
  id: string,
  title: LocalizedText,
  body: LocalizedText,
  summary: LocalizedText = text('', ''),
): ArticleDraft {
  return { id, title, body, summary };
}

/** createVersion that must succeed: a failure here is a broken fixture, not a scenario. */
export function version(drafts: readonly ArticleDraft[]): TermsVersion {
  const created = createVersion(drafts);
  if (!created.ok) throw new Error(`fixture is invalid: ${JSON.stringify(created.errors)}`);
  return created.version;
}

export const MEMBERSHIP = draft(
  'membership',
  text('Membership', 'Adhésion'),
  text('Any adult may join the foundation.', 'Toute personne majeure peut adhérer à la fondation.'),
  text('You can join.', 'Vous pouvez adhérer.'),
);
export const DATA = draft(
  'data',
  text('Your data', 'Vos données'),
  text('The foundation holds your data in trust.', 'La fondation détient vos données en fiducie.'),
  text('Your data stays yours.', 'Vos données restent à vous.'),
);
export const CONSENT = draft(
  'consent',
  text('Consent', 'Consentement'),
  text('You may withdraw your consent at any time.', 'Vous pouvez retirer votre consentement à tout moment.'),
  text('You can say no.', 'Vous pouvez refuser.'),
);
export const GOVERNANCE = draft(
  'governance',
  text('Governance', 'Gouvernance'),
  text(
    'Members vote on every change to these terms.',
    'Les membres votent chaque modification de ces conditions.',
  ),
  text('You decide.', 'Vous décidez.'),
);
export const LEAVING = draft(
  'leaving',
  text('Leaving', 'Départ'),
  text('You may leave and take your data with you.', 'Vous pouvez partir avec vos données.'),
  text('You can go.', 'Vous pouvez partir.'),
);

/** membership, data, consent, governance, leaving: articles 1 to 5. */
export function baseTerms(): TermsVersion {
  return version([MEMBERSHIP, DATA, CONSENT, GOVERNANCE, LEAVING]);
}
