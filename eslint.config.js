// ESLint flat config for the whole workspace. One run lints every project; module boundaries between
// libraries are enforced by tags (scope:* and type:*): a pure domain library reaches no framework and no
// Node built-in, and one scope reaches another only through that scope's contract library.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The only external packages a pure library (type:domain, type:util) may import: computation without I/O,
 * framework or platform, so an engine runs the same on the server, in a browser or in an SDK.
 */
const purePackages = ['@noble/hashes/*', '@noble/curves/*', 'canonicalize', 'uuid', 'markdown-it', 'diff'];
/** Their tests and test helpers (testing/, test-support/) may also generate cases with fast-check. */
const pureTestPackages = [...purePackages, 'fast-check'];

/**
 * Which other scopes each scope may reach, and it reaches them only through their contract libraries
 * (type:contract: identity-access for who is asking, a port such as consent's policy in force): never
 * another scope's api, domain or web library. A contract re-exports the domain types it speaks in.
 * Apps (scope:app) compose everything.
 */
const scopeReach = {
  identity: [],
  consent: ['identity'],
  terms: ['identity'],
  governance: ['identity', 'terms', 'consent'],
};

/**
 * Every scope of the workspace, one folder under libs/ each (shared aside). A scope missing from
 * scopeReach (a new one, from npm run scope:new) reaches itself and shared only: no edit needed here.
 */
const scopes = readdirSync(new URL('./libs', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

const scopeConstraints = scopes
  .map((scope) => [scope, scopeReach[scope] ?? []])
  .flatMap(([scope, reaches]) => [
    {
      sourceTag: `scope:${scope}`,
      onlyDependOnLibsWithTags: [
        `scope:${scope}`,
        'scope:shared',
        ...reaches.map((other) => `scope:${other}`),
      ],
    },
    // Both constraints hold at once: a library of a reachable scope, and from another scope a contract only.
    {
      sourceTag: `scope:${scope}`,
      onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared', 'type:contract'],
    },
  ]);

/**
 * Who may depend on whom, built for one set of pure packages. Every type is listed; there is deliberately
 * no '*' → '*' escape hatch, and a library without tags can neither import nor be imported.
 */
const constraintsWith = (pure) => [
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
    allowedExternalImports: pure,
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'], allowedExternalImports: pure },
  {
    sourceTag: 'type:client',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', 'react-dom'],
  },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:util'] },
  {
    // What a scope shows the others on the server: decorators, guards, ports and types, never entities.
    sourceTag: 'type:contract',
    onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:util'],
    bannedExternalImports: ['typeorm', '@nestjs/typeorm', 'react', 'react-dom', 'urql', '@urql/*'],
  },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: ['type:api', 'type:contract', 'type:domain', 'type:util', 'type:testing'],
    bannedExternalImports: ['react', 'react-dom', 'urql', '@urql/*'],
  },
  {
    sourceTag: 'type:ui',
    onlyDependOnLibsWithTags: ['type:ui', 'type:util'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'urql', '@urql/*'],
  },
  {
    sourceTag: 'type:data',
    onlyDependOnLibsWithTags: ['type:data', 'type:domain', 'type:util'],
    bannedExternalImports: ['@nestjs/*', 'typeorm'],
  },
  {
    sourceTag: 'type:web',
    onlyDependOnLibsWithTags: ['type:web', 'type:ui', 'type:data', 'type:domain', 'type:util'],
    bannedExternalImports: ['@nestjs/*', 'typeorm'],
  },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:testing', 'type:infra', 'type:domain', 'type:util'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:api',
      'type:contract',
      'type:web',
      'type:ui',
      'type:data',
      'type:domain',
      'type:util',
      'type:infra',
      'type:testing',
    ],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:util'] },
  {
    sourceTag: 'type:tool',
    onlyDependOnLibsWithTags: ['type:infra', 'type:testing', 'type:domain', 'type:util'],
  },
  {
    sourceTag: 'scope:app',
    onlyDependOnLibsWithTags: ['scope:shared', ...scopes.map((scope) => `scope:${scope}`)],
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...scopeConstraints,
  { sourceTag: 'scope:fixture', onlyDependOnLibsWithTags: ['scope:fixture', 'scope:shared'] },
];
export const depConstraints = constraintsWith(purePackages);

const boundaries = (constraints) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: constraints,
    banTransitiveDependencies: false,
  },
];

