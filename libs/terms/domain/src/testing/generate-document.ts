// Deterministic test documents for specs and benchmarks (exported for tools/bench/terms.mjs, not for
// production use): a version of N articles and about W words per language, and change sets of K valid
// operations against it. Same seed, same output, on every machine.
import { type LocalizedText } from '@lovecando/shared-util';
import { applyChangeSet } from '../amendment/apply.js';
import { createVersion } from '../document/version.js';
import { type ArticleDraft, type ChangeSet, type Operation, type TermsVersion } from '../document/types.js';

/** mulberry32: a tiny, fast, seedable PRNG; good enough to vary test data, never for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = {
  fr: `membre fondation données consentement registre décision service finalité conseil vote assemblée
    droit accès retrait publication durée conservation partage recherche santé personne accord règle texte
    article modification délai mois année demande réponse information transparence usage traitement
    sécurité chiffrement compte suppression export statistiques justification proposition ratification
    le la les un une des du de et ou à pour par avec sans dans chaque tout toute peut doit reste sera`,
  en: `member foundation data consent register decision service purpose board vote assembly right access
    withdrawal publication period retention sharing research health person agreement rule text article
    change delay month year request answer information transparency use processing security encryption
    account deletion export statistics reason proposal ratification the a an of and or to for by with
    without in each every any may must remains will`,
};
const WORDS = { fr: VOCABULARY.fr.split(/\s+/), en: VOCABULARY.en.split(/\s+/) };
const LINKS = ['https://lovecando.org/registre', 'mailto:contact@lovecando.org', '#article-1', '../privacy'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function phrase(random: Random, lang: 'fr' | 'en', count: number): string {
  return Array.from({ length: count }, () => pick(random, WORDS[lang])).join(' ');
}

/** `count` words in sentences and paragraphs, sometimes with a two-word link. */
function markdown(random: Random, lang: 'fr' | 'en', count: number, withLink: boolean): string {
  const words = Array.from({ length: count }, () => pick(random, WORDS[lang]));
  if (withLink && count >= 4) {
    const at = Math.floor(random() * (count - 1));
    words[at] = `[${words[at] ?? ''}`;
    words[at + 1] = `${words[at + 1] ?? ''}](${pick(random, LINKS)})`;
  }
  let text = '';
  let sentence = 0;
  let sentences = 0;
  words.forEach((word, index) => {
    text += sentence === 0 ? capital(word) : word;
    sentence += 1;
    const last = index === words.length - 1;
    if (last || (sentence >= 8 && random() < 0.2)) {
      text += '.';
      sentence = 0;
      sentences += 1;
      if (!last) text += sentences % 4 === 0 ? '\n\n' : ' ';
    } else {
      text += ' ';
    }
  });
  return text;
}

function localized(make: (lang: 'fr' | 'en') => string): LocalizedText {
  return { fr: make('fr'), en: make('en') };
}

function article(random: Random, id: string, words: number): ArticleDraft {
  const withLink = random() < 0.2;
  return {
    id,
    title: localized((lang) => capital(phrase(random, lang, 2 + Math.floor(random() * 3)))),
    body: localized((lang) => markdown(random, lang, words, withLink)),
    summary: localized((lang) => capital(`${phrase(random, lang, 12 + Math.floor(random() * 8))}.`)),
  };
}

export interface DocumentShape {
  readonly articles: number;
  /** Words of the bodies in each language, spread evenly over the articles. */
  readonly words: number;
  readonly seed?: number;
}

/** A valid version with ids `article-1` … `article-N`. */
export function generateDocument({ articles, words, seed = 1 }: DocumentShape): TermsVersion {
  const random = seededRandom(seed);
  const drafts = Array.from({ length: articles }, (_, index) =>
    article(
      random,
      `article-${index + 1}`,
      Math.floor(words / articles) + (index < words % articles ? 1 : 0),
    ),
  );
  const created = createVersion(drafts);
  if (!created.ok) throw new Error(`generated document is invalid: ${created.errors[0]?.message.en ?? ''}`);
  return created.version;
}

