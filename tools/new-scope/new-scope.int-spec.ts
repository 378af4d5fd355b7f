// `npm run scope:new` makes a scope that passes the house checks as generated: in a throwaway copy of the
// workspace (never the working tree), the new libraries lint, typecheck (with the apps that compose
// them), build into the server and the web app, and their first tests pass.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const SCOPE = 'ballots';
/** Each check starts tools that load the whole workspace: minutes on a busy two-core machine. */
const SLOW = 300_000;
let copy: string;

/** Runs a command in the copy; its output is shown when it fails. */
async function inCopy(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(command, args, {
      cwd: copy,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

const bin = (name: string) => join(copy, 'node_modules/.bin', name);

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'lovecando-new-scope-'));
  // The files git knows of or would add (the working tree as it is), not build output or node_modules.
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  await inCopy('node', ['tools/new-scope/new-scope.mjs', SCOPE]);
}, SLOW);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run scope:new', () => {
  it('creates the three libraries with their tags, and their aliases', () => {
    for (const type of ['domain', 'api', 'web']) {
      const project = JSON.parse(readFileSync(join(copy, `libs/${SCOPE}/${type}/project.json`), 'utf8')) as {
        tags: string[];
      };
      expect(project.tags).toEqual([`scope:${SCOPE}`, `type:${type}`]);
    }
    const base = readFileSync(join(copy, 'tsconfig.base.json'), 'utf8');
    expect(base).toContain(`"@lovecando/${SCOPE}-api": ["./libs/${SCOPE}/api/src/index.ts"]`);
  });

  it('refuses a scope that exists already', async () => {
    await expect(inCopy('node', ['tools/new-scope/new-scope.mjs', SCOPE])).rejects.toThrow(/exists already/);
  });

  it(
    'makes libraries that lint clean, boundaries included',
    async () => {
      // The module boundary rule reads the project graph, which `nx show projects` computes.
      await inCopy(bin('nx'), ['show', 'projects']);
      await inCopy(bin('eslint'), [
        '--max-warnings=0',
        `libs/${SCOPE}`,
        'apps/api/src/features.ts',
        'apps/web/src/app/features.ts',
      ]);
    },
    SLOW,
  );

  it(
    'makes libraries that typecheck, and apps that still typecheck with them',
    async () => {
      const projects = [
        `libs/${SCOPE}/domain`,
        `libs/${SCOPE}/api`,
        `libs/${SCOPE}/web`,
        'apps/api',
        'apps/web',
      ];
      // Side by side: each tsc spends much of its time loading, not checking.
      await Promise.all(
        projects.map((project) => inCopy(bin('tsc'), ['-p', `${project}/tsconfig.json`, '--noEmit'])),
      );
    },
    SLOW,
  );

  it(
    'builds into the server and the web app',
    async () => {
      await inCopy('npm', ['run', '--silent', 'build']);
      expect(existsSync(join(copy, `dist/api/libs/${SCOPE}/api/src/feature.js`))).toBe(true);
      expect(readFileSync(join(copy, 'dist/api/apps/api/src/features.js'), 'utf8')).toContain(
        `${SCOPE}ApiFeature`,
      );
    },
    SLOW,
  );

  it(
    'gives every library a first test that passes',
    async () => {
      await inCopy(bin('jest'), ['--selectProjects', 'unit', '--testPathPatterns', `libs/${SCOPE}/`]);
      await inCopy(bin('vitest'), ['run', '--project', `${SCOPE}-web`]);
    },
    SLOW,
  );
});
