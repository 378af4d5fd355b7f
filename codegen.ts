// GraphQL Code Generator: turns the API's committed schema and the operations written in the web code
// into typed documents in libs/shared/web-data/src/generated/. CI re-runs it and fails on any diff, so
// it reads the schema file (never a running server) and its output must not depend on the machine.
import { type CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', 'libs/*/web/src/**/*.{ts,tsx}', '!**/*.spec.{ts,tsx}'],
  generates: {
    'libs/shared/web-data/src/generated/': {
      preset: 'client',
      // Fragments only share field lists between documents; their fields stay readable where used.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Enums as string unions: no runtime objects, and they match the JSON the API sends. The client
        // preset 6 reads `enumType`; `enumsAsTypes` is the same choice for the `typescript` plugin.
        enumsAsTypes: true,
        enumType: 'string-literal',
        // Unknown custom scalars must be mapped explicitly rather than silently typed `any`.
        strictScalars: true,
        scalars: { DateTime: { input: 'string', output: 'string' } },
        // Imports end in .js so the generated files resolve under any moduleResolution.
        emitLegacyCommonJSImports: false,
      },
    },
    // Every enum of the schema, used in a document or not: the web reads the API's error codes
    // (ErrorCode) from here instead of spelling them by hand.
    'libs/shared/web-data/src/generated/schema-enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
