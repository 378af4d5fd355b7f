// The files of a new scope, as the generator writes them (new-scope.mjs): each library's project.json
// with its tags, its tsconfig, its manifest and a first test, in the shape the existing scopes follow.
const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (letter) => letter.toUpperCase());
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const project = (name, type, extraTargets = {}) =>
  json({
    name: `${name}-${type}`,
    $schema: '../../../node_modules/nx/schemas/project-schema.json',
    projectType: 'library',
    sourceRoot: `libs/${name}/${type}/src`,
    tags: [`scope:${name}`, `type:${type}`],
    targets: {
      typecheck: {
        executor: 'nx:run-commands',
        options: { command: `tsc -p libs/${name}/${type}/tsconfig.json --noEmit` },
      },
      ...extraTargets,
    },
  });

function domainFiles(name) {
  const dir = `libs/${name}/domain`;
  const id = camel(name);
  return {
    [`${dir}/project.json`]: project(name, 'domain'),
    [`${dir}/tsconfig.json`]: json({
      extends: '../../../tsconfig.base.json',
      compilerOptions: { exactOptionalPropertyTypes: true, types: ['jest'] },
      include: ['src/**/*.ts', 'src/**/*.json'],
    }),
    [`${dir}/src/index.ts`]: `// Public API of the ${name} domain: its pure rules, free of any framework.
export { ${id}Scope } from './scope.js';
`,
    [`${dir}/src/scope.ts`]: `// What the ${name} scope is called; its rules go next to this file, one module per rule.
export const ${id}Scope = { name: '${name}' } as const;
`,
    [`${dir}/src/scope.spec.ts`]: `// The ${name} domain's first test: replace it with the first rule's.
import { ${id}Scope } from './scope.js';

describe('the ${name} scope', () => {
  it('is named as its tags say', () => {
    expect(${id}Scope.name).toBe('${name}');
  });
});
`,
  };
}

function apiFiles(name) {
  const dir = `libs/${name}/api`;
  const id = camel(name);
  const Module = `${pascal(name)}Module`;
  return {
    [`${dir}/project.json`]: project(name, 'api'),
    [`${dir}/tsconfig.json`]: json({
      extends: '../../../tsconfig.base.json',
      compilerOptions: {
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
        useDefineForClassFields: false,
        types: ['node', 'jest'],
      },
      include: ['src/**/*.ts'],
    }),
    [`${dir}/src/index.ts`]: `// Public API of the ${name} scope on the server: its manifest and module.
export { ${id}ApiFeature } from './feature.js';
export { ${Module} } from './${name}.module.js';
`,
    [`${dir}/src/${name}.module.ts`]: `// The ${name} scope on the server: its resolvers and services go in here.
import { Module } from '@nestjs/common';

@Module({})
export class ${Module} {}
`,
    [`${dir}/src/entities/index.ts`]: `// The tables of the ${name} scope, registered with the application's DataSource.
export const ${id}Entities: (new () => object)[] = [];
`,
    [`${dir}/src/migrations/index.ts`]: `// The ${name} scope's migrations (named <timestamp>-<what>.ts, class <What><timestamp>). Listed
// explicitly so the built server and the tests run the same set; never edited once landed.
import { type MigrationClass } from '@lovecando/shared-server';

export const ${id}Migrations: MigrationClass[] = [];
`,
    [`${dir}/src/${name}.errors.ts`]: `// The codes the ${name} scope answers with beyond the common ones, and what each means
// in French and English. Its use cases throw ${pascal(name)}Error; the API lists every code
// in the schema's ErrorCode enum.
import { CodedError, type CommonErrorCode, defineErrors } from '@lovecando/shared-util';

export const ${id}Errors = defineErrors({});

// Add \`| keyof typeof ${id}Errors\` once the catalogue has codes.
export type ${pascal(name)}ErrorCode = CommonErrorCode;

/** A refusal of the ${name} scope. */
export class ${pascal(name)}Error extends CodedError<${pascal(name)}ErrorCode> {}
`,
    [`${dir}/src/feature.ts`]: `// The ${name} scope's server manifest: its module, tables, migrations and error codes
// (apps/api/src/features.ts).
import { type ApiFeature } from '@lovecando/shared-server';
import { ${id}Entities } from './entities/index.js';
import { ${id}Errors } from './${name}.errors.js';
import { ${id}Migrations } from './migrations/index.js';
import { ${Module} } from './${name}.module.js';

export const ${id}ApiFeature: ApiFeature = {
  name: '${name}',
  module: () => ${Module},
  entities: ${id}Entities,
  migrations: ${id}Migrations,
  errors: ${id}Errors,
};
`,
    [`${dir}/src/feature.spec.ts`]: `// The ${name} server manifest names its scope and its module.
import { ${id}ApiFeature } from './feature.js';
import { ${Module} } from './${name}.module.js';

describe('the ${name} API feature', () => {
  it('mounts the ${name} module under its scope name', () => {
    expect(${id}ApiFeature.name).toBe('${name}');
    expect(${id}ApiFeature.module(undefined)).toBe(${Module});
  });
});
`,
  };
}

