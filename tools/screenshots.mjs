#!/usr/bin/env node
// `npm run screenshots`: the pages as people see them, to look at before a change lands. Starts the built
// production server (tools/bench/built-server.mjs) and saves, in Debian's Chromium, every page below in
// French and English, at 1366 px (a laptop) and 390 px (a phone), into tmp/screenshots/; the pages the
// server draws also as they are before any script runs ("-drawn"). Needs `npm run build`.
// Extra arguments narrow the pages: `npm run screenshots -- /terms /sign-in`.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer, throwawayDatabase } from './bench/built-server.mjs';

/** Public pages; those the server draws get a second shot with scripts off. */
const PAGES = [
  { path: '/', name: 'home', drawn: true },
  { path: '/terms', name: 'terms', drawn: true },
  { path: '/sign-in', name: 'sign-in', drawn: true },
  { path: '/sign-up', name: 'sign-up' },
  { path: '/about', name: 'about' },
  { path: '/no-such-page', name: 'not-found' },
];
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];
const OUT = 'tmp/screenshots';

const wanted = process.argv.slice(2);
const pages = wanted.length ? PAGES.filter((page) => wanted.includes(page.path)) : PAGES;
mkdirSync(OUT, { recursive: true });

const database = await throwawayDatabase();
const server = await startServer(database.env);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const saved = [];
try {
  for (const viewport of WIDTHS) {
    for (const language of ['fr', 'en']) {
      for (const scripts of [true, false]) {
        const context = await browser.newContext({ viewport, javaScriptEnabled: scripts });
        // The visitor's choice as the app keeps it: in this browser and in the cookie the server reads.
        await context.addCookies([{ name: 'lovecando.lang', value: language, url: server.origin }]);
        await context.addInitScript((chosen) => localStorage.setItem('lovecando.lang', chosen), language);
        const page = await context.newPage();
        for (const { path, name, drawn } of pages) {
          if (!scripts && !drawn) continue;
          await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
          const file = `${OUT}/${name}-${language}-${viewport.width}${scripts ? '' : '-drawn'}.png`;
          await page.screenshot({ path: file, fullPage: true });
          saved.push(file);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
  await database.drop();
}
process.stdout.write(`${saved.join('\n')}\n`);
