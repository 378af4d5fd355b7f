// The Markdown of article bodies becomes HTML the page sets as inner HTML: raw HTML must come out as text
// and only http(s), mailto and scheme-less links may come out as links.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownBody } from './MarkdownBody';
import { renderMarkdown } from './render-markdown';

/** The body rendered into the document the way the page does it. */
const mount = (text: string): HTMLElement => render(<MarkdownBody text={text} />).container;

describe('MarkdownBody', () => {
  it('renders no script element and no javascript: link for a hostile body', () => {
    const body = mount('<script>alert(1)</script>\n\nA [x](javascript:alert(1)) link.');
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('[href^="javascript:" i]')).toBeNull();
    expect([...body.querySelectorAll('a')]).toEqual([]);
    // Both stay readable as the text that was written.
    expect(body.textContent).toContain('<script>alert(1)</script>');
    expect(body.textContent).toContain('[x](javascript:alert(1))');
  });

  it('keeps raw HTML inside a paragraph as text, attributes and all', () => {
    const body = mount('Hello <img src=x onerror="alert(1)"> and <a href="javascript:alert(1)">me</a>.');
    expect(body.querySelector('img, a, [onerror]')).toBeNull();
    expect(body.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('refuses other unsafe schemes, also when disguised', () => {
    const body = mount(
      [
        '[a](JavaScript:alert(1))',
        '[b](&#106;avascript:alert(1))',
        '[c](vbscript:msgbox(1))',
        '[d](data:text/html;base64,PHNjcmlwdD4=)',
        '![e](data:image/png;base64,AAAA)',
        '<javascript:alert(1)>',
      ].join('\n\n'),
    );
    expect(body.querySelector('a, img')).toBeNull();
  });

  it('refuses schemes disguised by encodings, invisible characters and Unicode look-alikes', () => {
    const body = mount(
      [
        '[a](javascript%3Aalert(1))',
        '[b](%6Aavascript:alert(1))',
        '[c](javascript\uff1aalert(1))',
        '[d](java\u200bscript:alert(1))',
        '[e](java&#9;script:alert(1))',
        '[f](//evil.example)',
        '[g][r]\n\n[r]: &#106avascript:alert(1)',
      ].join('\n\n'),
    );
    expect(body.querySelector('a, img')).toBeNull();
  });

  it('keeps links whose query is percent-encoded', () => {
    const body = mount('[q](https://example.org/a?b=c%20d) [p](../privacy)');
    expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://example.org/a?b=c%20d',
      '../privacy',
    ]);
  });

  it('keeps ordinary Markdown: emphasis, lists and safe links', () => {
    const body = mount(
      'Some **bold** text.\n\n- one\n- two\n\n[site](https://lovecando.org) · [mail](mailto:hello@lovecando.org) · [article](#article-purpose)',
    );
    expect(body.querySelector('strong')?.textContent).toBe('bold');
    expect(body.querySelectorAll('ul > li')).toHaveLength(2);
    expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://lovecando.org',
      'mailto:hello@lovecando.org',
      '#article-purpose',
    ]);
    // Links open normally, in the same tab.
    expect(body.querySelector('a[target]')).toBeNull();
  });
});

describe('renderMarkdown', () => {
  it('moves body headings under the article title: # becomes <h3>, never deeper than <h6>', () => {
    const html = renderMarkdown('# One\n\n## Two\n\n#### Four\n\n###### Six');
    expect(html).toBe('<h3>One</h3>\n<h4>Two</h4>\n<h6>Four</h6>\n<h6>Six</h6>\n');
  });
});
