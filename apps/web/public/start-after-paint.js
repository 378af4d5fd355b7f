// Starts the web app after the browser has painted a page the server drew (apps/api/src/http/page-document.ts
// puts this script in place of the app's module script on such pages). The page is readable from its HTML;
// evaluating the app first would hold that first paint back on a slow phone, so the app's modules are
// fetched and run once the page is on screen, then React adopts the drawn page (main.tsx).
/* global document, requestAnimationFrame */
const script = document.currentScript;
const entry = script.dataset.entry;
const preloads = (script.dataset.preload || '').split(' ').filter(Boolean);

function start() {
  for (const href of preloads) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  import(entry);
}

// The first use of Intl loads the browser's locale data, a long step on a slow phone, which the app's
// modules take at their start (React Aria reads the locale's writing direction there): taken here, in
// a task of its own, it does not add to theirs.
function loadLocaleData() {
  const locale = new Intl.Locale(document.documentElement.lang || 'fr').maximize();
  Intl.DateTimeFormat.supportedLocalesOf([locale.baseName]);
  setTimeout(start, 0);
}

// The frame's callback runs just before its paint; the timeout, just after it.
requestAnimationFrame(() => setTimeout(loadLocaleData, 0));
