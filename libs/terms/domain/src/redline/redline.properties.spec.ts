// Invariants of redlines on random small documents (fast-check).
import { LANGUAGES } from '@lovecando/shared-util';
import fc from 'fast-check';
import { type ArticleField } from '../document/types.js';
import { versionArbitrary, versionPairArbitrary } from '../testing/arbitraries.js';
import { redline } from './redline.js';
import { renderRedlineText } from './render-text.js';
import { type Run } from './types.js';
import { wordRuns } from './word-runs.js';

const RUNS = { numRuns: 200 };
const FIELDS: readonly ArticleField[] = ['title', 'body', 'summary'];
const side = (runs: readonly Run[], skip: Run['kind']) =>
  runs
    .filter((run) => run.kind !== skip)
    .map((run) => run.text)
    .join('');

describe('redline properties', () => {
  it('a version against itself has only unchanged, unmoved entries', () => {
    fc.assert(
      fc.property(versionArbitrary, (v) => {
        const result = redline(v, v);
        expect(result.entries.map((e) => [e.id, e.status, e.moved, e.number])).toEqual(
          v.articles.map((a) => [a.id, 'unchanged', null, a.number]),
        );
        expect(renderRedlineText(result, 'en')).toBe('No changes.');
      }),
      RUNS,
    );
  });

  it('lists every article of both versions once, in the order of the newer one, and runs spell both texts', () => {
    fc.assert(
      fc.property(versionPairArbitrary, ([v, w]) => {
        const result = redline(v, w);
        const ids = new Set([...v.articles, ...w.articles].map((a) => a.id));
        expect(result.entries.map((e) => e.id).sort()).toEqual([...ids].sort());
        expect(result.entries.filter((e) => e.status !== 'deleted').map((e) => e.id)).toEqual(
          w.articles.map((a) => a.id),
        );
        const older = new Map(v.articles.map((a) => [a.id, a]));
        const newer = new Map(w.articles.map((a) => [a.id, a]));
        for (const entry of result.entries) {
          for (const field of FIELDS) {
            for (const lang of LANGUAGES) {
              const runs = entry.fields[field][lang];
              expect(side(runs, 'insert')).toBe(older.get(entry.id)?.[field][lang] ?? '');
              expect(side(runs, 'delete')).toBe(newer.get(entry.id)?.[field][lang] ?? '');
              runs.forEach((run, n) => expect(run.kind).not.toBe(runs[n - 1]?.kind));
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('word runs spell both texts exactly and never repeat a kind, whatever the whitespace', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ' ', '  ', '\n', '.', 'word', 'mot,'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const runs = wordRuns(before, after);
        expect(side(runs, 'insert')).toBe(before);
        expect(side(runs, 'delete')).toBe(after);
        runs.forEach((run, n) => {
          expect(run.text).not.toBe('');
          expect(run.kind).not.toBe(runs[n - 1]?.kind);
        });
      }),
      { numRuns: 500 },
    );
  });
});
