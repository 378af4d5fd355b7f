// The generated documents and change sets that the benchmark relies on have the promised size and apply.
import { applyChangeSet } from '../amendment/apply.js';
import { redline } from '../redline/redline.js';
import { generateChangeSet, generateDocument, seededRandom } from './generate-document.js';

const wordCount = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

describe('generateDocument', () => {
  const document = generateDocument({ articles: 60, words: 20_000, seed: 7 });

  it('has the asked number of articles and of body words in each language', () => {
    expect(document.articles).toHaveLength(60);
    for (const lang of ['fr', 'en'] as const) {
      expect(document.articles.reduce((sum, a) => sum + wordCount(a.body[lang]), 0)).toBe(20_000);
    }
  });

  it('is deterministic for a seed and different for another', () => {
    expect(generateDocument({ articles: 60, words: 20_000, seed: 7 }).hash).toBe(document.hash);
    expect(generateDocument({ articles: 60, words: 20_000, seed: 8 }).hash).not.toBe(document.hash);
    expect([seededRandom(1)(), seededRandom(1)()]).toEqual([seededRandom(1)(), seededRandom(1)()]);
  });
});

describe('generateChangeSet', () => {
  const document = generateDocument({ articles: 60, words: 20_000, seed: 7 });

  it('makes K operations of every kind that apply in order', () => {
    const changeSet = generateChangeSet(document, { operations: 50, seed: 3 });
    expect(changeSet.operations).toHaveLength(50);
    expect(new Set(changeSet.operations.map((op) => op.op))).toEqual(
      new Set(['insertAfter', 'replace', 'delete', 'move']),
    );
    expect(applyChangeSet(document, changeSet).ok).toBe(true);
  });

  it('can change K distinct articles, as the redline benchmark needs', () => {
    const changeSet = generateChangeSet(document, {
      operations: 50,
      seed: 4,
      kinds: ['replace'],
      distinct: true,
    });
    const applied = applyChangeSet(document, changeSet);
    if (!applied.ok) throw new Error(applied.error.message.en);
    expect(redline(document, applied.version).entries.filter((e) => e.status === 'changed')).toHaveLength(50);
  });
});
