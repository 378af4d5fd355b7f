// Word-level differences between two texts as runs. Whitespace is a token of its own, so the equal and
// deleted runs spell the old text exactly and the equal and inserted runs the new one; a lone space that
// the diff happened to match between two changes is folded into them, so "a [-b-]{+x+} {+y +}c" reads
// "a [-b-]{+x y+} c".
import { diffWordsWithSpace } from 'diff';
import { type Run, type RunKind } from './types.js';

// Beyond this many edited tokens a word diff is slow and unreadable anyway: the text is shown as replaced.
const MAX_EDIT_LENGTH = 1500;
const SPACE_ONLY = /^\s+$/;
const LEADING_SPACE = /^\s*/;
const TRAILING_SPACE = /\s*$/;

/** Appends a run, merging it into the previous one when they have the same kind. */
function push(runs: Run[], kind: RunKind, text: string): void {
  if (text === '') return;
  const last = runs.at(-1);
  if (last !== undefined && last.kind === kind) runs[runs.length - 1] = { kind, text: last.text + text };
  else runs.push({ kind, text });
}

/** Common leading or trailing whitespace of two strings. */
function sharedSpace(a: string, b: string, edge: RegExp): string {
  const x = edge.exec(a)?.[0] ?? '';
  const y = edge.exec(b)?.[0] ?? '';
  if (edge === LEADING_SPACE) {
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
    return x.slice(0, n);
  }
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n += 1;
  return x.slice(x.length - n);
}

/** Emits a changed stretch as one deletion and one insertion, whitespace common to both kept equal. */
function flush(runs: Run[], deleted: string, inserted: string): void {
  const lead = sharedSpace(deleted, inserted, LEADING_SPACE);
  const rest = (text: string) => text.slice(lead.length);
  const trail = sharedSpace(rest(deleted), rest(inserted), TRAILING_SPACE);
  const core = (text: string) => rest(text).slice(0, rest(text).length - trail.length);
  push(runs, 'equal', lead);
  push(runs, 'delete', core(deleted));
  push(runs, 'insert', core(inserted));
  push(runs, 'equal', trail);
}

export function wordRuns(before: string, after: string): Run[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  if (before === '') return [{ kind: 'insert', text: after }];
  if (after === '') return [{ kind: 'delete', text: before }];
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) {
    return [
      { kind: 'delete', text: before },
      { kind: 'insert', text: after },
    ];
  }
  const runs: Run[] = [];
  let deleted = '';
  let inserted = '';
  // Whitespace matched inside a changed stretch, kept aside until we know whether the stretch goes on.
  let gap = '';
  for (const change of changes) {
    if (change.added || change.removed) {
      deleted += gap;
      inserted += gap;
      gap = '';
      if (change.added) inserted += change.value;
      else deleted += change.value;
    } else if ((deleted !== '' || inserted !== '') && SPACE_ONLY.test(change.value)) {
      gap += change.value;
    } else {
      flush(runs, deleted, inserted);
      deleted = '';
      inserted = '';
      push(runs, 'equal', gap + change.value);
      gap = '';
    }
  }
  flush(runs, deleted, inserted);
  push(runs, 'equal', gap);
  return runs;
}
