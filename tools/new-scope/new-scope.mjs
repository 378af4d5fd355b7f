// `npm run scope:new -- <name>`: creates a new scope's three libraries (domain, api, web) with their
// tags, manifests and a first test each, adds their aliases to tsconfig.base.json and mounts their
// manifests in the apps (apps/api/src/features.ts, apps/web/src/app/features.ts). Everything else (the
// server build, Vitest projects, lint scopes, migrations, routes, i18n, cache) follows from those.
// `--root <dir>` generates into another copy of the workspace (the generator's own test does).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scopeFiles } from './templates.mjs';

const usage =
  'usage: npm run scope:new -- <name> [--root <workspace>]   (name: lower-case, e.g. ballots or member-data)';

function parseArgs(argv) {
  const args = [...argv];
  const rootAt = args.indexOf('--root');
  const root =
    rootAt >= 0 ? resolve(args.splice(rootAt, 2)[1] ?? '') : fileURLToPath(new URL('../..', import.meta.url));
  const [name, ...rest] = args;
  if (!name || rest.length) throw new Error(usage);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    throw new Error(`"${name}" is not a lower-case kebab-case name\n${usage}`);
  if (['shared', 'app', 'fixture'].includes(name)) throw new Error(`"${name}" is a reserved scope name`);
  if (existsSync(join(root, 'libs', name))) throw new Error(`libs/${name} exists already`);
  return { name, root };
}

/** Inserts `line` before the closing bracket of the array that `opening` starts, in a TypeScript file. */
function addToList(source, opening, closing, entry) {
  const start = source.indexOf(opening);
  const end = source.indexOf(closing, start + opening.length);
  if (start < 0 || end < 0) throw new Error(`cannot find the list "${opening}…${closing}"`);
  const items = source
    .slice(start + opening.length, end)
    .trim()
    .replace(/,$/, '');
  return `${source.slice(0, start)}${opening}${items ? `${items}, ` : ''}${entry}${closing}${source.slice(end + closing.length)}`;
}

/** Adds an import line after the last import of a TypeScript file. */
function addImport(source, line) {
  const imports = [...source.matchAll(/^import [^;]+;$/gm)];
  const last = imports.at(-1);
  if (!last) throw new Error('no import to add after');
  const at = last.index + last[0].length;
  return `${source.slice(0, at)}\n${line}${source.slice(at)}`;
}

function main() {
  const { name, root } = parseArgs(process.argv.slice(2));
  const files = scopeFiles(name);
  const written = [];
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written.push(path);
  };
  for (const [path, text] of Object.entries(files.created)) write(path, text);

  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  Object.assign(base.compilerOptions.paths, files.aliases);
  write('tsconfig.base.json', `${JSON.stringify(base, null, 2)}\n`);

  const api = 'apps/api/src/features.ts';
  let apiSource = readFileSync(join(root, api), 'utf8');
  apiSource = addImport(apiSource, files.apiImport);
  apiSource = addToList(
    apiSource,
    'export const apiFeatures: readonly AppFeature[] = [',
    '];',
    files.apiEntry,
  );
  write(api, apiSource);

  const web = 'apps/web/src/app/features.ts';
  let webSource = readFileSync(join(root, web), 'utf8');
  webSource = addImport(webSource, files.webImport);
  webSource = addToList(webSource, 'export const webFeatures = [', '] as const;', files.webEntry);
  write(web, webSource);

  // The repository's own formatting, so the new files pass `prettier --check` as they are.
  execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', '--log-level', 'warn', ...written], {
    cwd: root,
    stdio: 'inherit',
  });
  process.stdout.write(`Scope "${name}" created:\n${written.map((path) => `  ${path}`).join('\n')}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
