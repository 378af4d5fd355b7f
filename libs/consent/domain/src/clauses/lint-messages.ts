// The words of every lint problem, in French and English. One entry per stable code.
import { type LocalizedText } from '@lovecando/shared-util';

export const LINT_MESSAGES = {
  DUPLICATE_CLAUSE_ID: {
    fr: 'Deux clauses portent le même identifiant.',
    en: 'Two clauses have the same id.',
  },
  CONSENT_NEEDS_OPT_IN: {
    fr: 'Une autorisation fondée sur le consentement exige un accord préalable (opt-in) du membre.',
    en: 'A permit based on consent needs the member to opt in.',
  },
  LEGITIMATE_INTEREST_NEEDS_OPT_OUT: {
    fr: 'Une autorisation fondée sur l’intérêt légitime doit au moins laisser le membre s’y opposer (opt-out).',
    en: 'A permit based on legitimate interest must at least let the member object (opt-out).',
  },
  SPECIAL_CATEGORY_NEEDS_EXPLICIT_OPT_IN: {
    fr: 'Les données sensibles (art. 9 du RGPD) exigent un consentement explicite.',
    en: 'Special categories of data (GDPR art. 9) need explicit opt-in.',
  },
  NO_CONTROL_NEEDS_NON_CONSENT_BASIS: {
    fr: 'Sans contrôle du membre, la base légale doit être le contrat, une obligation légale ou l’intérêt vital.',
    en: 'Without member control the legal basis must be contract, legal obligation or vital interest.',
  },
  PERMIT_NEEDS_RETENTION: {
    fr: 'Une autorisation doit fixer une durée de conservation en jours.',
    en: 'A permit must set a retention period in days.',
  },
  FLOOR_MUST_PROHIBIT: {
    fr: 'Seule une interdiction peut être une règle de la charte.',
    en: 'Only a prohibit can be a charter floor.',
  },
  UNKNOWN_CATEGORY: {
    fr: 'Catégorie de données inconnue de la taxonomie.',
    en: 'Data category not in the taxonomy.',
  },
  UNKNOWN_PURPOSE: { fr: 'Finalité inconnue de la taxonomie.', en: 'Purpose not in the taxonomy.' },
  UNKNOWN_OPERATION: { fr: 'Opération inconnue de la taxonomie.', en: 'Operation not in the taxonomy.' },
  UNKNOWN_RECIPIENT: { fr: 'Destinataire non enregistré.', en: 'Recipient not registered.' },
  EMPTY_SELECTOR: {
    fr: 'La liste est vide : la clause ne s’appliquerait à rien.',
    en: 'The list is empty: the clause would apply to nothing.',
  },
  OVERLAPPING_DUPLICATE: {
    fr: 'Cette clause est entièrement couverte par une autre clause de même effet.',
    en: 'This clause is entirely covered by another clause with the same effect.',
  },
  BAD_DATE: {
    fr: 'Date invalide : une date (AAAA-MM-JJ) ou une date et heure RFC 3339 avec fuseau horaire, qui existe.',
    en: 'Invalid date: a date (YYYY-MM-DD) or an RFC 3339 date-time with a time zone, that exists.',
  },
  VALIDITY_ENDS_BEFORE_START: {
    fr: 'La période de validité se termine avant de commencer.',
    en: 'The validity window ends before it starts.',
  },
  NOTICE_MISSING: {
    fr: 'Chaque clause a besoin d’une notice en langage clair, en français et en anglais.',
    en: 'Every clause needs a plain-language notice in French and English.',
  },
  BAD_MATERIAL_VERSION: {
    fr: 'La version matérielle doit être un entier positif.',
    en: 'The material version must be a positive whole number.',
  },
  BAD_DUTY: {
    fr: 'Obligation invalide : durée en jours entiers positifs, seuil d’agrégation d’au moins 2.',
    en: 'Invalid duty: retention in positive whole days, aggregation threshold of at least 2.',
  },
} as const satisfies Record<string, LocalizedText>;

export type LintCode = keyof typeof LINT_MESSAGES;
