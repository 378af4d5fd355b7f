// Whether a link or image destination is safe for every reader of the Markdown, not only for our renderer.
// A hostile destination hides its scheme from a filter and shows it to whatever reads the text next: a
// browser that drops tabs and newlines ("java\tscript:"), a renderer that decodes percent-encoding or
// entities ("javascript%3A…", "%6Aavascript:", "&#106avascript:"), one that normalises Unicode
// ("javascript：…", full-width letters). So nothing is stripped and nothing is guessed: a destination is
// refused when it holds a character nobody sees or that parsers treat differently, and otherwise its scheme
// is read from a fully decoded view (percent-encoding and character references decoded until nothing
// changes, then NFKC). Only http, https and mailto are accepted, written plainly, or a truly relative
// reference (no scheme, and not protocol-relative: "//host" and its backslash spellings leave the site).
import MarkdownIt from 'markdown-it';

const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);
const SCHEME = /^[a-z][a-z0-9+.-]*$/i;
/** Decoding rounds before a destination counts as layered encodings meant to outlast a decoder. */
const MAX_ROUNDS = 4;

// Controls, every kind of space and line break, format characters (zero-width spaces and joiners, bidi
// embeddings and isolates, soft hyphen, BOM) and other default-ignorable code points (Hangul fillers,
// variation selectors, tags). `\p{Z}` includes the ASCII space: no destination needs one unencoded.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}]/u;
// Quotes and angle brackets end an attribute or a tag in a renderer that forgets to escape, a backtick does
// in old Internet Explorer, and browsers read a backslash as a slash ("/\evil.example" leaves the site).
const BREAKS_OUT = /["<>`\\]/;
/** What may hide in the decoded view: the same, except the spaces that %20 legitimately produces. */
const HIDDEN_WHEN_DECODED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\\]/u;

const { unescapeAll } = new MarkdownIt().utils;

const PERCENT_RUN = /(?:%[0-9a-f]{2})+/gi;
const PERCENT_BYTE = /%([0-9a-f]{2})/gi;
/** Percent-decoding that never throws: bytes that are not UTF-8 become U+FFFD, ASCII ones stay readable. */
const decodePercent = (text: string): string =>
  text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(PERCENT_BYTE, (_, hex: string) => {
        const byte = Number.parseInt(hex, 16);
        return byte < 0x80 ? String.fromCharCode(byte) : '\ufffd';
      });
    }
  });

// Browsers also decode numeric references without their semicolon inside attributes ("&#106avascript:"),
// which markdown-it's decoder, like the CommonMark spec, leaves alone.
const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi;
const decodeNumericReferences = (text: string): string =>
  text.replace(NUMERIC_REFERENCE, (_, hex: string | undefined, decimal: string | undefined) => {
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    const isScalar = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return isScalar ? String.fromCodePoint(code) : '\ufffd';
  });

/** The destination as the most eager reader would see it, or null when decoding never settles. */
const decodedView = (url: string): string | null => {
  let current = url;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = decodeNumericReferences(unescapeAll(decodePercent(current))).normalize('NFKC');
    if (next === current) return current;
    current = next;
  }
  return null;
};

/** The part of a reference where a scheme can be read: everything before the first `/`, `?` or `#`. */
const headOf = (reference: string): string => reference.split(/[/?#]/, 1)[0] ?? '';

export function isSafeUrl(url: string): boolean {
  if (INVISIBLE.test(url) || BREAKS_OUT.test(url)) return false;
  const decoded = decodedView(url);
  if (decoded === null || HIDDEN_WHEN_DECODED.test(decoded)) return false;
  const head = headOf(decoded);
  const colon = head.indexOf(':');
  if (colon >= 0) {
    const scheme = head.slice(0, colon).toLowerCase();
    // The scheme must also be written plainly: "%68ttps:" or "ｈｔｔｐｓ:" reads differently to each parser.
    return SCHEME.test(scheme) && SAFE_SCHEMES.has(scheme) && url.toLowerCase().startsWith(`${scheme}:`);
  }
  // Relative: nothing that could still turn into a scheme or a host for a reader that decodes differently
  // (a space a reader trims, a reference without its semicolon, a stray percent sign).
  return !decoded.startsWith('//') && !/[\s&%]/.test(head);
}
