// Golden scenarios for applying change sets: one per operation type and one per error code.
import { type ChangeSet, type Operation, type TermsVersion } from '../document/types.js';
import { baseTerms, draft, text } from '../testing/fixtures.js';
import { applyChangeSet } from './apply.js';

const base = baseTerms();
const change = (...operations: Operation[]): ChangeSet => ({ base: base.hash, operations });

function applied(changeSet: ChangeSet, on: TermsVersion = base): TermsVersion {
  const result = applyChangeSet(on, changeSet);
  if (!result.ok) throw new Error(`expected the change set to apply: ${result.error.message.en}`);
  return result.version;
}
function refused(changeSet: ChangeSet, on: TermsVersion = base) {
  const result = applyChangeSet(on, changeSet);
  if (result.ok) throw new Error('expected the change set to be refused');
  return result.error;
}
const outline = (version: TermsVersion) => version.articles.map((a) => `${a.number}:${a.id}`);

const PRIVACY = draft(
  'privacy',
  text('Privacy', 'Vie privée'),
  text('Nobody sells your data.', 'Personne ne vend vos données.'),
  text('No sale.', 'Pas de vente.'),
);

describe('applyChangeSet', () => {
  it('insertAfter places the new article after its anchor and renumbers the rest', () => {
    const version = applied(change({ op: 'insertAfter', after: 'data', article: PRIVACY }));
    expect(outline(version)).toEqual([
      '1:membership',
      '2:data',
      '3:privacy',
      '4:consent',
      '5:governance',
      '6:leaving',
    ]);
    expect(version.articles[2]).toEqual({ ...PRIVACY, number: 3 });
    expect(version.hash).not.toBe(base.hash);
  });

  it('insertAfter null places the new article first', () => {
    const version = applied(change({ op: 'insertAfter', after: null, article: PRIVACY }));
    expect(outline(version)).toEqual([
      '1:privacy',
      '2:membership',
      '3:data',
      '4:consent',
      '5:governance',
      '6:leaving',
    ]);
  });

  it('replace with only a title retitles, keeping body and summary', () => {
    const version = applied(
      change({ op: 'replace', id: 'consent', set: { title: text('Your consent', 'Votre consentement') } }),
    );
    expect(version.articles[2]).toEqual({
      id: 'consent',
      number: 3,
      title: { fr: 'Votre consentement', en: 'Your consent' },
      body: {
        fr: 'Vous pouvez retirer votre consentement à tout moment.',
        en: 'You may withdraw your consent at any time.',
      },
      summary: { fr: 'Vous pouvez refuser.', en: 'You can say no.' },
    });
    expect(outline(version)).toEqual(outline(base));
  });

  it('replace sets several fields at once', () => {
    const version = applied(
      change({
        op: 'replace',
        id: 'leaving',
        set: {
          body: text('You may leave at any time.', 'Vous pouvez partir à tout moment.'),
          summary: text('Bye.', 'Au revoir.'),
        },
      }),
    );
    expect(version.articles[4]?.body).toEqual({
      fr: 'Vous pouvez partir à tout moment.',
      en: 'You may leave at any time.',
    });
    expect(version.articles[4]?.summary).toEqual({ fr: 'Au revoir.', en: 'Bye.' });
    expect(version.articles[4]?.title).toEqual({ fr: 'Départ', en: 'Leaving' });
  });

  it('delete removes the article and renumbers those after it', () => {
    const version = applied(change({ op: 'delete', id: 'data' }));
    expect(outline(version)).toEqual(['1:membership', '2:consent', '3:governance', '4:leaving']);
  });

  it('move places the article after another one, or first with after null', () => {
    expect(outline(applied(change({ op: 'move', id: 'leaving', after: 'membership' })))).toEqual([
      '1:membership',
      '2:leaving',
      '3:data',
      '4:consent',
      '5:governance',
    ]);
    expect(outline(applied(change({ op: 'move', id: 'consent', after: null })))).toEqual([
      '1:consent',
      '2:membership',
      '3:data',
      '4:governance',
      '5:leaving',
    ]);
  });

  it('applies operations in order, each seeing the result of the previous ones', () => {
    const version = applied(
      change(
        { op: 'insertAfter', after: 'leaving', article: PRIVACY },
        { op: 'move', id: 'privacy', after: 'membership' },
        { op: 'delete', id: 'membership' },
        { op: 'replace', id: 'privacy', set: { title: text('Private life', 'Vie privée') } },
      ),
    );
    expect(outline(version)).toEqual(['1:privacy', '2:data', '3:consent', '4:governance', '5:leaving']);
    expect(version.articles[0]?.title.en).toBe('Private life');
  });

  it('leaves the base version untouched and reuses the unchanged articles', () => {
    const version = applied(change({ op: 'replace', id: 'leaving', set: { title: text('Exit', 'Sortie') } }));
    expect(base.articles[4]?.title.en).toBe('Leaving');
    expect(version.articles[0]).toBe(base.articles[0]);
  });

  it('refuses an operation on a missing article with its index and id', () => {
    const error = refused(
      change({ op: 'delete', id: 'data' }, { op: 'replace', id: 'data', set: { title: text('X', 'X') } }),
    );
    expect(error).toEqual({
      code: 'ARTICLE_NOT_FOUND',
      operationIndex: 1,
      articleId: 'data',
      role: 'target',
      message: {
        fr: 'Opération 2 : l’article « data » n’existe pas.',
        en: 'Operation 2: article "data" does not exist.',
      },
    });
  });

  it('refuses an insert or a move after a missing anchor, naming the anchor', () => {
    const insert = refused(change({ op: 'insertAfter', after: 'nowhere', article: PRIVACY }));
    expect([insert.code, insert.operationIndex, insert.articleId, 'role' in insert && insert.role]).toEqual([
      'ARTICLE_NOT_FOUND',
      0,
      'nowhere',
      'anchor',
    ]);
    const move = refused(change({ op: 'move', id: 'data', after: 'nowhere' }));
    expect([move.code, move.articleId, 'role' in move && move.role]).toEqual([
      'ARTICLE_NOT_FOUND',
      'nowhere',
      'anchor',
    ]);
    const target = refused(change({ op: 'move', id: 'ghost', after: 'data' }));
    expect([target.code, target.articleId, 'role' in target && target.role]).toEqual([
      'ARTICLE_NOT_FOUND',
      'ghost',
      'target',
    ]);
  });

  it('refuses to insert an id that exists, an empty replace and a move onto itself', () => {
    const codes = [
      change({ op: 'insertAfter', after: null, article: { ...PRIVACY, id: 'consent' } }),
      change({ op: 'delete', id: 'leaving' }, { op: 'replace', id: 'consent', set: {} }),
      change({ op: 'move', id: 'data', after: 'data' }),
    ].map((changeSet) => {
      const { code, operationIndex, articleId } = refused(changeSet);
      return { code, operationIndex, articleId };
    });
    expect(codes).toEqual([
      { code: 'DUPLICATE_ARTICLE', operationIndex: 0, articleId: 'consent' },
      { code: 'EMPTY_REPLACE', operationIndex: 1, articleId: 'consent' },
      { code: 'MOVE_ONTO_ITSELF', operationIndex: 0, articleId: 'data' },
    ]);
  });

  it('refuses a result that is not a valid version, with the problems and the operation that caused them', () => {
    const error = refused(
      change(
        { op: 'move', id: 'consent', after: null },
        {
          op: 'replace',
          id: 'data',
          set: { body: text('See <script>x()</script>', 'Voir [ici](javascript:x())') },
        },
        { op: 'insertAfter', after: 'leaving', article: { ...PRIVACY, id: 'Privacy' } },
      ),
    );
    expect(error.code).toBe('INVALID_RESULT');
    expect(error.operationIndex).toBe(1);
    expect(error.articleId).toBe('data');
    expect(
      error.code === 'INVALID_RESULT' &&
        error.problems.map(({ code, articleId, path }) => [code, articleId, path]),
    ).toEqual([
      ['UNSAFE_LINK', 'data', 'articles.2.body.fr'],
      ['RAW_HTML', 'data', 'articles.2.body.en'],
      ['INVALID_ID', 'Privacy', 'articles.5.id'],
    ]);
    expect(error.message.en).toBe(
      'The amended text would not be valid (3 problems). The French body of article 3 contains a link "javascript:x()": only http, https, mailto and relative links are allowed.',
    );
  });

  it('refuses to delete every article', () => {
    const ids = base.articles.map((a) => a.id);
    const error = refused(change(...ids.map((id): Operation => ({ op: 'delete', id }))));
    expect(error.code === 'INVALID_RESULT' && error.problems.map((p) => p.code)).toEqual(['NO_ARTICLES']);
  });

  it('refuses a change set written for another version (BASE_MISMATCH)', () => {
    const error = refused({ base: 'f'.repeat(64), operations: [{ op: 'delete', id: 'data' }] });
    expect(error).toEqual({
      code: 'BASE_MISMATCH',
      operationIndex: null,
      articleId: null,
      expected: base.hash,
      actual: 'f'.repeat(64),
      message: {
        fr: 'Cet amendement a été rédigé sur une autre version des conditions : mettez-le d’abord à jour sur celle-ci.',
        en: 'This amendment was written against another version of the terms: bring it up to date with this one first.',
      },
    });
  });

  it('checks every article of a base it did not build itself', () => {
    // A look-alike read from JSON: same shape, but one body was never validated.
    const lookAlike: TermsVersion = JSON.parse(JSON.stringify(base)) as TermsVersion;
    const tampered = {
      ...lookAlike,
      articles: lookAlike.articles.map((a, i) => (i === 4 ? { ...a, body: text('<b>x</b>', 'x') } : a)),
    };
    const error = refused({ base: base.hash, operations: [{ op: 'delete', id: 'data' }] }, tampered);
    expect(
      error.code === 'INVALID_RESULT' && [error.operationIndex, error.problems.map((p) => p.path)],
    ).toEqual([null, ['articles.3.body.en']]);
    expect(
      applyChangeSet(lookAlike, { base: base.hash, operations: [{ op: 'delete', id: 'data' }] }).ok,
    ).toBe(true);
  });
});
