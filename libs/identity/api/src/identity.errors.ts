// The codes the identity scope answers with, beyond the common ones, and what each means. Use cases
// throw `IdentityError`, whose code must be one of these or a common code: a misspelt code fails to
// compile, and every code reaches the schema's ErrorCode enum that the web reads.
import { CodedError, type CommonErrorCode, defineErrors } from '@lovecando/shared-util';

export const identityErrors = defineErrors({
  PASSWORD_TOO_SHORT: {
    en: 'The password is shorter than the minimum length.',
    fr: 'Le mot de passe est plus court que la longueur minimale.',
  },
  PASSWORD_TOO_LONG: {
    en: 'The password is longer than the maximum length.',
    fr: 'Le mot de passe dépasse la longueur maximale.',
  },
  PASSWORD_TOO_WEAK: {
    en: 'The password is too easy to guess (`details.hint` may say why).',
    fr: 'Le mot de passe est trop facile à deviner (`details.hint` peut dire pourquoi).',
  },
  INVALID_CREDENTIALS: {
    en: 'The email or the password is incorrect (never says which).',
    fr: 'L’adresse ou le mot de passe est incorrect (sans dire lequel).',
  },
  INVALID_TOKEN: {
    en: 'The link is invalid, already used or expired.',
    fr: 'Le lien est invalide, déjà utilisé ou expiré.',
  },
  CANNOT_CHANGE_OWN_ROLE: {
    en: 'An admin cannot change their own role.',
    fr: 'Un administrateur ne peut pas changer son propre rôle.',
  },
  CANNOT_SUSPEND_SELF: {
    en: 'An admin cannot suspend themselves.',
    fr: 'Un administrateur ne peut pas se suspendre lui-même.',
  },
  ALREADY_SUSPENDED: {
    en: 'The member is already suspended.',
    fr: 'Le membre est déjà suspendu.',
  },
  NOT_SUSPENDED: {
    en: 'The member is not suspended.',
    fr: 'Le membre n’est pas suspendu.',
  },
  LOCAL_ONLY: {
    en: 'The development outbox answers only on the machine that runs the server.',
    fr: 'La boîte d’envoi de développement ne répond que sur la machine du serveur.',
  },
});

export type IdentityErrorCode = keyof typeof identityErrors | CommonErrorCode;

/** A refusal of the identity scope. */
export class IdentityError extends CodedError<IdentityErrorCode> {}
