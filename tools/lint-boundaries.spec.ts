// Proves the module-boundary rules bite: a `type:domain` library importing a framework or a library its
// tag may not use fails lint, and a pure one passes. Runs the real ESLint CLI on tools/lint-fixtures.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const FIXTURE = 'tools/lint-fixtures/domain-violation/src';

interface LintMessage {
  ruleId: string | null;
  message: string;
}

// The rule reads Nx's cached project graph and silently skips when there is none: compute it first.
beforeAll(() => {
  const graph = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/.bin/nx'), 'show', 'projects'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  expect(graph.stdout).toContain('lint-fixture-domain-violation');
}, 60_000);

function lint(file: string): LintMessage[] {
  const run = spawnSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/eslint/bin/eslint.js'),
      '--no-ignore',
      '--format',
      'json',
      `${FIXTURE}/${file}`,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8', // A fresh project graph, so the fixture's tags are always known.
      env: { ...process.env, NX_DAEMON: 'false', NX_CACHE_PROJECT_GRAPH: 'false' },
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return result?.messages ?? [];
}

const boundaryMessages = (messages: LintMessage[]) =>
  messages
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);

describe('module boundaries', () => {
  it('reject every framework import from a type:domain library', () => {
    const messages = boundaryMessages(lint('imports-frameworks.ts'));
    for (const banned of ['@nestjs/common', 'typeorm', 'graphql', 'react', 'urql']) {
      expect(messages).toContainEqual(
        `A project tagged with "type:domain" is not allowed to import "${banned}"`,
      );
    }
  }, 60_000);

  it('reject a type:domain library depending on a type:testing library', () => {
    const messages = boundaryMessages(lint('imports-testing-lib.ts'));
    expect(messages).toContainEqual(
      expect.stringContaining('can only depend on libs tagged with "type:domain", "type:util"'),
    );
  }, 60_000);

  it('reject production code importing test support, from another library or its own testing/', () => {
    const restricted = lint('imports-test-support.ts')
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
    expect(restricted).toEqual([
      expect.stringContaining("'@lovecando/shared-web-data/testing' import is restricted"),
      expect.stringContaining("'./testing/helpers.js' import is restricted"),
    ]);
  }, 60_000);

  it('accept a pure domain file', () => {
    expect(lint('pure.ts')).toEqual([]);
  }, 60_000);
});
