// Codes every scope may answer with: bad input, access, limits and time values. A scope's own union
// (`<scope>.errors.ts`) adds its specific codes to these.
import { defineErrors } from './error-catalogue.js';

export const commonErrors = defineErrors({
  BAD_USER_INPUT: {
    en: 'An input value is not acceptable; `field` names it.',
    fr: 'Une valeur saisie n’est pas acceptable ; `field` la désigne.',
  },
  BAD_REQUEST: {
    en: 'The request itself is malformed.',
    fr: 'La requête elle-même est mal formée.',
  },
  UNAUTHENTICATED: {
    en: 'This needs a signed-in account.',
    fr: 'Il faut être connecté.',
  },
  ACCOUNT_NOT_ACTIVE: {
    en: 'This needs an active account (confirmed and not suspended).',
    fr: 'Il faut un compte actif (confirmé et non suspendu).',
  },
  FORBIDDEN: {
    en: 'The signed-in account may not do this.',
    fr: 'Le compte connecté n’a pas le droit de faire cela.',
  },
  NOT_FOUND: {
    en: 'Nothing matches what was asked for.',
    fr: 'Rien ne correspond à la demande.',
  },
  TOO_MANY_ATTEMPTS: {
    en: 'Too many attempts: try again later (`details.retryAfterSeconds`).',
    fr: 'Trop de tentatives : réessayez plus tard (`details.retryAfterSeconds`).',
  },
  SERVER_BUSY: {
    en: 'The server is busy with this kind of work: try again in a moment.',
    fr: 'Le serveur est occupé par ce type de travail : réessayez dans un instant.',
  },
  BAD_DATE: {
    en: 'A date is not a valid instant (RFC 3339 expected).',
    fr: 'Une date n’est pas un instant valide (RFC 3339 attendu).',
  },
  INVALID_TIME: {
    en: 'A time is not valid (epoch milliseconds expected).',
    fr: 'Une heure n’est pas valide (millisecondes depuis l’époque Unix attendues).',
  },
});

export type CommonErrorCode = keyof typeof commonErrors;
