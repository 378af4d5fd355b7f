// Golden scenarios for the conflict rule between two amendments of the same version.
import { type ChangeSet, type Operation } from '../document/types.js';
import { baseTerms, draft, text } from '../testing/fixtures.js';
import { findConflicts, touchedArticles } from './conflicts.js';

const base = baseTerms();
const change = (...operations: Operation[]): ChangeSet => ({ base: base.hash, operations });
const NEW = draft('new', text('New', 'Nouveau'), text('Body.', 'Texte.'));
const OTHER = draft('other', text('Other', 'Autre'), text('Body.', 'Texte.'));

describe('touchedArticles', () => {
  it('lists the written articles and the anchors they depend on', () => {
    expect(
      touchedArticles(
        change(
          { op: 'insertAfter', after: 'data', article: NEW },
          { op: 'replace', id: 'consent', set: { title: text('C', 'C') } },
          { op: 'move', id: 'leaving', after: null },
          { op: 'delete', id: 'data' },
        ),
      ),
    ).toEqual({ targets: ['new', 'consent', 'leaving', 'data'], dependsOn: ['data', null] });
  });
});

describe('findConflicts', () => {
  it('finds none between amendments of different articles', () => {
    const left = change({ op: 'replace', id: 'consent', set: { title: text('C', 'C') } });
    const right = change({ op: 'delete', id: 'leaving' }, { op: 'insertAfter', after: 'data', article: NEW });
    expect(findConflicts(left, right)).toEqual([]);
  });

  it('reports both sides’ operations when they write the same article', () => {
    const retitle: Operation = { op: 'replace', id: 'consent', set: { title: text('Consent', 'Accord') } };
    const rewrite: Operation = { op: 'replace', id: 'consent', set: { body: text('No.', 'Non.') } };
    const left = change({ op: 'delete', id: 'leaving' }, retitle);
    const right = change(rewrite);
    expect(findConflicts(left, right)).toEqual([
      { articleId: 'consent', left: [{ index: 1, op: retitle }], right: [{ index: 0, op: rewrite }] },
    ]);
  });

  it('reports an insert after an article the other deletes, and a move after one the other moves', () => {
    const insert: Operation = { op: 'insertAfter', after: 'data', article: NEW };
    const deletion: Operation = { op: 'delete', id: 'data' };
    expect(findConflicts(change(insert), change(deletion))).toEqual([
      { articleId: 'data', left: [{ index: 0, op: insert }], right: [{ index: 0, op: deletion }] },
    ]);
    const moveAfter: Operation = { op: 'move', id: 'leaving', after: 'consent' };
    const moveAnchor: Operation = { op: 'move', id: 'consent', after: null };
    expect(findConflicts(change(moveAnchor), change(moveAfter))).toEqual([
      { articleId: 'consent', left: [{ index: 0, op: moveAnchor }], right: [{ index: 0, op: moveAfter }] },
    ]);
  });

  it('reports two inserts after the same anchor (including the start), but not an edit of an anchor', () => {
    const a: Operation = { op: 'insertAfter', after: 'data', article: NEW };
    const b: Operation = { op: 'insertAfter', after: 'data', article: OTHER };
    expect(findConflicts(change(a), change(b))).toEqual([
      { articleId: 'data', left: [{ index: 0, op: a }], right: [{ index: 0, op: b }] },
    ]);
    const first: Operation = { op: 'insertAfter', after: null, article: NEW };
    const move: Operation = { op: 'move', id: 'leaving', after: null };
    expect(findConflicts(change(first), change(move))).toEqual([
      { articleId: null, left: [{ index: 0, op: first }], right: [{ index: 0, op: move }] },
    ]);
    const edit: Operation = { op: 'replace', id: 'data', set: { body: text('B', 'B') } };
    expect(findConflicts(change(a), change(edit))).toEqual([]);
  });

  it('orders conflicts by the first operation of the left change set', () => {
    const left = change(
      { op: 'delete', id: 'leaving' },
      { op: 'replace', id: 'data', set: { title: text('D', 'D') } },
      { op: 'replace', id: 'membership', set: { title: text('M', 'M') } },
    );
    const right = change(
      { op: 'replace', id: 'membership', set: { body: text('B', 'B') } },
      { op: 'replace', id: 'data', set: { body: text('B', 'B') } },
      { op: 'move', id: 'leaving', after: null },
    );
    expect(findConflicts(left, right).map((c) => c.articleId)).toEqual(['leaving', 'data', 'membership']);
  });
});
