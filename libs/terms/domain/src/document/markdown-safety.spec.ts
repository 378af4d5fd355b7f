// What "no raw HTML, no unsafe link" means for every consumer of the Markdown: the disguises found by an
// independent test, a table of hostile payloads in the spirit of the OWASP XSS filter evasion cheat sheet,
// and the ordinary Markdown that must stay accepted. Each refusal names its field (`articles.3.body.fr`).
import { CONSENT, DATA, MEMBERSHIP, draft, text } from '../testing/fixtures.js';
import { findMarkdownHazards } from './markdown-safety.js';
import { type TermsProblemCode } from './problems.js';
import { createVersion } from './version.js';

/** The problems of a document whose fourth article has `fr` as its French body. */
const problemsWithFrenchBody = (fr: string) => {
  const result = createVersion([
    MEMBERSHIP,
    DATA,
    CONSENT,
    draft('governance', text('Governance', 'Gouvernance'), text('Members vote.', fr)),
  ]);
  return result.ok ? [] : result.errors.map(({ code, articleId, path }) => ({ code, articleId, path }));
};

const refused = (code: TermsProblemCode) => [{ code, articleId: 'governance', path: 'articles.3.body.fr' }];

describe('Markdown safety', () => {
  describe('the disguises that used to pass', () => {
    const disguises: readonly [body: string, code: TermsProblemCode, disguise: string][] = [
      ['<img/src=x onerror=alert(1)>', 'RAW_HTML', 'a tag CommonMark reads as text because of the slash'],
      ['[x](java&#9;script:alert(1))', 'UNSAFE_LINK', 'a tab written as a reference'],
      ['[x](<java\tscript:alert(1)>)', 'UNSAFE_LINK', 'a tab inside an angle-bracket destination'],
      ['[x](<java&#10;script:alert(1)>)', 'UNSAFE_LINK', 'a line feed'],
      ['[x](java\u200bscript:alert(1))', 'UNSAFE_LINK', 'a zero-width space'],
      ['[x](<\u0001javascript:alert(1)>)', 'UNSAFE_LINK', 'a control character'],
      ['[x](\u202ejavascript:alert(1))', 'UNSAFE_LINK', 'a bidi override'],
      ['[x](javascript%3Aalert(1))', 'UNSAFE_LINK', 'a percent-encoded colon'],
      ['[x](%6Aavascript:alert(1))', 'UNSAFE_LINK', 'a percent-encoded letter'],
      ['[x](javascript\uff1aalert(1))', 'UNSAFE_LINK', 'a full-width colon'],
      ['![x](javascript%3Aalert(1))', 'UNSAFE_LINK', 'an image'],
      ['[x](//evil.example)', 'UNSAFE_LINK', 'a protocol-relative link'],
      ['<JAVASCRIPT:alert(1)>', 'UNSAFE_LINK', 'an autolink'],
      ['[x][r]\n\n[r]: javascript%3Aalert(1)', 'UNSAFE_LINK', 'a reference definition'],
      ['Text.\n\n[r]: javascript:alert(1)', 'UNSAFE_LINK', 'a reference definition nothing uses'],
      [
        '[x][r]\n\n[r]: https://example.org\n[r]: javascript:alert(1)',
        'UNSAFE_LINK',
        'a duplicate definition, which another renderer may keep',
      ],
    ];
    it.each(disguises)('%j is refused (%s: %s)', (body, code) => {
      expect(problemsWithFrenchBody(body)).toEqual(refused(code));
    });
  });

  describe('hostile payloads', () => {
    const payloads: readonly [body: string, code: TermsProblemCode][] = [
      ['<script>alert(1)</script>', 'RAW_HTML'],
      ['</script>', 'RAW_HTML'],
      ['<svg/onload=alert(1)>', 'RAW_HTML'],
      ['<a/href=javascript:alert(1)>x</a>', 'RAW_HTML'],
      ['<IMG SRC=JaVaScRiPt:alert(1)>', 'RAW_HTML'],
      ['An unclosed <img src=x onerror=alert(1)// tag', 'RAW_HTML'],
      ['<<script>alert(1)//<</script>', 'RAW_HTML'],
      ['<scr<script>ipt>alert(1)</scr</script>ipt>', 'RAW_HTML'],
      ['<iframe src="javascript:alert(1)"></iframe>', 'RAW_HTML'],
      ['<body onload=alert(1)>', 'RAW_HTML'],
      ['<style>@import "javascript:alert(1)";</style>', 'RAW_HTML'],
      ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'RAW_HTML'],
      ['<x onclick=alert(1)>click</x>', 'RAW_HTML'],
      ['<é onclick=alert(1)>', 'RAW_HTML'],
      ['<!--><script>alert(1)</script>-->', 'RAW_HTML'],
      ['<!DOCTYPE html>', 'RAW_HTML'],
      ['<?xml version="1.0"?>', 'RAW_HTML'],
      ['&lt;script&gt;alert(1)&lt;/script&gt;', 'RAW_HTML'],
      ['&#60;script&#62;alert(1)', 'RAW_HTML'],
      ['\\<script>alert(1)\\</script>', 'RAW_HTML'],
      ['\uff1cscript\uff1ealert(1)\uff1c/script\uff1e', 'RAW_HTML'],
      ['[<img/src=x onerror=alert(1)>](https://example.org)', 'RAW_HTML'],
      ['![<svg/onload=alert(1)>](https://example.org/x.png)', 'RAW_HTML'],
      ['[x](https://example.org "<img/src=x onerror=alert(1)>")', 'RAW_HTML'],
      ['[x][r]\n\n[r]: https://example.org "<svg/onload=alert(1)>"', 'RAW_HTML'],
      ['[<svg/onload=alert(1)>]: https://example.org', 'RAW_HTML'],
      ['[x](javascript:alert(1) "title")', 'UNSAFE_LINK'],
      ['[x](   javascript:alert(1))', 'UNSAFE_LINK'],
      ['[x](&#106avascript:alert(1))', 'UNSAFE_LINK'],
      ['[x](javascript&colon;alert(1))', 'UNSAFE_LINK'],
      ['[x](\\/\\/evil.example)', 'UNSAFE_LINK'],
      ['[x](%2F%2Fevil.example)', 'UNSAFE_LINK'],
      ['[x](<https://example.org/"onmouseover="alert(1)>)', 'UNSAFE_LINK'],
      ['![x](data:image/svg+xml;base64,PHN2Zz4=)', 'UNSAFE_LINK'],
      ['<vbscript:msgbox(1)>', 'UNSAFE_LINK'],
    ];
    it.each(payloads)('%j is refused as %s', (body, code) => {
      expect(problemsWithFrenchBody(body)).toEqual(refused(code));
    });

    it('reports both kinds when a text holds both, and quotes where the tag opens', () => {
      expect(findMarkdownHazards('Hi <img/src=x onerror=alert(1)> [x](javascript%3Aalert(1))')).toEqual([
        { kind: 'html', html: '<img/src=x onerror=alert(1)> ' },
        { kind: 'link', url: 'javascript%3Aalert(1)' },
      ]);
    });
  });

  describe('legitimate Markdown', () => {
    it.each([
      '[a](https://example.org/a?b=c%20d) and [b](http://x.org/p?q=1&r=2)',
      '[mail](mailto:x@example.org) or <board@lovecando.org>',
      'See [article 3](#article-3), [the privacy notice](../privacy) and ![logo](/logo.png).',
      '<https://lovecando.org> is our site.',
      'Write `<b>` for bold; `a<b` compares.',
      '```html\n<script>alert(1)</script>\n```',
      'Indented code:\n\n    <b>not HTML</b>',
      'If 3 < 4 and a <= b, then x<3 and y -> z, <- back; 10 %, R&D, Fish &amp; chips, &copy; 2025.',
      '[x][r], twice: [y][r]\n\n[r]: https://example.org/terms "The terms"',
      'Texte **gras**, _italique_ et [lien](https://fr.example.org/conditions-générales).',
    ])('%j is accepted', (body) => {
      expect(problemsWithFrenchBody(body)).toEqual([]);
      expect(findMarkdownHazards(body)).toEqual([]);
    });
  });
});
