// What of a Markdown text is read: blocks become lines, syntax and addresses go, words stay.
import { markdownToPlain } from './markdown-to-plain.js';

describe('markdownToPlain', () => {
  it('makes one line per block and joins the lines of a paragraph', () => {
    expect(markdownToPlain('First line\nsame paragraph.\n\nSecond paragraph.')).toBe(
      'First line same paragraph.\nSecond paragraph.',
    );
  });

  it('drops heading marks, bullets, numbers and quote marks, each item its own block', () => {
    const markdown = '## What you can do\n\nYou can:\n- read\n* export\n  your data\n1. leave\n> Quoted line';
    expect(markdownToPlain(markdown)).toBe(
      'What you can do\nYou can:\nread\nexport your data\nleave\nQuoted line',
    );
  });

  it('keeps the text of links and images and drops their addresses', () => {
    expect(
      markdownToPlain(
        'See [the register](https://lovecando.org/register "Register") and ![a chart](chart.png).',
      ),
    ).toBe('See [the register] and [a chart].');
    expect(markdownToPlain('Read [the rules][rules].\n\n[rules]: https://lovecando.org/rules')).toBe(
      'Read [the rules].',
    );
  });

  it('drops bare addresses and e-mail addresses but keeps the sentence end after them', () => {
    expect(markdownToPlain('Write to contact@lovecando.org. Or see https://lovecando.org/help.')).toBe(
      'Write to  . Or see  .',
    );
    expect(markdownToPlain('Open <https://lovecando.org> or <mailto:board@lovecando.org>.')).toBe(
      'Open   or  .',
    );
  });

  it('keeps inline code text, drops fenced code blocks and thematic breaks', () => {
    expect(markdownToPlain('Use `opt-in` here.\n\n```\nnot. prose!\n```\n\n---\n\nEnd.')).toBe(
      'Use `opt-in` here.\nEnd.',
    );
  });

  it('leaves emphasis marks for the scanner, which reads them as spaces', () => {
    expect(markdownToPlain('**Never** _sold_.')).toBe('**Never** _sold_.');
  });

  it('returns an empty string for empty or blank text', () => {
    expect(markdownToPlain('')).toBe('');
    expect(markdownToPlain('  \n\n\t\n')).toBe('');
  });
});
