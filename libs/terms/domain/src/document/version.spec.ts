// Golden scenarios for creating versions: numbering, freezing, hashing and every validation rule.
import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { CONSENT, DATA, MEMBERSHIP, baseTerms, draft, text } from '../testing/fixtures.js';
import { type TermsProblem } from './problems.js';
import { createVersion, sameContent } from './version.js';

const summary = (problems: readonly TermsProblem[]) =>
  problems.map(({ code, articleId, path }) => ({ code, articleId, path }));

function problemsOf(...args: Parameters<typeof createVersion>) {
  const result = createVersion(...args);
  if (result.ok) throw new Error('expected validation problems');
  return result.errors;
}

describe('createVersion', () => {
  it('numbers articles by position and freezes the version all the way down', () => {
    const version = baseTerms();
    expect(version.articles.map((a) => [a.number, a.id])).toEqual([
      [1, 'membership'],
      [2, 'data'],
      [3, 'consent'],
      [4, 'governance'],
      [5, 'leaving'],
    ]);
    expect(Object.isFrozen(version)).toBe(true);
    expect(Object.isFrozen(version.articles)).toBe(true);
    const first = version.articles[0];
    expect(
      first && Object.isFrozen(first) && Object.isFrozen(first.title) && Object.isFrozen(first.body),
    ).toBe(true);
  });

  it('hashes the canonical JSON of the articles in order, without their numbers', () => {
    const drafts = [MEMBERSHIP, DATA];
    const created = createVersion(drafts);
    const expected = bytesToHex(sha256(utf8ToBytes(canonicalize(drafts) ?? '')));
    expect(created.ok && created.version.hash).toBe(expected);
    expect(expected).toBe('5fac9fc642042a2f1eab6f07e545afaeca809075af371cd0c9fd6f801a16fe58');
  });

  it('copies the drafts: later changes to the caller’s objects do not reach the version', () => {
    const title = { fr: 'Adhésion', en: 'Membership' };
    const created = createVersion([{ ...MEMBERSHIP, title, extra: 'ignored' } as typeof MEMBERSHIP]);
    title.en = 'Changed';
    expect(created.ok && created.version.articles[0]?.title.en).toBe('Membership');
    expect(created.ok && Object.keys(created.version.articles[0] ?? {})).toEqual([
      'id',
      'number',
      'title',
      'body',
      'summary',
    ]);
  });

  it('reports duplicate id, empty title, raw HTML and javascript: link with exact codes and paths', () => {
    const problems = problemsOf([
      MEMBERSHIP,
      draft('data', text('  ', 'Vos données'), DATA.body, DATA.summary),
      draft('membership', text('Again', 'Encore'), text('Hello <script>alert(1)</script>', 'Bonjour')),
      draft('consent', CONSENT.title, CONSENT.body, text('[Click](javascript:alert(1))', 'Rien.')),
      draft('Bad Id', text('T', 'T'), text('', 'Corps')),
    ]);
    expect(summary(problems)).toEqual([
      { code: 'EMPTY_TITLE', articleId: 'data', path: 'articles.1.title.en' },
      { code: 'DUPLICATE_ID', articleId: 'membership', path: 'articles.2.id' },
      { code: 'RAW_HTML', articleId: 'membership', path: 'articles.2.body.en' },
      { code: 'UNSAFE_LINK', articleId: 'consent', path: 'articles.3.summary.en' },
      { code: 'INVALID_ID', articleId: 'Bad Id', path: 'articles.4.id' },
      { code: 'EMPTY_BODY', articleId: 'Bad Id', path: 'articles.4.body.en' },
    ]);
    expect(problems[0]?.message).toEqual({
      fr: 'Le titre (anglais) de l’article 2 est vide.',
      en: 'The English title of article 2 is empty.',
    });
    expect(problems[2]?.message).toEqual({
      fr: 'Le texte (anglais) de l’article 3 contient du HTML brut (« <script> »), qui n’est pas autorisé.',
      en: 'The English body of article 3 contains raw HTML ("<script>"), which is not allowed.',
    });
    expect(problems[3]?.message.fr).toBe(
      'Le résumé (anglais) de l’article 4 contient un lien « javascript:alert(1) » : seuls les liens http, https, mailto et relatifs sont autorisés.',
    );
  });

  it('refuses an empty list of articles', () => {
    expect(summary(problemsOf([]))).toEqual([{ code: 'NO_ARTICLES', articleId: null, path: 'articles' }]);
  });

  it.each([
    ['[a](javascript:alert(1))'],
    ['[a](JaVaScRiPt:alert(1))'],
    ['[a](&#106;avascript:alert(1))'],
    ['<javascript:alert(1)>'],
    ['[a](<javascript:alert(1)>)'],
    ['[a][x]\n\n[x]: javascript:alert(1)'],
    ['![i](data:image/png;base64,AAAA)'],
    ['[a](vbscript:msgbox(1))'],
    ['[a](file:///etc/passwd)'],
  ])('refuses the unsafe link %j', (body) => {
    expect(summary(problemsOf([draft('a', text('A', 'A'), text(body, 'ok'))]))).toEqual([
      { code: 'UNSAFE_LINK', articleId: 'a', path: 'articles.0.body.en' },
    ]);
  });

  it.each([
    ['<b>bold</b>'],
    ['<!-- comment -->'],
    ['<div>\nblock\n</div>'],
    ['text <img src=x onerror=alert(1)>'],
  ])('refuses the raw HTML %j', (body) => {
    expect(summary(problemsOf([draft('a', text('A', 'A'), text('ok', body))]))).toEqual([
      { code: 'RAW_HTML', articleId: 'a', path: 'articles.0.body.fr' },
    ]);
  });

  it('accepts http, https, mailto, relative and anchor links, and text that merely mentions schemes', () => {
    const body =
      '[a](https://lovecando.org) [b](http://x.org/p?q=1) [c](mailto:board@lovecando.org) [d](../privacy) ' +
      '[e](#article-3) ![f](/logo.png) <https://lovecando.org> Note: javascript: is a word here; 3 < 4.';
    expect(createVersion([draft('a', text('A', 'A'), text(body, body))]).ok).toBe(true);
  });
});

describe('sameContent', () => {
  it('compares ids and texts in order, not object identity', () => {
    const a = baseTerms();
    const b = baseTerms();
    expect(a).not.toBe(b);
    expect(sameContent(a, b)).toBe(true);
    const created = createVersion([DATA, MEMBERSHIP, CONSENT]);
    expect(created.ok && sameContent(a, created.version)).toBe(false);
  });
});
