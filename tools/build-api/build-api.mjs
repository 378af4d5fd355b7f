// `npm run build:api`: compiles the server (apps/api and the libraries that run on the server) with SWC
// into dist/api. The folders and aliases come from the workspace (server-build.mjs), so a new scope's
// libraries are built without editing this script. Extra arguments (e.g. --watch) go to SWC.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverSourceDirs, serverSwcConfig } from './server-build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
// SWC reads its settings from a file: the derived one goes with the build output (dist/), never committed.
const configFile = join(root, 'dist/api.swcrc');
mkdirSync(join(configFile, '..'), { recursive: true });
writeFileSync(configFile, JSON.stringify(serverSwcConfig(root), null, 2));

const args = [
  ...serverSourceDirs(root),
  ...['-d', 'dist/api', '--config-file', configFile, '--copy-files', '--quiet'],
  ...['--ignore', '**/*.spec.ts', '--ignore', '**/*.int-spec.ts'],
  ...process.argv.slice(2),
];
const swc = spawn(join(root, 'node_modules/.bin/swc'), args, { cwd: root, stdio: 'inherit' });
swc.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
