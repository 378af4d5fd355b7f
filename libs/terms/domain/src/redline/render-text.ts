// A redline as plain text in one language, for e-mails, logs and anyone without the rich view. Each article
// that changed, moved, appeared or went away gets a header line, e.g. "Article 4 — Titre (déplacé depuis
// l’article 7)", then the fields that changed with [-deleted-] and {+inserted+} markers. A wholly inserted
// or deleted article is shown as plain text: its header already says so. Unchanged articles are left out.
import { type Lang } from '@lovecando/shared-util';
import { type Redline, type RedlineEntry, type Run } from './types.js';

const WORDS = {
  fr: {
    article: 'Article',
    inserted: 'inséré',
    deleted: 'supprimé',
    changed: 'modifié',
    movedFrom: (n: number) => `déplacé depuis l’article ${n}`,
    summary: 'Résumé : ',
    none: 'Aucune modification.',
  },
  en: {
    article: 'Article',
    inserted: 'inserted',
    deleted: 'deleted',
    changed: 'changed',
    movedFrom: (n: number) => `moved from ${n}`,
    summary: 'Summary: ',
    none: 'No changes.',
  },
} satisfies Record<Lang, unknown>;

function marked(runs: readonly Run[]): string {
  return runs
    .map((run) =>
      run.kind === 'equal' ? run.text : run.kind === 'delete' ? `[-${run.text}-]` : `{+${run.text}+}`,
    )
    .join('');
}

/** The text of the version the runs belong to, without markers. */
function plain(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

const hasChanges = (runs: readonly Run[]) => runs.some((run) => run.kind !== 'equal');

function renderEntry(entry: RedlineEntry, lang: Lang): string | null {
  const words = WORDS[lang];
  const whole = entry.status === 'inserted' || entry.status === 'deleted';
  if (!whole && entry.status !== 'changed' && entry.moved === null) return null;
  const notes: string[] = [];
  if (entry.status !== 'unchanged') notes.push(words[entry.status]);
  if (entry.moved !== null) notes.push(words.movedFrom(entry.moved.fromNumber));
  const title = entry.fields.title[lang];
  const number = entry.number ?? entry.previousNumber ?? 0;
  const lines = [
    `${words.article} ${number} — ${whole ? plain(title) : marked(title)} (${notes.join(', ')})`,
  ];
  const body = entry.fields.body[lang];
  const summary = entry.fields.summary[lang];
  if (whole) {
    lines.push(plain(body));
    if (plain(summary) !== '') lines.push(`${words.summary}${plain(summary)}`);
  } else {
    if (hasChanges(body)) lines.push(marked(body));
    if (hasChanges(summary)) lines.push(`${words.summary}${marked(summary)}`);
  }
  return lines.join('\n');
}

export function renderRedlineText(redline: Redline, lang: Lang): string {
  const blocks = redline.entries.map((entry) => renderEntry(entry, lang)).filter((block) => block !== null);
  return blocks.length > 0 ? blocks.join('\n\n') : WORDS[lang].none;
}
