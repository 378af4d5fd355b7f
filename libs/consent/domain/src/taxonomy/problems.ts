// Problems found while loading a taxonomy. Codes are stable (tests, the API and the UI match on them); the
// path points into the JSON document (`categories.3.id`); messages are ready to show in French and English.
import { type LocalizedText, type Problem } from '@lovecando/shared-util';

export const TAXONOMY_PROBLEM_CODES = [
  /** Not the expected JSON structure: wrong type, missing field, unknown field. */
  'TAXONOMY_SHAPE',
  /** The same id twice within one kind. */
  'DUPLICATE_ID',
  /** An id that is not a lowercase dotted path. */
  'BAD_ID',
  /** A dotted id whose parent (or further ancestor) is not declared. */
  'MISSING_PARENT',
  /** Parent links that loop back on themselves. */
  'CYCLE',
  /** A label absent, or without a non-blank French or English text. */
  'MISSING_LABEL',
  /** A `dpv` value that is not a canonical W3C DPV IRI. */
  'BAD_DPV_IRI',
  /** A `special` flag on a purpose or an operation. */
  'SPECIAL_OUTSIDE_CATEGORIES',
] as const;
export type TaxonomyProblemCode = (typeof TAXONOMY_PROBLEM_CODES)[number];

/** The path is a dotted path into the JSON document; the empty string means the document itself. */
export type TaxonomyProblem = Problem<TaxonomyProblemCode>;

/** French quotation marks, with the non-breaking spaces French typography puts inside them. */
const q = (text: string): string => `«\u00a0${text}\u00a0»`;

export function problem(code: TaxonomyProblemCode, path: string, message: LocalizedText): TaxonomyProblem {
  return Object.freeze({ code, path, message: Object.freeze({ ...message }) });
}

/** Message texts, one builder per situation, so wording stays consistent across the loader. */
export const messages = {
  notAnObject: (what: LocalizedText): LocalizedText => ({
    fr: `${what.fr} doit être un objet JSON.`,
    en: `${what.en} must be a JSON object.`,
  }),
  notAnArray: (field: string): LocalizedText => ({
    fr: `Le champ ${q(field)} doit être une liste.`,
    en: `The field "${field}" must be an array.`,
  }),
  badVersion: (): LocalizedText => ({
    fr: 'La version doit être un texte non vide.',
    en: 'The version must be a non-empty string.',
  }),
  unknownField: (field: string): LocalizedText => ({
    fr: `Champ inconnu ${q(field)}.`,
    en: `Unknown field "${field}".`,
  }),
  idNotString: (): LocalizedText => ({
    fr: 'Chaque nœud doit avoir un identifiant textuel.',
    en: 'Every node must have a string id.',
  }),
  badId: (id: string): LocalizedText => ({
    fr:
      `L’identifiant ${q(id)} n’est pas valide\u00a0: il faut des segments séparés par des points, ` +
      'chacun commençant par une lettre minuscule, puis lettres minuscules, chiffres ou tirets.',
    en:
      `The id "${id}" is not valid: it must be dot-separated segments, each starting with a lowercase ` +
      'letter followed by lowercase letters, digits or hyphens.',
  }),
  duplicateId: (id: string, firstPath: string): LocalizedText => ({
    fr: `L’identifiant ${q(id)} est déjà utilisé (${firstPath}).`,
    en: `The id "${id}" is already used (${firstPath}).`,
  }),
  missingParent: (id: string, missing: readonly string[]): LocalizedText => ({
    fr: `${q(id)} n’a pas de parent déclaré\u00a0: il manque ${missing.map(q).join(', ')}.`,
    en: `"${id}" has no declared parent: missing ${missing.map((m) => `"${m}"`).join(', ')}.`,
  }),
  cycle: (id: string): LocalizedText => ({
    fr: `Les liens de parenté de ${q(id)} forment une boucle.`,
    en: `The parent links of "${id}" form a cycle.`,
  }),
  missingLabel: (): LocalizedText => ({
    fr: 'Le libellé doit être un objet avec un texte en français (fr) et en anglais (en).',
    en: 'The label must be an object with a French (fr) and an English (en) text.',
  }),
  missingLabelText: (language: 'fr' | 'en'): LocalizedText => ({
    fr: `Le libellé ${language === 'fr' ? 'français' : 'anglais'} est absent ou vide.`,
    en: `The ${language === 'fr' ? 'French' : 'English'} label is missing or blank.`,
  }),
  badDpvIri: (): LocalizedText => ({
    fr:
      'La valeur dpv doit être une IRI W3C DPV canonique, par exemple ' +
      'https://w3id.org/dpv/pd#Health ou https://w3id.org/dpv#Marketing.',
    en:
      'The dpv value must be a canonical W3C DPV IRI, e.g. https://w3id.org/dpv/pd#Health or ' +
      'https://w3id.org/dpv#Marketing.',
  }),
  specialNotBoolean: (): LocalizedText => ({
    fr: 'Le champ special doit valoir true ou false.',
    en: 'The special field must be true or false.',
  }),
  specialOutsideCategories: (kind: 'purpose' | 'operation'): LocalizedText => ({
    fr:
      'Seules les catégories de données peuvent être marquées comme particulières (art. 9 du RGPD), ' +
      `pas ${kind === 'purpose' ? 'les finalités' : 'les opérations'}.`,
    en: `Only data categories can be special (GDPR art. 9), not ${kind}s.`,
  }),
};