/** Roots of the projects carrying one of these tags, read from every project.json (fixtures included). */
function projectRootsTagged(...tags) {
  const roots = [];
  const visit = (dir, depth) => {
    for (const entry of readdirSync(join(import.meta.dirname, dir), { withFileTypes: true })) {
      if (!entry.isDirectory() || ['node_modules', 'dist', 'src'].includes(entry.name)) continue;
      const root = `${dir}/${entry.name}`;
      const file = join(import.meta.dirname, root, 'project.json');
      if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).tags?.some((tag) => tags.includes(tag)))
        roots.push(root);
      if (depth > 1) visit(root, depth - 1);
    }
  };
  for (const top of ['apps', 'libs', 'tools']) visit(top, 3);
  return roots;
}

const pureRoots = projectRootsTagged('type:domain', 'type:util');

/** Node's built-in modules, bare and with the node: prefix: a pure library must not reach the platform. */
const nodeBuiltins = new RegExp(
  `^(node:.*|(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/.*)?)$`.replaceAll(
    '/',
    '\\/',
  ),
);

const nodeBuiltinImports = {
  regex: nodeBuiltins.source,
  message: 'A type:domain or type:util library imports no Node built-in: it must run anywhere.',
};
const testSupportImports = {
  regex: '^@lovecando/[\\w-]+/testing$|(^|/)testing/',
  message: 'Test support is for tests, benchmarks and tools only.',
};

/** Projects whose classes use legacy decorators with emitted metadata (NestJS, TypeORM). */
const decoratorProjects = ['apps/api/**/*.ts', 'libs/*/api/**/*.ts', 'libs/shared/testing/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.nx/**',
      '.data/**',
      'tmp/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'libs/shared/web-data/src/generated/**',
      // Fixtures that must fail lint; tools/lint-boundaries.spec proves they do.
      'tools/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...nx.configs['flat/base'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Nest injects by constructor parameter types read from emitted metadata: a type-only import would
    // erase them, so this rule must know the decorator settings of these projects.
    files: decoratorProjects,
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ['**/*.tsx', 'apps/web/**/*.ts', 'libs/shared/ui/**/*.ts', 'libs/shared/web-data/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.strict.rules },
  },
  {
    // Tests and test helpers of pure libraries: the same rules, plus the property-testing library.
    files: pureRoots.flatMap((root) => [
      `${root}/**/*.spec.ts`,
      `${root}/**/testing/**/*.ts`,
      `${root}/**/test-support/**/*.ts`,
    ]),
    rules: { '@nx/enforce-module-boundaries': boundaries(constraintsWith(pureTestPackages)) },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Plain-JS scripts (tools, test helpers) run the built server from dist/ on purpose.
    files: ['**/*.mjs'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Build and test configuration is not library code: it may share helpers from the repository root.
    files: ['**/vite.config.ts', '**/vitest.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // A library's test support is its `/testing` entry point (fixtures, generators, reference evaluators):
    // tests, benchmarks and tools use it; production code never does (the lint fixture proves the rule).
    files: ['apps/*/src/**/*.{ts,tsx}', 'libs/**/src/**/*.{ts,tsx}', 'tools/lint-fixtures/*/src/**/*.ts'],
    ignores: [
      '**/*.spec.{ts,tsx}',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      '**/testing/**',
      '**/test/**',
      '**/test-setup.ts',
      'libs/shared/testing/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [testSupportImports] }],
    },
  },
  // Pure libraries: no Node built-in either. One rule entry per file set, since a later block replaces
  // the options of an earlier one for the same rule.
  {
    files: pureRoots.map((root) => `${root}/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltinImports, testSupportImports] }] },
  },
  {
    files: pureRoots.flatMap((root) => [
      `${root}/**/*.spec.ts`,
      `${root}/**/testing/**/*.ts`,
      `${root}/**/test-support/**/*.ts`,
    ]),
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltinImports] }] },
  },
  {
    // The recount must stay independent of the server's tally: Node's built-ins and its own files only.
    files: ['tools/recount/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!node:|\\./[\\w-]+\\.mjs$)', message: 'The recount imports only node: built-ins.' },
          ],
        },
      ],
    },
  },
  prettier,
);
