// The server is compiled by SWC, which rewrites the workspace aliases itself. Its folders and aliases are
// derived from tsconfig.base.json and the projects' tags (tools/build-api/server-build.mjs), so they
// cannot drift from TypeScript's; this checks the derivation: every library that runs on the server is
// compiled with its alias, and no browser-only or test library is (web pages, UI, client data, testing).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serverAliases, serverSourceDirs, serverSwcConfig, workspaceAliases } from './server-build.mjs';

const ROOT = resolve(__dirname, '../..');
const json = <T>(file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as T;

/** The folder of a library's sources, e.g. "libs/terms/api/src", from its alias target. */
const libDir = (target: string): string => target.replace(/^\.\//, '').replace(/\/src\/.*$/, '/src');

/** Whether a library never runs on the server (libs/<scope>/web, shared ui, web-kit and web-data, testing). */
const isClientOrTestLib = (dir: string): boolean => /\/(web|ui|web-data|web-kit|testing)\/src$/.test(dir);

describe('server build configuration', () => {
  it('gives SWC every server-side path alias of tsconfig.base.json, with the same target', () => {
    const expected = workspaceAliases(ROOT).filter(([, target]) => !isClientOrTestLib(libDir(target)));
    expect(expected.length).toBeGreaterThan(0);
    expect(Object.entries(serverAliases(ROOT))).toEqual(expected.map(([alias, target]) => [alias, [target]]));
  });

  it('compiles the app and every server-side library, and no browser or test library', () => {
    const dirs = serverSourceDirs(ROOT);
    expect(dirs[0]).toBe('apps/api/src');
    expect(dirs).toEqual(expect.arrayContaining(['libs/identity/api/src', 'libs/terms/domain/src']));
    expect(dirs.filter(isClientOrTestLib)).toEqual([]);
    expect(new Set(dirs).size).toBe(dirs.length);
  });

  it('keeps the aliases in one place: apps/api/.swcrc has none, the build adds them', () => {
    expect(json<{ jsc: object }>('apps/api/.swcrc').jsc).not.toHaveProperty('paths');
    expect(serverSwcConfig(ROOT).jsc).toMatchObject({ baseUrl: ROOT, paths: serverAliases(ROOT) });
  });

  it('is what npm run build:api runs', () => {
    const scripts = json<{ scripts: Record<string, string> }>('package.json').scripts;
    expect(scripts['build:api']).toBe('node tools/build-api/build-api.mjs');
  });
});