/** A few words replaced, inserted or deleted, away from link syntax so links stay links. */
function edit(random: Random, lang: 'fr' | 'en', text: string, edits: number): string {
  const tokens = text.split(' ');
  for (let n = 0; n < edits; n += 1) {
    const at = Math.floor(random() * tokens.length);
    const token = tokens[at] ?? '';
    if (/[[\]\n.]/.test(token)) continue;
    const choice = random();
    if (choice < 0.5) tokens[at] = pick(random, WORDS[lang]);
    else if (choice < 0.8) tokens.splice(at, 0, pick(random, WORDS[lang]));
    else if (tokens.length > 8) tokens.splice(at, 1);
  }
  return tokens.join(' ');
}

export interface ChangeSetShape {
  readonly operations: number;
  readonly seed?: number;
  /** The kinds to draw from, uniformly; repeat a kind to make it likelier. Default: mostly replaces. */
  readonly kinds?: readonly Operation['op'][];
  /** Touch each existing article at most once (e.g. "50 changed articles"). Default false. */
  readonly distinct?: boolean;
}

const DEFAULT_KINDS: readonly Operation['op'][] = [
  'replace',
  'replace',
  'replace',
  'insertAfter',
  'delete',
  'move',
];

/** A change set of `operations` valid operations against `version`, each applying after the previous. */
export function generateChangeSet(version: TermsVersion, shape: ChangeSetShape): ChangeSet {
  const { operations: count, seed = 1, kinds = DEFAULT_KINDS, distinct = false } = shape;
  const random = seededRandom(seed);
  const order = version.articles.map((a) => a.id);
  const contents = new Map<string, ArticleDraft>(version.articles.map((a) => [a.id, a]));
  const touched = new Set<string>();
  const averageWords = Math.max(
    8,
    Math.round(
      version.articles.reduce((sum, a) => sum + a.body.en.split(' ').length, 0) / Math.max(1, order.length),
    ),
  );
  const operations: Operation[] = [];
  let inserted = 0;
  let attempts = 0;
  const candidate = (): string | undefined => {
    const free = distinct ? order.filter((id) => !touched.has(id)) : order;
    return free.length > 0 ? pick(random, free) : undefined;
  };
  while (operations.length < count && attempts < count * 20) {
    attempts += 1;
    const kind = pick(random, kinds);
    if (kind === 'insertAfter') {
      inserted += 1;
      const id = `new-${seed}-${inserted}`;
      const draft = article(random, id, averageWords);
      const after = random() < 0.1 || order.length === 0 ? null : pick(random, order);
      operations.push({ op: 'insertAfter', after, article: draft });
      order.splice(after === null ? 0 : order.indexOf(after) + 1, 0, id);
      contents.set(id, draft);
      touched.add(id);
      continue;
    }
    const id = candidate();
    if (id === undefined) break;
    const current = contents.get(id);
    if (current === undefined) continue;
    if (kind === 'delete') {
      if (order.length < 2) continue;
      operations.push({ op: 'delete', id });
      order.splice(order.indexOf(id), 1);
      contents.delete(id);
    } else if (kind === 'move') {
      const others = order.filter((other) => other !== id);
      if (others.length === 0) continue;
      const after = random() < 0.1 ? null : pick(random, others);
      operations.push({ op: 'move', id, after });
      order.splice(order.indexOf(id), 1);
      order.splice(after === null ? 0 : order.indexOf(after) + 1, 0, id);
    } else {
      const edits = 2 + Math.floor(random() * 5);
      const set: { title?: LocalizedText; body?: LocalizedText; summary?: LocalizedText } = {
        body: localized((lang) => edit(random, lang, current.body[lang], edits)),
      };
      if (random() < 0.2)
        set.title = localized((lang) => capital(phrase(random, lang, 2 + Math.floor(random() * 3))));
      if (random() < 0.3) set.summary = localized((lang) => edit(random, lang, current.summary[lang], 2));
      operations.push({ op: 'replace', id, set });
      contents.set(id, { ...current, ...set });
    }
    touched.add(id);
  }
  return { base: version.hash, operations };
}

/** The version a generated change set leads to (it always applies). */
export function applyGenerated(version: TermsVersion, changeSet: ChangeSet): TermsVersion {
  const applied = applyChangeSet(version, changeSet);
  if (!applied.ok) throw new Error(`generated change set does not apply: ${applied.error.message.en}`);
  return applied.version;
}
