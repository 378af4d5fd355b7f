// Golden scenarios for redlines: statuses, moves, word runs, placement of deleted articles, plain text.
import {
  CONSENT,
  DATA,
  GOVERNANCE,
  LEAVING,
  MEMBERSHIP,
  baseTerms,
  draft,
  text,
  version,
} from '../testing/fixtures.js';
import { redline, redlineChangeSet } from './redline.js';
import { renderRedlineText } from './render-text.js';
import { wordRuns } from './word-runs.js';

const base = baseTerms();
const PRIVACY = draft(
  'privacy',
  text('Privacy', 'Vie privée'),
  text('Nobody sells data.', 'Personne ne vend.'),
);

describe('redline', () => {
  const movedAndEdited = version([
    MEMBERSHIP,
    DATA,
    GOVERNANCE,
    LEAVING,
    {
      ...CONSENT,
      body: text(
        'You may withdraw your consent at any moment, free of charge.',
        'Vous pouvez retirer votre accord à tout moment.',
      ),
    },
  ]);

  it('shows a moved and edited article with its word runs and both numbers', () => {
    const result = redline(base, movedAndEdited);
    expect(result.from).toBe(base.hash);
    expect(result.to).toBe(movedAndEdited.hash);
    expect(result.entries.map((e) => [e.id, e.status, e.number, e.moved])).toEqual([
      ['membership', 'unchanged', 1, null],
      ['data', 'unchanged', 2, null],
      ['governance', 'unchanged', 3, null],
      ['leaving', 'unchanged', 4, null],
      ['consent', 'changed', 5, { fromNumber: 3, toNumber: 5 }],
    ]);
    expect(result.entries[4]).toEqual({
      id: 'consent',
      status: 'changed',
      moved: { fromNumber: 3, toNumber: 5 },
      number: 5,
      previousNumber: 3,
      fields: {
        title: { fr: [{ kind: 'equal', text: 'Consentement' }], en: [{ kind: 'equal', text: 'Consent' }] },
        body: {
          fr: [
            { kind: 'equal', text: 'Vous pouvez retirer votre ' },
            { kind: 'delete', text: 'consentement' },
            { kind: 'insert', text: 'accord' },
            { kind: 'equal', text: ' à tout moment.' },
          ],
          en: [
            { kind: 'equal', text: 'You may withdraw your consent at any ' },
            { kind: 'delete', text: 'time' },
            { kind: 'insert', text: 'moment, free of charge' },
            { kind: 'equal', text: '.' },
          ],
        },
        summary: {
          fr: [{ kind: 'equal', text: 'Vous pouvez refuser.' }],
          en: [{ kind: 'equal', text: 'You can say no.' }],
        },
      },
    });
  });

  it('renders the moved and edited article as plain text in French and English', () => {
    const result = redline(base, movedAndEdited);
    expect(renderRedlineText(result, 'fr')).toBe(
      'Article 5 — Consentement (modifié, déplacé depuis l’article 3)\n' +
        'Vous pouvez retirer votre [-consentement-]{+accord+} à tout moment.',
    );
    expect(renderRedlineText(result, 'en')).toBe(
      'Article 5 — Consent (changed, moved from 3)\n' +
        'You may withdraw your consent at any [-time-]{+moment, free of charge+}.',
    );
  });

  it('places deleted articles after their previous neighbour, or first, and inserted ones where they are', () => {
    const to = version([PRIVACY, DATA, { ...GOVERNANCE, title: text('Decisions', 'Décisions') }]);
    const result = redline(base, to);
    expect(result.entries.map((e) => [e.id, e.status, e.number, e.previousNumber, e.moved])).toEqual([
      ['membership', 'deleted', null, 1, null],
      ['privacy', 'inserted', 1, null, null],
      ['data', 'unchanged', 2, 2, null],
      ['consent', 'deleted', null, 3, null],
      ['governance', 'changed', 3, 4, null],
      ['leaving', 'deleted', null, 5, null],
    ]);
    expect(result.entries[1]?.fields.body.en).toEqual([{ kind: 'insert', text: 'Nobody sells data.' }]);
    expect(result.entries[1]?.fields.summary.en).toEqual([]);
    expect(result.entries[3]?.fields.title.fr).toEqual([{ kind: 'delete', text: 'Consentement' }]);
    expect(renderRedlineText(result, 'en')).toBe(
      [
        'Article 1 — Membership (deleted)\nAny adult may join the foundation.\nSummary: You can join.',
        'Article 1 — Privacy (inserted)\nNobody sells data.',
        'Article 3 — Consent (deleted)\nYou may withdraw your consent at any time.\nSummary: You can say no.',
        'Article 3 — [-Governance-]{+Decisions+} (changed)',
        'Article 5 — Leaving (deleted)\nYou may leave and take your data with you.\nSummary: You can go.',
      ].join('\n\n'),
    );
    expect(renderRedlineText(result, 'fr').split('\n\n')[3]).toBe(
      'Article 3 — [-Gouvernance-]{+Décisions+} (modifié)',
    );
  });

  it('says so when nothing changed', () => {
    expect(renderRedlineText(redline(base, base), 'fr')).toBe('Aucune modification.');
    expect(renderRedlineText(redline(base, base), 'en')).toBe('No changes.');
  });
});

describe('redlineChangeSet', () => {
  it('redlines an amendment against its base, or returns why it does not apply', () => {
    const result = redlineChangeSet(base, {
      base: base.hash,
      operations: [
        {
          op: 'replace',
          id: 'leaving',
          set: { summary: text('You can go anytime.', 'Vous pouvez partir.') },
        },
      ],
    });
    expect(result.ok && renderRedlineText(result.redline, 'en')).toBe(
      'Article 5 — Leaving (changed)\nSummary: You can go{+ anytime+}.',
    );
    const refused = redlineChangeSet(base, { base: base.hash, operations: [{ op: 'delete', id: 'ghost' }] });
    expect(!refused.ok && refused.error.code).toBe('ARTICLE_NOT_FOUND');
  });
});

describe('wordRuns', () => {
  it('merges consecutive runs of one kind and keeps whitespace exact', () => {
    expect(wordRuns('a b c', 'a x y c')).toEqual([
      { kind: 'equal', text: 'a ' },
      { kind: 'delete', text: 'b' },
      { kind: 'insert', text: 'x y' },
      { kind: 'equal', text: ' c' },
    ]);
    expect(wordRuns('', '')).toEqual([]);
    expect(wordRuns('same', 'same')).toEqual([{ kind: 'equal', text: 'same' }]);
  });
});
