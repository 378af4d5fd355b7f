// An article body on the page, rendered from its Markdown once per text.
import { useMemo } from 'react';
import { renderMarkdown } from './render-markdown';

export function MarkdownBody({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  // Setting inner HTML is safe here and only here: renderMarkdown escapes every raw HTML tag (markdown-it
  // with `html: false`) and lets through only links whose URL passes the domain's isSafeUrl, so the
  // output holds no element or attribute the text's author chose beyond what Markdown itself produces.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
