// Finds what a Markdown text must not contain: raw HTML (it would bypass the renderer's escaping) and links
// or images whose URL scheme could run code or smuggle content (javascript:, data:, vbscript:…). Only
// http, https, mailto and scheme-less (relative, #anchor) URLs are accepted.
import MarkdownIt, { type Token } from 'markdown-it';

export type MarkdownHazard =
  { readonly kind: 'html'; readonly html: string } | { readonly kind: 'link'; readonly url: string };

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop ASCII whitespace and control characters before they read a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f]/g;

const parser = new MarkdownIt({ html: true });
// markdown-it silently turns a `javascript:` link into plain text; accepting every URL here lets us see
// and name the dangerous ones instead of letting them pass unnoticed.
parser.validateLink = () => true;

export function isSafeUrl(url: string): boolean {
  const scheme = SCHEME.exec(url.replace(IGNORED_BY_BROWSERS, ''));
  return scheme === null || SAFE_SCHEMES.has((scheme[1] ?? '').toLowerCase());
}

function collect(tokens: readonly Token[], hazards: MarkdownHazard[]): void {
  for (const token of tokens) {
    if (token.type === 'html_block' || token.type === 'html_inline') {
      hazards.push({ kind: 'html', html: token.content });
    } else if (token.type === 'link_open' || token.type === 'image') {
      const url = token.attrGet(token.type === 'image' ? 'src' : 'href');
      if (typeof url === 'string' && !isSafeUrl(url)) hazards.push({ kind: 'link', url });
    }
    if (token.children) collect(token.children, hazards);
  }
}

/** The hazards of a Markdown text, in reading order; empty when it is safe. */
export function findMarkdownHazards(text: string): MarkdownHazard[] {
  // Raw HTML and autolinks need `<`; inline links, images and reference definitions need `]`. Without
  // either the text cannot hold a hazard, and skipping the parse keeps validation of long documents cheap.
  if (!text.includes('<') && !text.includes(']')) return [];
  const hazards: MarkdownHazard[] = [];
  collect(parser.parse(text, {}), hazards);
  return hazards;
}
