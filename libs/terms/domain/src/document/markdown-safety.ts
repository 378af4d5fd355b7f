// Finds what a Markdown text must not contain, for every consumer of the Markdown and not only for our
// renderer: raw HTML, and links or images whose destination could run code, leave for another scheme or be
// read differently by another parser (link-destination.ts decides those).
//
// Raw HTML is what markdown-it itself parses as HTML, and also any `<` immediately followed by a letter,
// `/`, `!` or `?` in text: that is how a tag, an end tag, a comment, a doctype or a processing instruction
// starts, and renderers disagree on the rest ("<img/src=x onerror=…>" is text to CommonMark and a tag to a
// browser and to laxer renderers). The text is read after markdown-it has decoded entities and backslash
// escapes and after NFKC ("＜" is "<"), so "&lt;b>" and "\<b>" are refused too: a literal tag belongs in a
// code span or code block, which markdown-it's tokens tell apart reliably and which are not checked.
// Link titles, image descriptions and reference labels are text as well.
//
// Every destination markdown-it considers is checked, including reference definitions that nothing uses
// and duplicate definitions it ignores (another renderer may keep the last one), by observing its
// validateLink hook instead of the links in the token stream.
import MarkdownIt, { type Token } from 'markdown-it';
import { isSafeUrl } from './link-destination.js';

export type MarkdownHazard =
  { readonly kind: 'html'; readonly html: string } | { readonly kind: 'link'; readonly url: string };

const TAG_OPEN = /<[\p{L}/!?]/u;
/** Characters that are `<` after NFKC (small and full-width less-than signs). */
const LESS_THAN_VARIANT = /[\ufe64\uff1c]/;
/** A text without any of these cannot hold a hazard (see findMarkdownHazards). */
const MAY_HOLD_HAZARD = /[<\]&\ufe64\uff1c]/;

/** Where a tag would open in `text`, or -1. */
const tagOpening = (text: string): number => {
  const found = text.search(TAG_OPEN);
  if (found >= 0 || !LESS_THAN_VARIANT.test(text)) return found;
  return text.normalize('NFKC').search(TAG_OPEN);
};

/** What one parse saw besides its tokens: every destination and every link title markdown-it read. */
interface Seen {
  readonly destinations: string[];
  readonly titles: string[];
}

// Parsing is synchronous, so the hooks below can write to the parse in progress.
let seen: Seen | null = null;

const parser = new MarkdownIt({ html: true });
// Keep the reference_definition tokens (markdown-it drops them after the block pass): their labels are text.
parser.core.ruler.disable('strip_references');
// Keep destinations as written (entities and escapes decoded, but not percent-encoded): the checks decode
// them themselves and would otherwise not see a literal space or control character.
parser.normalizeLink = (url) => url;
// markdown-it silently turns a `javascript:` link into plain text; accepting every URL here lets us see
// and name the dangerous ones instead of letting them pass unnoticed.
parser.validateLink = (url) => {
  seen?.destinations.push(url);
  return true;
};
const parseLinkTitle = parser.helpers.parseLinkTitle;
parser.helpers.parseLinkTitle = (...args) => {
  const title = parseLinkTitle(...args);
  if (title.ok) seen?.titles.push(title.str);
  return title;
};

const SKIPPED: ReadonlySet<string> = new Set(['code_inline', 'code_block', 'fence']);

function textHazard(text: string, hazards: MarkdownHazard[]): void {
  const at = tagOpening(text);
  if (at >= 0) hazards.push({ kind: 'html', html: text.slice(at) });
}

function collect(tokens: readonly Token[], hazards: MarkdownHazard[]): void {
  for (const token of tokens) {
    if (SKIPPED.has(token.type)) continue;
    if (token.type === 'html_block' || token.type === 'html_inline') {
      hazards.push({ kind: 'html', html: token.content });
    } else if (token.type === 'text') {
      textHazard(token.content, hazards);
    } else if (token.type === 'reference_definition') {
      const label: unknown = token.meta?.label;
      if (typeof label === 'string') textHazard(label, hazards);
    }
    if (token.children) collect(token.children, hazards);
  }
}

/** The hazards of a Markdown text: HTML in reading order, then unsafe destinations; empty when it is safe. */
export function findMarkdownHazards(text: string): MarkdownHazard[] {
  // Raw HTML and autolinks need `<` (or a character NFKC turns into one), entities `&`, and inline links,
  // images and reference definitions `]`. Without any of them the text cannot hold a hazard, and skipping
  // the parse keeps validation of long documents cheap.
  if (!MAY_HOLD_HAZARD.test(text)) return [];
  const current: Seen = { destinations: [], titles: [] };
  seen = current;
  let tokens: Token[];
  try {
    tokens = parser.parse(text, {});
  } finally {
    seen = null;
  }
  const hazards: MarkdownHazard[] = [];
  collect(tokens, hazards);
  for (const title of current.titles) textHazard(title, hazards);
  for (const url of current.destinations) if (!isSafeUrl(url)) hazards.push({ kind: 'link', url });
  return hazards;
}
