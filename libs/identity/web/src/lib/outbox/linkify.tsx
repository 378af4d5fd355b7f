// Plain text with its web addresses made clickable. The text stays text (React escapes it); only
// http(s) URLs become links, so no markup or script from an email can reach the page.
import { type ReactNode } from 'react';

/** A run of characters that starts like a web address and stops at whitespace or a quote or bracket. */
const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]]+/g;
/** Punctuation that ends a sentence rather than the address, as in "see https://example.org." */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    let href: string | undefined;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') href = candidate;
    } catch {
      href = undefined;
    }
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', href });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function Linkified({ text }: { text: string }): ReactNode {
  return splitLinks(text).map((part, index) =>
    part.kind === 'link' ? (
      <a key={index} href={part.href}>
        {part.href}
      </a>
    ) : (
      part.text
    ),
  );
}