function webFiles(name) {
  const dir = `libs/${name}/web`;
  const id = camel(name);
  const Page = `${pascal(name)}Page`;
  const texts = (title, intro) => json({ page: { title, intro } });
  return {
    [`${dir}/project.json`]: project(name, 'web', {
      test: { executor: 'nx:run-commands', options: { command: `vitest run --project ${name}-web` } },
    }),
    [`${dir}/tsconfig.json`]: json({
      extends: '../../../tsconfig.base.json',
      compilerOptions: {
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: ['vite/client'],
      },
      include: [
        'src/**/*.ts',
        'src/**/*.tsx',
        'src/**/*.json',
        'vitest.config.ts',
        '../../shared/ui/src/**/*.ts',
        '../../shared/ui/src/**/*.tsx',
        '../../shared/web-data/src/**/*.ts',
        '../../shared/util/src/**/*.ts',
      ],
      exclude: ['../../shared/**/*.spec.ts', '../../shared/**/*.spec.tsx', '../../shared/**/test-setup.ts'],
    }),
    [`${dir}/vitest.config.ts`]: `// Vitest project for the ${name} pages (see featureLibraryProject).
import { defineConfig } from 'vitest/config';
import { featureLibraryProject } from '../../../vite.workspace';

export default defineConfig(featureLibraryProject('${name}-web'));
`,
    [`${dir}/src/test-setup.ts`]: `// Test setup for the ${name} pages. Vitest globals are off, so Testing Library cannot register its own
// cleanup: unmount every tree after each test.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A first render with real translations can outlast the 1 s default wait on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
`,
    [`${dir}/src/i18n/fr.json`]: texts(`${pascal(name)}`, `Cette page présentera le périmètre ${name}.`),
    [`${dir}/src/i18n/en.json`]: texts(`${pascal(name)}`, `This page will present the ${name} scope.`),
    [`${dir}/src/i18n/resources.ts`]: `// The ${name} pages' translations, in their own i18next namespace ("${name}").
import en from './en.json';
import fr from './fr.json';

export const ${name.toUpperCase().replace(/-/g, '_')}_NAMESPACE = '${name}';

/** The ${name} texts of one language; French is the reference the typecheck reads keys from. */
export type ${pascal(name)}Translations = typeof fr;

export const ${id}Resources: Readonly<Record<'fr' | 'en', ${pascal(name)}Translations>> = { fr, en };
`,
    [`${dir}/src/i18n/i18next.d.ts`]: `// Types the ${name} namespace's keys from the French file for this library's own typecheck. The app
// derives the same from the feature manifests (apps/web/src/i18n/i18next.d.ts).
import type fr from './fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: '${name}';
    resources: { '${name}': typeof fr };
  }
}
`,
    [`${dir}/src/lib/${Page}.tsx`]: `// The ${name} scope's first page.
import { Heading } from '@lovecando/shared-ui';
import { useTranslation } from 'react-i18next';

export function ${Page}() {
  const { t } = useTranslation('${name}');
  return (
    <>
      <Heading level={1}>{t('page.title')}</Heading>
      <p>{t('page.intro')}</p>
    </>
  );
}
`,
    [`${dir}/src/lib/routes.tsx`]: `// The ${name} pages and their addresses.
import { type RouteObject } from 'react-router';
import { ${Page} } from './${Page}';

export const ${id}Routes: RouteObject[] = [{ path: '${name}', element: <${Page} /> }];
`,
    [`${dir}/src/feature.ts`]: `// The ${name} scope's web manifest: its pages, texts (namespace "${name}") and cache settings.
import { type WebFeature } from '@lovecando/shared-web-data';
import { ${name.toUpperCase().replace(/-/g, '_')}_NAMESPACE, ${id}Resources, type ${pascal(name)}Translations } from './i18n/resources';
import { ${id}Routes } from './lib/routes';

export const ${id}WebFeature: WebFeature<typeof ${name.toUpperCase().replace(/-/g, '_')}_NAMESPACE, ${pascal(name)}Translations> = {
  name: '${name}',
  routes: ${id}Routes,
  i18n: { namespace: ${name.toUpperCase().replace(/-/g, '_')}_NAMESPACE, resources: ${id}Resources },
  cache: {},
};
`,
    [`${dir}/src/index.ts`]: `// Public API of the ${name} pages: the manifest the app mounts.
export { ${id}WebFeature } from './feature';
`,
    [`${dir}/src/lib/${Page}.spec.tsx`]: `// The ${name} scope's first page, at its address, with real translations.
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ${id}WebFeature } from '../feature';

function renderAt(path: string, language: 'fr' | 'en') {
  const { namespace, resources } = ${id}WebFeature.i18n;
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    resources: { fr: { [namespace]: resources.fr }, en: { [namespace]: resources.en } },
    lng: language,
    ns: [namespace],
    defaultNS: namespace,
    initAsync: false,
    react: { useSuspense: false },
  });
  const router = createMemoryRouter([...${id}WebFeature.routes], { initialEntries: [path] });
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

describe('the ${name} page', () => {
  it('shows its introduction at /${name}, in French by default', async () => {
    renderAt('/${name}', 'fr');
    expect(await screen.findByText('Cette page présentera le périmètre ${name}.')).toBeTruthy();
  });

  it('speaks English when asked', async () => {
    renderAt('/${name}', 'en');
    expect(await screen.findByText('This page will present the ${name} scope.')).toBeTruthy();
  });
});
`,
  };
}

/** Everything the generator writes and edits for the scope `name`. */
export function scopeFiles(name) {
  const id = camel(name);
  return {
    created: { ...domainFiles(name), ...apiFiles(name), ...webFiles(name) },
    aliases: {
      [`@lovecando/${name}-domain`]: [`./libs/${name}/domain/src/index.ts`],
      [`@lovecando/${name}-api`]: [`./libs/${name}/api/src/index.ts`],
      [`@lovecando/${name}-web`]: [`./libs/${name}/web/src/index.ts`],
    },
    apiImport: `import { ${id}ApiFeature } from '@lovecando/${name}-api';`,
    apiEntry: `${id}ApiFeature`,
    webImport: `import { ${id}WebFeature } from '@lovecando/${name}-web';`,
    webEntry: `${id}WebFeature`,
  };
}
