// The server is compiled by SWC, which rewrites the workspace aliases itself: its copy of the aliases must
// agree with TypeScript's, or the built server imports a path that does not exist. Browser-only libraries
// (web pages, UI, client data, test helpers) are never part of the server, so SWC does not need them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const json = <T>(file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as T;

type Paths = Record<string, [string]>;

const typescriptPaths = json<{ compilerOptions: { paths: Paths } }>('tsconfig.base.json').compilerOptions
  .paths;
const swcPaths = json<{ jsc: { paths: Paths } }>('apps/api/.swcrc').jsc.paths;

/** The folder of a library's sources, e.g. "libs/terms/api/src", from its alias target. */
const libDir = (target: string): string => target.replace(/^\.\//, '').replace(/\/index\.ts$/, '');

/** Whether a library never runs on the server (libs/<scope>/web, shared ui and web-data, testing). */
const isClientOrTestLib = (dir: string): boolean => /\/(web|ui|web-data|testing)\/src(\/testing)?$/.test(dir);

describe('server build configuration', () => {
  it('gives SWC every server-side path alias of tsconfig.base.json, with the same target', () => {
    const serverAliases = Object.entries(typescriptPaths).filter(
      ([, [target]]) => !isClientOrTestLib(libDir(target)),
    );
    expect(serverAliases.length).toBeGreaterThan(0);
    for (const [alias, target] of serverAliases) expect([alias, swcPaths[alias]]).toEqual([alias, target]);
  });

  it('gives SWC no alias that tsconfig.base.json lacks or points elsewhere', () => {
    for (const [alias, target] of Object.entries(swcPaths)) {
      expect([alias, typescriptPaths[alias]]).toEqual([alias, target]);
    }
  });

  it('compiles every server-side library the aliases name', () => {
    const buildApi = json<{ scripts: Record<string, string> }>('package.json').scripts['build:api'] ?? '';
    const serverLibs = Object.values(typescriptPaths)
      .map(([target]) => libDir(target))
      .filter((dir) => !isClientOrTestLib(dir));
    for (const dir of serverLibs) expect(buildApi).toContain(` ${dir} `);
  });
});
