// French syllable counting for the Kandel–Moles score, by spelling rules and without a dictionary. The
// reference is ordinary spoken French: a final mute "e", "-es" and verb-plural "-ent" are not syllables
// ("membre" 1, "parlent" 1), an inner "e" is ("re-cher-che" → "recherche" 2), and "i"/"u" before a vowel
// glide into it ("na-tion", "lieu") except after a consonant + l/r ("cli-ent", "ou-bli-er").
// Honest limits: a written "-ent" is a verb ending or a heard syllable depending on the word ("ils
// président" / "le président"); the rules say verb unless the word is a known noun, adjective or adverb,
// and "-ment" is heard unless the word is a known verb. Hiatus ("bi-o-lo-gie", "jou-er") and spoken
// elision vary between speakers and are not modelled. The accuracy on a list of common words is measured in
// syllables-fr.spec.ts.
import { spelledAcronymSyllables } from './acronyms.js';
import { isApostropheCode, isHyphenCode, isVowelCode } from './letters.js';

/** Words ending in "-ent" where the "-ent" is heard (nouns, adjectives, adverbs, verbs in the singular). */
const HEARD_ENT: ReadonlySet<string> = new Set([
  'absent',
  'accident',
  'adhérent',
  'adjacent',
  'adolescent',
  'agent',
  'antécédent',
  'apparent',
  'ardent',
  'argent',
  'cohérent',
  'compétent',
  'concurrent',
  'conséquent',
  'consent',
  'content',
  'continent',
  'convergent',
  'décent',
  'différent',
  'diligent',
  'divergent',
  'éloquent',
  'équivalent',
  'évident',
  'excellent',
  'fréquent',
  'imminent',
  'incident',
  'incohérent',
  'incompétent',
  'indifférent',
  'indulgent',
  'innocent',
  'insolent',
  'intelligent',
  'latent',
  'négligent',
  'occident',
  'parent',
  'permanent',
  'pertinent',
  'précédent',
  'président',
  'prudent',
  'récent',
  'référent',
  'régent',
  'repent',
  'ressent',
  'résident',
  'serpent',
  'souvent',
  'subséquent',
  'talent',
  'transparent',
  'urgent',
  'violent',
]);

/** Verbs in the plural ending in "-ment", where the ending is mute although "-ment" usually is heard. */
const MUTE_MENT: ReadonlySet<string> = new Set([
  'affirment',
  'aiment',
  'animent',
  'arment',
  'assument',
  'calment',
  'confirment',
  'consomment',
  'déforment',
  'dorment',
  'enferment',
  'estiment',
  'expriment',
  'ferment',
  'forment',
  'fument',
  'impriment',
  'informent',
  'nomment',
  'priment',
  'réforment',
  'renferment',
  'résument',
  'sèment',
  'suppriment',
  'transforment',
]);

/** "pays", "paysage", "paysan": "ay" is read "é-i". */
const PAYS = 'pays';
/** A consonant that, followed by l or r, makes the next "i" or "u" a syllable of its own: "cli-ent". */
const CLUSTER_HEAD = new Set(['b', 'c', 'd', 'f', 'g', 'k', 'p', 't', 'v']);
/** After a consonant + l/r, "u" before these is its own syllable ("cru-el", "in-flu-ence"), not before "i" ("bruit"). */
const U_HIATUS_BEFORE = new Set(['a', 'e', 'é', 'è', 'o']);
/** "co-opérer", "co-ordonner", "co-exister", "co-efficient"; not "coeur" written without "œ". */
const CO_PREFIX = /^co(?:o|e(?!u))./;
/** Vowels carrying a diaeresis: they start a new syllable ("na-ïf", "No-ël"). */
const DIAERESIS = new Set(['ë', 'ï', 'ü']);
/** After "qu" or "gu" + one of these, the "u" is not heard ("guerre", "guide"). */
const AFTER_SILENT_GU = new Set(['e', 'é', 'è', 'ê', 'i', 'î', 'y']);

/**
 * Number of syllables of one French word (letters, possibly with apostrophes or hyphens): at least 1 for a
 * word with a letter, 0 for a string without any. "l’article" is one word of 2 syllables.
 */
