// What the server build compiles, derived from the workspace instead of listed by hand: the libraries
// whose tags say they run on the server (type:api, type:contract, type:domain, type:util, type:infra), their source
// folders and their aliases from tsconfig.base.json "paths", the one place aliases are declared.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Library types whose code runs in the server process. */
export const SERVER_TYPES = ['type:api', 'type:contract', 'type:domain', 'type:util', 'type:infra'];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The project folder of an alias target: "./libs/terms/api/src/index.ts" → "libs/terms/api". */
const projectDir = (target) => target.replace(/^\.\//, '').replace(/\/src\/.*$/, '');

/** The tags of the project in `dir` (none when it has no project.json). */
const projectTags = (root, dir) => {
  const file = join(root, dir, 'project.json');
  return existsSync(file) ? (readJson(file).tags ?? []) : [];
};

/** Every alias of tsconfig.base.json with its target, e.g. ["@lovecando/terms-api", "./libs/…/index.ts"]. */
export const workspaceAliases = (root) =>
  Object.entries(readJson(join(root, 'tsconfig.base.json')).compilerOptions.paths).map(
    ([alias, [target]]) => [alias, target],
  );

/** The aliases of the libraries that run on the server, as SWC's jsc.paths takes them. */
export const serverAliases = (root) =>
  Object.fromEntries(
    workspaceAliases(root)
      .filter(([, target]) => projectTags(root, projectDir(target)).some((tag) => SERVER_TYPES.includes(tag)))
      .map(([alias, target]) => [alias, [target]]),
  );

/** The source folders the server build compiles: the app's, then each server library's, each once. */
export const serverSourceDirs = (root) => [
  'apps/api/src',
  ...new Set(Object.values(serverAliases(root)).map(([target]) => `${projectDir(target)}/src`)),
];

/** The SWC configuration of the server: apps/api/.swcrc plus the server aliases, resolved from `root`. */
export const serverSwcConfig = (root) => {
  const base = readJson(join(root, 'apps/api/.swcrc'));
  return { ...base, jsc: { ...base.jsc, baseUrl: root, paths: serverAliases(root) } };
};
