// Refusals are values, never exceptions: the API maps the code to a status and shows the message in the
// member's language (French and English, like every user-facing text of the project).
import { type LocalizedText } from '@lovecando/shared-util';

export const LIFECYCLE_ERROR_CODES = [
  'WRONG_PHASE',
  'WINDOW_CLOSED',
  'ALREADY_VETOED',
  'ALREADY_DECIDED',
  'REASON_REQUIRED',
  'NOT_BOARD',
  'NOT_AUTHOR',
  'MISSING_INPUT',
] as const;
export type LifecycleErrorCode = (typeof LIFECYCLE_ERROR_CODES)[number];

export interface LifecycleError {
  readonly code: LifecycleErrorCode;
  readonly message: LocalizedText;
}

export const MESSAGES: Readonly<Record<LifecycleErrorCode, LocalizedText>> = Object.freeze({
  WRONG_PHASE: {
    fr: 'Cette action n’est pas possible à ce stade de la proposition.',
    en: 'This action is not possible at this stage of the proposal.',
  },
  WINDOW_CLOSED: {
    fr: 'La période pour cette action est terminée.',
    en: 'The period for this action has ended.',
  },
  ALREADY_VETOED: {
    fr: 'Cette proposition a déjà fait l’objet d’un veto ; adoptée à nouveau, elle ne peut plus être bloquée.',
    en: 'This proposal has already been vetoed once; adopted again, it can no longer be vetoed.',
  },
  ALREADY_DECIDED: {
    fr: 'Ce membre du conseil s’est déjà prononcé sur cette proposition.',
    en: 'This board member has already decided on this proposal.',
  },
  REASON_REQUIRED: { fr: 'Un veto doit être motivé publiquement.', en: 'A veto needs a public reason.' },
  NOT_BOARD: {
    fr: 'Seuls les membres du conseil peuvent ratifier ou opposer un veto.',
    en: 'Only board members can ratify or veto.',
  },
  NOT_AUTHOR: {
    fr: 'Seuls les auteurs de la proposition peuvent faire cela.',
    en: 'Only the authors of the proposal can do this.',
  },
  MISSING_INPUT: {
    fr: 'Une information nécessaire à cette action manque.',
    en: 'Information needed for this action is missing.',
  },
});

export const lifecycleError = (code: LifecycleErrorCode): LifecycleError => ({
  code,
  message: MESSAGES[code],
});

export type LifecycleResult<T> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly error: LifecycleError };
