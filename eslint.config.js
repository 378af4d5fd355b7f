// ESLint flat config for the whole workspace. One run lints every project; module boundaries between
// libraries are enforced by tags (scope:* and type:*), so a pure domain library cannot reach a framework.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages a framework-free library (domain, util) must never import. */
const frameworkPackages = [
  '@nestjs/*',
  '@apollo/*',
  'typeorm',
  'pg',
  'graphql',
  'graphql-*',
  'react',
  'react-dom',
  'react-*',
  'urql',
  '@urql/*',
  'class-validator',
  'class-transformer',
  'express',
];

/** Who may depend on whom. Every type is listed; there is deliberately no '*' → '*' escape hatch. */
export const depConstraints = [
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
    bannedExternalImports: frameworkPackages,
  },
  {
    sourceTag: 'type:util',
    onlyDependOnLibsWithTags: ['type:util'],
    bannedExternalImports: frameworkPackages,
  },
  {
    sourceTag: 'type:client',
    onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', 'react-dom'],
  },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: ['type:api', 'type:domain', 'type:util', 'type:testing'],
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
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:identity',
      'scope:consent',
      'scope:terms',
      'scope:governance',
    ],
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared'] },
  { sourceTag: 'scope:consent', onlyDependOnLibsWithTags: ['scope:consent', 'scope:shared'] },
  {
    // The terms API reads the access decorators of identity; the terms domain stays self-contained anyway.
    sourceTag: 'scope:terms',
    onlyDependOnLibsWithTags: ['scope:terms', 'scope:identity', 'scope:shared'],
  },
  {
    sourceTag: 'scope:governance',
    onlyDependOnLibsWithTags: [
      'scope:governance',
      'scope:consent',
      'scope:terms',
      'scope:identity',
      'scope:shared',
    ],
  },
  { sourceTag: 'scope:fixture', onlyDependOnLibsWithTags: ['scope:fixture', 'scope:shared'] },
];

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
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints, banTransitiveDependencies: false },
      ],
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@lovecando/[\\w-]+/testing$|(^|/)testing/',
              message: 'Test support is for tests, benchmarks and tools only.',
            },
          ],
        },
      ],
    },
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
