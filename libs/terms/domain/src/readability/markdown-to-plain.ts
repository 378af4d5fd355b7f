// Markdown → the prose a reader actually reads, for the readability measure. Each block (paragraph,
// heading, list item, table row, quote line group) becomes one line, so the end of a block ends a sentence
// even without a full stop ("- your name" in a list is a sentence of its own); a line break inside a
// paragraph does not. The rest keeps the words and drops the syntax:
// - emphasis, heading marks, bullets, quote marks: removed (they are not read);
// - links and images: their text is kept, the address is dropped;
// - bare addresses (https://…, www.…, name@host): dropped, they are not prose and any syllable count for
//   them would be arbitrary;
// - inline `code`: its text is kept, it is usually a word of the sentence; fenced code blocks are dropped.
// Not handled (rare in terms of use, and no worse than counting a few extra words): indented code blocks,
// HTML (forbidden in articles anyway), nested brackets in link texts.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^\s*$/;
const HEADING = /^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^ {0,3}(?:>\s?)+/;
const TABLE_ROW = /^\s*\|/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S/;

/** `](address "title")` and `][reference]` after a link text, and the `!` that marks an image. */
const LINK_TARGET = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\]\[[^\]]*\]/g;
const IMAGE_MARK = /!\[/g;
/** `<https://…>`, `<mailto:…>`, `<name@host>`. */
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/gi;
/** A bare address, without the punctuation that ends the sentence around it. */
const BARE_URL = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>]*[^\s<>.,;:!?)\]'"»]/gi;
const BARE_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;

/**
 * The readable text of a Markdown fragment: one line per block, inline syntax removed. Line breaks are
 * `\n`; nothing else in the result marks a block end.
 */
export function markdownToPlain(markdown: string): string {
  const blocks: string[] = [];
  let paragraph = '';
  const flush = (): void => {
    if (paragraph !== '') blocks.push(paragraph);
    paragraph = '';
  };
  let fence: string | null = null;
  let inQuote = false;

  for (const rawLine of markdown.split(/\r\n?|\n/)) {
    if (fence !== null) {
      if (rawLine.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const fenceOpen = FENCE.exec(rawLine);
    if (fenceOpen?.[1] !== undefined) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    // Entering or leaving a quotation starts a new block, as it does in CommonMark.
    const quoted = QUOTE.test(rawLine);
    if (quoted !== inQuote) flush();
    inQuote = quoted;
    const line = quoted ? rawLine.replace(QUOTE, '') : rawLine;
    if (BLANK.test(line) || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    const item = heading === null ? LIST_ITEM.exec(line) : null;
    if (heading !== null || item !== null || TABLE_ROW.test(line)) {
      // A heading, a table row and the start of a list item each begin a block of their own; a list item may
      // continue on the following lines, a heading or a row may not.
      flush();
      paragraph = (heading?.[1] ?? item?.[1] ?? line).trim();
      if (item === null) flush();
      continue;
    }
    paragraph = paragraph === '' ? line.trim() : `${paragraph} ${line.trim()}`;
  }
  flush();

  // Each pattern runs only when its telltale character is present: most texts have no address at all.
  let text = blocks.join('\n');
  if (text.includes('<')) text = text.replace(AUTOLINK, ' ');
  if (text.includes('](') || text.includes(']['))
    text = text.replace(IMAGE_MARK, '[').replace(LINK_TARGET, ']');
  if (text.includes(':') || text.includes('www.')) text = text.replace(BARE_URL, ' ');
  if (text.includes('@')) text = text.replace(BARE_EMAIL, ' ');
  if (text.includes('&')) text = text.replace(ENTITY, ' ');
  return text;
}
