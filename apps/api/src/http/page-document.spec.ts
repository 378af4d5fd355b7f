// Writing a drawn page into index.html: the markup, language, title and answers go where the browser looks
// for them, nothing in a page's text can break out of its place, and the app starts after the first paint.
import { DRAWN_PAGE_DATA_ID } from '@lovecando/shared-util';
import { hasPagePlaces, pageDocument, START_AFTER_PAINT } from './page-document.js';

/** The shape of the built index.html (Vite writes the script and preloads into <head>). */
const template = `<!doctype html>
<html lang="fr">
  <head>
    <title>LoveCanDo</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="modulepreload" crossorigin href="/assets/router-ghi.js">
    <link rel="stylesheet" crossorigin href="/assets/index-jkl.css">
  </head>
  <body>
    <div id="root"><!--app-->
      <div class="boot-status" role="status">Chargement…</div>
    <!--/app--></div>
  </body>
</html>`;

const page = {
  html: '<main><h1>Terms of use</h1></main>',
  title: 'Terms of use · LoveCanDo',
  language: 'en',
  ssrData: { '123': { data: '{"termsOfUse":{"ordinal":1}}' } },
};

describe('pageDocument', () => {
  it('puts the page in #root with its language, and its title and language on the document', () => {
    const document = pageDocument(template, page);
    expect(document).toContain('<html lang="en">');
    expect(document).toContain('<title>Terms of use · LoveCanDo</title>');
    expect(document).toContain(
      '<div id="root" data-prerendered="en"><main><h1>Terms of use</h1></main></div>',
    );
    expect(document).not.toContain('boot-status');
  });

  it('writes the answers in a JSON block the browser parses back to the same value', () => {
    const document = pageDocument(template, page);
    const block = new RegExp(
      `<script type="application/json" id="${DRAWN_PAGE_DATA_ID}">(.*?)</script>`,
    ).exec(document);
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(page.ssrData);
  });

  it('keeps a text that holds "</script>" or "<!--" inside the JSON block', () => {
    const hostile = { '1': { data: '{"title":"</script><script>alert(1)</script><!--"}' } };
    const document = pageDocument(template, { ...page, ssrData: hostile });
    // Two script elements end: the start script and the JSON block; none inside the block.
    expect(document.match(/<\/script>/g)).toHaveLength(2);
    expect(document).not.toContain('<script>alert(1)');
    const block = /<script type="application\/json" id="[^"]+">(.*?)<\/script>/.exec(document);
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual(hostile);
  });

  it('escapes the title and keeps "$&" in the markup as text', () => {
    const document = pageDocument(template, { ...page, title: '<b>R&D</b>', html: '<p>$& $1 $$</p>' });
    expect(document).toContain('<title>&lt;b&gt;R&amp;D&lt;/b&gt;</title>');
    expect(document).toContain('<p>$& $1 $$</p>');
  });

  it('starts the app after the first paint: its entry and preloads move to start-after-paint.js', () => {
    const document = pageDocument(template, page);
    expect(document).not.toContain('type="module"');
    expect(document).not.toContain('rel="modulepreload"');
    expect(document).toContain(
      `<script src="${START_AFTER_PAINT}" data-entry="/assets/index-abc.js" ` +
        'data-preload="/assets/react-def.js /assets/router-ghi.js" defer></script>',
    );
    // The stylesheets stay: the drawn page must be styled at its first paint.
    expect(document).toContain('<link rel="stylesheet" crossorigin href="/assets/index-jkl.css">');
  });

  it('finds the places however the markers are laid out', () => {
    const formatted = template
      .replace('<div id="root"><!--app-->', '<div id="root">\n      <!--app-->')
      .replace('<!--/app--></div>', '<!--/app-->\n    </div>');
    expect(hasPagePlaces(formatted)).toBe(true);
    expect(pageDocument(formatted, page)).toContain('<div id="root" data-prerendered="en"><main>');
    expect(pageDocument(formatted, page)).not.toContain('boot-status');
  });

  it('knows an index.html without the places for a page', () => {
    expect(hasPagePlaces(template)).toBe(true);
    expect(hasPagePlaces(template.replace('<!--app-->', ''))).toBe(false);
    expect(hasPagePlaces(template.replace(/<script type="module"[^>]*><\/script>/, ''))).toBe(false);
  });
});
