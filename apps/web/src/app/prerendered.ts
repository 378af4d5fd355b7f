// What the server wrote into a page it drew (apps/api/src/http/prerender.ts): the language on #root and the
// GraphQL answers in a JSON block, which the browser reads but never runs (the CSP allows no inline script).
import { type SSRData } from '@urql/core';
import { DRAWN_PAGE_DATA_ID } from '@lovecando/shared-util';
import { isLanguage, type Language } from '../i18n/languages';

export interface Prerendered {
  language: Language;
  ssrData: SSRData;
}

/** The server's drawing of this page, or undefined when the page is the app's plain index.html. */
export function readPrerendered(document: Document): Prerendered | undefined {
  const language = document.getElementById('root')?.dataset['prerendered'];
  const block = document.getElementById(DRAWN_PAGE_DATA_ID);
  if (!language || !isLanguage(language) || !block?.textContent) return undefined;
  try {
    return { language, ssrData: JSON.parse(block.textContent) as SSRData };
  } catch {
    return undefined;
  }
}