export function countSyllablesFr(word: string): number {
  const spelled = spelledAcronymSyllables(word);
  if (spelled > 0) return spelled;
  const lower = word.toLowerCase();
  if (isPlain(lower)) return countPart(lower);
  // A compound is the sum of its parts: "peut-être" = 1 + 1.
  let total = 0;
  let start = 0;
  for (let i = 0; i <= lower.length; i += 1) {
    if (i === lower.length || isHyphenCode(lower.charCodeAt(i))) {
      if (i > start) total += countPart(withoutApostrophes(lower.slice(start, i)));
      start = i + 1;
    }
  }
  return total;
}

/** Most words have neither hyphen nor apostrophe and need no splitting. */
function isPlain(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isHyphenCode(code) || isApostropheCode(code)) return false;
  }
  return true;
}

/** Apostrophes are transparent: "jusqu’à" is counted as "jusquà" (2), "aujourd’hui" as 3. */
function withoutApostrophes(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    if (isApostropheCode(text.charCodeAt(i))) return text.replace(/['’ʼ]/g, '');
  }
  return text;
}

/** `w` is lower case, without hyphens or apostrophes. */
function countPart(w: string): number {
  const n = w.length;
  const vowel = (i: number): boolean => isVowelFr(w, i);

  let count = 0;
  for (let i = 0; i < n; i += 1) {
    if (vowel(i) && (i === 0 || !vowel(i - 1) || startsSyllable(w, i))) count += 1;
  }
  if (count === 0) return /\p{L}/u.test(w) ? 1 : 0; // "pfff", "psst": a word is at least one syllable

  // "cli-ent", "ou-bli-er", "in-flu-ence": i or u after a consonant + l/r is a syllable before a vowel.
  for (let i = 2; i + 1 < n; i += 1) {
    const c = w[i];
    const next = w[i + 1] ?? '';
    const glide = (c === 'i' && vowel(i + 1)) || (c === 'u' && U_HIATUS_BEFORE.has(next));
    if (glide && (w[i - 1] === 'l' || w[i - 1] === 'r') && CLUSTER_HEAD.has(w[i - 2] ?? '')) count += 1;
  }
  if (w.startsWith(PAYS)) count += 1;
  if (CO_PREFIX.test(w)) count += 1;

  // A lone final "e" (after a consonant) is mute, and so are "-es" and the verb ending "-ent".
  const loneE = (i: number): boolean => w[i] === 'e' && i > 0 && !vowel(i - 1);
  if (count > 1) {
    if (w.endsWith('e') && loneE(n - 1)) count -= 1;
    else if (w.endsWith('es') && loneE(n - 2)) count -= 1;
    else if (w.endsWith('ent') && loneE(n - 3) && !heardEnt(w)) count -= 1;
  }
  return Math.max(1, count);
}

function heardEnt(w: string): boolean {
  if (HEARD_ENT.has(w)) return true;
  return w.endsWith('ment') && !MUTE_MENT.has(w);
}

function isVowelFr(w: string, i: number): boolean {
  if (!isVowelCode(w.charCodeAt(i))) return false;
  const c = w[i];
  if (c === 'u') {
    const prev = w[i - 1];
    if (prev === 'q') return false;
    if (prev === 'g' && AFTER_SILENT_GU.has(w[i + 1] ?? '')) return false;
    return true;
  }
  if (c === 'y' && i + 1 < w.length && isVowelCode(w.charCodeAt(i + 1))) {
    // "yeux": a consonant at the start; "moyen", "payer": between vowels it sounds like a consonant too.
    return !(i === 0 || isVowelCode(w.charCodeAt(i - 1)));
  }
  return true;
}

/** Adjacent vowels that are nevertheless two syllables: "na-ïf", "ré-u-nion", "cré-er", "po-ème". */
function startsSyllable(w: string, i: number): boolean {
  const c = w[i] ?? '';
  const prev = w[i - 1] ?? '';
  if (DIAERESIS.has(c)) return true;
  if (
    (c === 'é' || c === 'è' || c === 'ê') &&
    (prev === 'a' || prev === 'o' || prev === 'é' || prev === 'è')
  ) {
    return true;
  }
  if (prev === 'é') {
    // "année", "données", "créent": the "e" after "é" is mute at the end; "cré-er", "ré-el" it is heard.
    if (c !== 'e') return true;
    const rest = w.slice(i + 1);
    return !(rest === '' || rest === 's' || rest === 'nt');
  }
  return false;
}
