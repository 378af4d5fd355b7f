#!/usr/bin/env node
// `npm run bench [-- platform|consent|governance|terms|web]`: runs the benchmark suites (all by default), each in its own Node
// process, and passes their JSON lines through. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SUITES = {
  platform: ['platform.mjs'],
  // --expose-gc lets the suite measure the heap a compiled snapshot holds.
  consent: ['--expose-gc', 'consent.mjs'],
  governance: ['--expose-gc', 'governance.mjs'],
  terms: ['terms.mjs'],
  // Lighthouse in Chromium on the built pages; exits non-zero when a page misses web-budget.json.
  web: ['web.mjs'],
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in SUITES));
if (unknown.length) {
  process.stderr.write(
    `unknown suite ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')}\n`,
  );
  process.exit(2);
}
for (const name of asked.length ? asked : Object.keys(SUITES)) {
  const [script, ...flags] = [...SUITES[name]].reverse();
  const path = fileURLToPath(new URL(script, import.meta.url));
  const run = spawnSync(process.execPath, [...flags.reverse(), path], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
