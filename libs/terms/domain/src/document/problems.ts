// What can be wrong with a version of the terms, as values: each problem names the article and the field
// path (`articles.3.title.fr`) so an editor can point at it, with a message in both languages.
import { type Lang, type LocalizedText, type Problem } from '@lovecando/shared-util';

export const TERMS_PROBLEM_CODES = [
  'NO_ARTICLES',
  'INVALID_ID',
  'DUPLICATE_ID',
  'EMPTY_TITLE',
  'EMPTY_BODY',
  'RAW_HTML',
  'UNSAFE_LINK',
] as const;
export type TermsProblemCode = (typeof TERMS_PROBLEM_CODES)[number];

/** `path` is where in the list of articles, e.g. `articles.3.body.fr` (0-based, like the array it names). */
export interface TermsProblem extends Problem<TermsProblemCode> {
  /** The article concerned (as written, even when the id itself is the problem); null for the whole text. */
  readonly articleId: string | null;
}

/** The Markdown fields that are checked for raw HTML and links. */
export type MarkdownField = 'body' | 'summary';

const LANGUAGE_NAME: Readonly<Record<Lang, LocalizedText>> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
};

const FIELD_NAME: Readonly<Record<'title' | MarkdownField, LocalizedText>> = {
  title: { fr: 'Le titre', en: 'title' },
  body: { fr: 'Le texte', en: 'body' },
  summary: { fr: 'Le résumé', en: 'summary' },
};

/** Long offending snippets are cut so a message stays one readable line. */
function excerpt(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** "Le titre (anglais) de l’article 3" / "The English title of article 3". */
function where(field: 'title' | MarkdownField, lang: Lang, number: number): LocalizedText {
  return {
    fr: `${FIELD_NAME[field].fr} (${LANGUAGE_NAME[lang].fr}) de l’article ${number}`,
    en: `The ${LANGUAGE_NAME[lang].en} ${FIELD_NAME[field].en} of article ${number}`,
  };
}

export const problemMessages = {
  noArticles: (): LocalizedText => ({
    fr: 'Les conditions doivent contenir au moins un article.',
    en: 'The terms must contain at least one article.',
  }),
  invalidId: (id: string): LocalizedText => ({
    fr: `L’identifiant « ${excerpt(id)} » n’est pas valide : lettres minuscules, chiffres et traits d’union, 64 caractères au plus, sans trait d’union au début.`,
    en: `The id "${excerpt(id)}" is not valid: use lower-case letters, digits and hyphens, at most 64 characters, not starting with a hyphen.`,
  }),
  duplicateId: (id: string, firstNumber: number): LocalizedText => ({
    fr: `L’identifiant « ${id} » est déjà celui de l’article ${firstNumber}.`,
    en: `The id "${id}" is already used by article ${firstNumber}.`,
  }),
  empty: (field: 'title' | 'body', lang: Lang, number: number): LocalizedText => {
    const at = where(field, lang, number);
    return { fr: `${at.fr} est vide.`, en: `${at.en} is empty.` };
  },
  rawHtml: (field: MarkdownField, lang: Lang, number: number, html: string): LocalizedText => {
    const at = where(field, lang, number);
    return {
      fr: `${at.fr} contient du HTML brut (« ${excerpt(html)} »), qui n’est pas autorisé.`,
      en: `${at.en} contains raw HTML ("${excerpt(html)}"), which is not allowed.`,
    };
  },
  unsafeLink: (field: MarkdownField, lang: Lang, number: number, url: string): LocalizedText => {
    const at = where(field, lang, number);
    return {
      fr: `${at.fr} contient un lien « ${excerpt(url)} » : seuls les liens http, https, mailto et relatifs sont autorisés.`,
      en: `${at.en} contains a link "${excerpt(url)}": only http, https, mailto and relative links are allowed.`,
    };
  },
};
