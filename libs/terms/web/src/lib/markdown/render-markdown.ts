// Turns an article body (Markdown) into HTML for the terms page. The domain already refuses bodies with
// raw HTML or unsafe links when a version is created; this renderer does not rely on that and enforces
// both again, so what reaches the page stays safe even if a bad body ever got into the database:
// - `html: false` makes markdown-it escape any raw HTML (`<script>` shows as text, never as a tag);
// - `validateLink` is the domain's own rule, stricter than markdown-it's default: only http, https,
//   mailto and scheme-less (relative, #anchor) URLs become links or images; anything else stays text.
import { isSafeUrl } from '@lovecando/terms-domain';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// markdown-it hands over the URL after normalising it (entities decoded, then percent-encoded); isSafeUrl
// decodes percent-encoding, references and Unicode look-alikes itself, so the encoded form is judged like
// the one the author wrote.
markdown.validateLink = (url: string): boolean => isSafeUrl(url);

/** Highest heading level a body may use: its article's title is an <h2>. */
const BODY_TOP_LEVEL = 3;

// A heading written in a body ("# …") would otherwise become an <h1> inside an article and break the
// page's outline (one <h1>, articles as <h2>): every body heading moves down under its article's title.
markdown.core.ruler.push('terms_body_heading_levels', (state) => {
  for (const token of state.tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.min(level + BODY_TOP_LEVEL - 1, 6)}`;
    }
  }
});

/** The HTML of a Markdown body: escaped raw HTML, only safe links, headings from <h3> down. */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
