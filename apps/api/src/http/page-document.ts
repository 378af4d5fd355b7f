// Writes a page the web app's server renderer drew into the app's index.html: the markup between the
// <!--app--> markers of #root, the language on <html> and on #root (the browser compares it with the
// visitor's before adopting the markup), the page's title, and the GraphQL answers in a JSON block that
// the browser reads but never runs (the CSP allows no inline script; a data block is not a script). The
// app's module script and its preloads give way to start-after-paint.js (apps/web/public), which fetches
// and runs them once the drawn page is on screen.

import { DRAWN_PAGE_DATA_ID } from '@lovecando/shared-util';

export interface DrawnPage {
  html: string;
  title: string | undefined;
  language: string;
  ssrData: unknown;
}

// Whitespace around the markers is whatever the formatter leaves there.
const ROOT = /<div id="root">\s*<!--app-->[\s\S]*?<!--\/app-->\s*<\/div>/;
const TITLE = /<title>[^<]*<\/title>/;
const HTML_LANG = /<html lang="[^"]*">/;
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/** The script that starts the app after the first paint, as the web build publishes it. */
export const START_AFTER_PAINT = '/start-after-paint.js';

/** Whether index.html has the places a drawn page goes into (an older build may not). */
export function hasPagePlaces(template: string): boolean {
  return (
    ROOT.test(template) && TITLE.test(template) && HTML_LANG.test(template) && ENTRY_SCRIPT.test(template)
  );
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON that stays inside its <script> block whatever the answers hold: "<" is written as \u003c, so no
 * "</script>" or "<!--" can end or change the block, and U+2028/2029 are escaped as well.
 */
export const jsonForScriptBlock = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** index.html with its module script started after the first paint (see the top of this file). */
function startingAfterPaint(template: string): string {
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  return template
    .replace(MODULE_PRELOAD, '')
    .replace(
      ENTRY_SCRIPT,
      (_, entry: string) =>
        `<script src="${START_AFTER_PAINT}" data-entry="${entry}" data-preload="${preloads.join(' ')}" defer></script>`,
    );
}

export function pageDocument(template: string, page: DrawnPage): string {
  const language = escapeHtml(page.language);
  // Replacement functions, not strings: "$&" or "$1" in a page's text must stay text.
  return startingAfterPaint(template)
    .replace(HTML_LANG, () => `<html lang="${language}">`)
    .replace(TITLE, () =>
      page.title ? `<title>${escapeHtml(page.title)}</title>` : '<title>LoveCanDo</title>',
    )
    .replace(
      ROOT,
      () =>
        `<div id="root" data-prerendered="${language}">${page.html}</div>` +
        `<script type="application/json" id="${DRAWN_PAGE_DATA_ID}">${jsonForScriptBlock(page.ssrData)}</script>`,
    );
}
