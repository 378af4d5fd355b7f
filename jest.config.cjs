// Jest for the server side (API, its libraries, tools). Nest 12 and a few other dependencies ship ESM
// only, so they are transformed to CommonJS with SWC like our own TypeScript. Three projects:
//   unit         *.spec.ts      no database, milliseconds
//   integration  *.int-spec.ts  real PostgreSQL at TEST_DATABASE_URL
//   api-e2e      *.e2e-spec.ts  the whole API over real HTTP and WebSocket, and the built server
// The database projects run under tools/with-test-database.mjs, which provides TEST_DATABASE_URL (a
// throwaway embedded cluster unless one is configured).
const { compilerOptions } = require('./tsconfig.base.json');

const aliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const ESM_ONLY = [
  '@nestjs',
  'graphql-ws',
  '@escape\\.tech',
  'nestjs-pino',
  'pino-http',
  'p-limit',
  'yocto-queue',
  '@noble',
  'canonicalize',
  'uuid',
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|mj|j)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: {
    ...aliases,
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // canonicalize exports only an `import` condition, which Jest's CommonJS resolver does not try.
    '^canonicalize$': '<rootDir>/node_modules/canonicalize/lib/canonicalize.js',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '/dist/',
    '/apps/web/',
    '/apps/web-e2e/',
    '/libs/[^/]+/(ui|web|web-data|web-kit)/',
  ],
};

/** Database and server tests: 30 s per test and hook (tools/jest/slow-tests.cjs says why). */
const slow = { setupFilesAfterEnv: ['<rootDir>/tools/jest/slow-tests.cjs'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.spec.ts'] },
    // Database and server tests start real processes: allow for a busy machine.
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/**/*.int-spec.ts'], ...slow },
    { ...common, displayName: 'api-e2e', testMatch: ['<rootDir>/**/*.e2e-spec.ts'], ...slow },
  ],
};
