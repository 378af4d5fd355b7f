// Proves the module-boundary rules bite. Each fixture under tools/lint-fixtures is a small tagged library
// importing one thing a rule forbids (or allows); the real ESLint CLI lints them all in one run, and each
// test asserts the exact rule and message that fires. Also checks that every project carries its tags.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const FIXTURES = 'tools/lint-fixtures';
/** The one project that must lack tags: the fixture proving that importing such a project fails. */
const UNTAGGED_FIXTURE = 'lint-fixture-untagged';
/**
 * How a fixture finds the untagged library. Path aliases are the build's (every one names a server or web
 * library), so while the spec runs the untagged fixture is linked in as a package instead, the way Nx
 * finds a workspace package; the link lives in an ignored node_modules folder.
 */
const LINKS = resolve(ROOT, FIXTURES, 'governance-api/node_modules');
const UNTAGGED_LINK = join(LINKS, '@lovecando/lint-fixture-untagged');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

interface GraphNode {
  name: string;
  data: { root: string; tags?: string[] };
}

const env = { ...process.env, NX_DAEMON: 'false' };
let projects: GraphNode[] = [];
let results = new Map<string, LintMessage[]>();

beforeAll(() => {
  // The rule reads Nx's project graph and silently skips when there is none: compute it first (and keep
  // the graph, whose nodes carry every project's tags).
  const dir = mkdtempSync(join(tmpdir(), 'project-graph-'));
  try {
    const file = join(dir, 'graph.json');
    spawnSync(process.execPath, [resolve(ROOT, 'node_modules/.bin/nx'), 'graph', `--file=${file}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
    const graph = JSON.parse(readFileSync(file, 'utf8')) as { graph: { nodes: Record<string, GraphNode> } };
    projects = Object.values(graph.graph.nodes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  rmSync(LINKS, { recursive: true, force: true }); // a link left by a killed run
  mkdirSync(resolve(UNTAGGED_LINK, '..'), { recursive: true });
  symlinkSync(resolve(ROOT, FIXTURES, 'untagged'), UNTAGGED_LINK, 'dir');
  const run = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/eslint/bin/eslint.js'), '--no-ignore', '--format', 'json', FIXTURES],
    // A fresh project graph, so the fixtures' tags are always known.
    { cwd: ROOT, encoding: 'utf8', env: { ...env, NX_CACHE_PROJECT_GRAPH: 'false' }, maxBuffer: 1 << 26 },
  );
  const files = JSON.parse(run.stdout) as { filePath: string; messages: LintMessage[] }[];
  results = new Map(files.map((file) => [relative(resolve(ROOT, FIXTURES), file.filePath), file.messages]));
}, 180_000);

afterAll(() => rmSync(LINKS, { recursive: true, force: true }));

function lint(file: string): LintMessage[] {
  const messages = results.get(file);
  if (!messages) throw new Error(`${file} was not linted`);
  return messages;
}

const messagesOf = (rule: string, messages: LintMessage[]) =>
  messages.filter((message) => message.ruleId === rule).map((message) => message.message);
const boundaryMessages = (file: string) => messagesOf('@nx/enforce-module-boundaries', lint(file));

/** The rule that keeps a scope's libraries to its own scope, shared ones and other scopes' contracts. */
const throughContractsOnly = (scope: string) =>
  `A project tagged with "scope:${scope}" can only depend on libs tagged with "scope:${scope}", "scope:shared", "type:contract"`;

describe('a pure library (type:domain, type:util)', () => {
  it('rejects every framework import', () => {
    const messages = boundaryMessages('domain-violation/src/imports-frameworks.ts');
    for (const banned of ['@nestjs/common', 'typeorm', 'graphql', 'react', 'urql']) {
      expect(messages).toContainEqual(
        `A project tagged with "type:domain" is not allowed to import "${banned}"`,
      );
    }
  });

  it('rejects Node built-ins, with and without the node: prefix', () => {
    const messages = messagesOf(
      'no-restricted-imports',
      lint('domain-violation/src/imports-node-builtins.ts'),
    );
    const reason = 'A type:domain or type:util library imports no Node built-in: it must run anywhere.';
    expect(messages).toEqual(
      ['node:fs', 'node:crypto', 'path'].map(
        (name) => `'${name}' import is restricted from being used by a pattern. ${reason}`,
      ),
    );
  });

  it('rejects a package that is not on the pure allow list', () => {
    expect(boundaryMessages('domain-violation/src/imports-impure-packages.ts')).toEqual(
      ['zod', 'pino', 'nodemailer'].map(
        (name) => `A project tagged with "type:domain" is not allowed to import "${name}"`,
      ),
    );
  });

  it('accepts the pure packages of the allow list', () => {
    expect(lint('domain-violation/src/imports-pure-packages.ts')).toEqual([]);
  });

  it('allows fast-check in its tests and test helpers only', () => {
    expect(boundaryMessages('domain-violation/src/imports-fast-check.ts')).toEqual([
      'A project tagged with "type:domain" is not allowed to import "fast-check"',
    ]);
    expect(lint('domain-violation/src/testing/arbitraries.ts')).toEqual([]);
  });

  it('rejects a dependency on a type:testing library', () => {
    expect(boundaryMessages('domain-violation/src/imports-testing-lib.ts')).toEqual([
      'A project tagged with "type:domain" can only depend on libs tagged with "type:domain", "type:util"',
    ]);
  });

  it('accepts a pure domain file', () => {
    expect(lint('domain-violation/src/pure.ts')).toEqual([]);
  });
});

describe('one scope reaching another', () => {
  it("rejects an API library importing another scope's services and entities", () => {
    expect(boundaryMessages('governance-api/src/imports-identity-service.ts')).toEqual([
      throughContractsOnly('governance'),
    ]);
  });

  it("rejects an API library importing another scope's domain library directly", () => {
    expect(boundaryMessages('governance-api/src/imports-identity-domain.ts')).toEqual([
      throughContractsOnly('governance'),
    ]);
    expect(boundaryMessages('governance-api/src/imports-consent-domain.ts')).toEqual([
      throughContractsOnly('governance'),
    ]);
  });

  it("accepts an API library using another scope's contract", () => {
    expect(lint('governance-api/src/imports-access-contract.ts')).toEqual([]);
  });

  it("rejects a web library importing another scope's web library", () => {
    expect(boundaryMessages('governance-web/src/imports-identity-web.ts')).toEqual([
      throughContractsOnly('governance'),
    ]);
  });

  it('rejects a scope that may not know the other at all', () => {
    expect(boundaryMessages('identity-api/src/imports-terms-api.ts')).toEqual([
      'A project tagged with "scope:identity" can only depend on libs tagged with "scope:identity", "scope:shared"',
    ]);
  });
});

describe('a contract library', () => {
  it("rejects carrying its scope's entities or services", () => {
    expect(boundaryMessages('identity-contract/src/imports-entities.ts')).toEqual([
      'A project tagged with "type:contract" is not allowed to import "typeorm"',
      'A project tagged with "type:contract" can only depend on libs tagged with "type:contract", "type:domain", "type:util"',
    ]);
  });
});

describe('tags', () => {
  it('rejects importing a library without tags', () => {
    expect(boundaryMessages('governance-api/src/imports-untagged.ts')).toEqual([
      'A project tagged with "type:api" can only depend on libs tagged with "type:api", "type:contract", "type:domain", "type:util", "type:testing"',
    ]);
  });

  it('rejects any import made by a library without tags', () => {
    expect(boundaryMessages('untagged/src/imports-shared.ts')).toEqual([
      'A project without tags matching at least one constraint cannot depend on any libraries',
    ]);
  });

  it('gives every project exactly one scope:* and one type:* tag', () => {
    const count = (node: GraphNode, prefix: string) =>
      (node.data.tags ?? []).filter((tag) => tag.startsWith(prefix)).length;
    const lacking = projects
      .filter((node) => count(node, 'scope:') !== 1 || count(node, 'type:') !== 1)
      .map((node) => node.name);
    // The check finds the untagged fixture, and nothing else.
    expect(lacking).toEqual([UNTAGGED_FIXTURE]);
  });
});

describe('test support stays out of production code', () => {
  it('rejects production code importing test support, from another library or its own testing/', () => {
    const restricted = lint('domain-violation/src/imports-test-support.ts')
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
    expect(restricted).toEqual([
      expect.stringContaining("'@lovecando/shared-web-data/testing' import is restricted"),
      expect.stringContaining("'./testing/helpers.js' import is restricted"),
    ]);
  });
});
