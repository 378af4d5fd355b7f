// The server is compiled by SWC, which rewrites the workspace aliases itself: its copy of the aliases must
// stay the same as TypeScript's, or the built server imports a path that does not exist.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const json = <T>(file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as T;

describe('server build configuration', () => {
  it('gives SWC the same path aliases as tsconfig.base.json', () => {
    const typescript = json<{ compilerOptions: { paths: unknown } }>('tsconfig.base.json').compilerOptions
      .paths;
    const swc = json<{ jsc: { paths: unknown } }>('apps/api/.swcrc').jsc.paths;
    expect(swc).toEqual(typescript);
  });

  it('compiles every server-side library the aliases name', () => {
    const paths = json<{ compilerOptions: { paths: Record<string, [string]> } }>('tsconfig.base.json')
      .compilerOptions.paths;
    const buildApi = json<{ scripts: Record<string, string> }>('package.json').scripts['build:api'] ?? '';
    const serverLibs = Object.values(paths)
      .map(([target]) => target.replace(/^\.\//, '').replace(/\/index\.ts$/, ''))
      .filter((dir) => !/\/(web|ui|web-data|testing)\/src$/.test(dir));
    for (const dir of serverLibs) expect(buildApi).toContain(` ${dir} `);
  });
});
