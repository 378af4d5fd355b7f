/// <reference types="vitest/config" />
// Vite config of the web app: dev server on 4200 proxying the API, production build into
// dist/apps/web (served by the API process), the server renderer into dist/apps/web-server (`--ssr`,
// called by the API process to draw public pages: src/server.tsx), and the `web` Vitest project.
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { env } from 'node:process';
import { constants as zlibConstants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { fromRepoRoot, workspaceAliases } from '../../vite.workspace';

/**
 * Where the dev server forwards API calls: the API listens on 127.0.0.1:3000 unless told otherwise
 * (`localhost` may resolve to ::1 first, where a development API does not listen).
 */
const apiUrl = env['API_URL'] ?? 'http://127.0.0.1:3000';

/** The server renderer: one self-contained module the API process imports (nothing left to node_modules). */
const serverRendererBuild = {
  outDir: fromRepoRoot('dist/apps/web-server'),
  emptyOutDir: true,
  // public/ holds files for browsers (start-after-paint.js); the client build publishes them.
  copyPublicDir: false,
  sourcemap: true,
  rolldownOptions: { output: { entryFileNames: '[name].mjs', codeSplitting: false } },
};

export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  ssr: { noExternal: true, target: 'node' },
  plugins: [
    react(),
    // React Aria ships its own strings ("Dismiss", "Close"…) in 34 languages, evaluated with the first page;
    // the app speaks two, and App.tsx hands React Aria the interface language.
    optimizeLocales.vite({ locales: ['fr-FR', 'en-US'] }),
    // A brotli and a gzip copy of every text asset, made once at build time; the server sends the
    // smallest the browser accepts (apps/api/src/http/web-app.ts) and compresses nothing per request.
    !isSsrBuild &&
      compression({
        algorithms: [
          ['brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }],
          ['gzip', { level: 9 }],
        ],
        include: /\.(js|mjs|css|html|svg|json|txt)$/,
        threshold: 512,
        skipIfLargerOrEqual: true,
      }),
  ],
  resolve: { alias: workspaceAliases() },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      // ws: true carries the graphql-ws subscriptions, which share the /graphql path.
      '/graphql': { target: apiUrl, ws: true },
      '/health': { target: apiUrl },
    },
  },
  build: isSsrBuild
    ? serverRendererBuild
    : {
        outDir: fromRepoRoot('dist/apps/web'),
        emptyOutDir: true,
        // Maps are written for debugging on the server but not referenced from the scripts, and the
        // server does not publish them in production.
        sourcemap: 'hidden',
        rolldownOptions: {
          treeshake: {
            // Domain libraries are pure by rule (docs/architecture.md#boundary-rules, enforced by lint): a module
            // of theirs whose exports go unused can be dropped. Without this, a page importing one function from
            // a domain's index also ships its module-level data (e.g. the full text of the first terms of use).
            // The design system's components (src/lib; not its index, which imports the stylesheet) are pure
            // too: a component only a lazy page uses, such as the catalogue's tabs, ships with that page alone.
            moduleSideEffects: [
              { test: /[\\/]libs[\\/][^\\/]+[\\/]domain[\\/]src[\\/]/, sideEffects: false },
              { test: /[\\/]libs[\\/]shared[\\/]ui[\\/]src[\\/]lib[\\/]/, sideEffects: false },
            ],
          },
          output: {
            // Libraries change far less often than the app: in their own chunks they stay in the browser
            // cache across deployments, and no single chunk grows past Vite's size warning.
            codeSplitting: {
              groups: [
                { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
                { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
                {
                  name: 'aria',
                  test: /node_modules[\\/](react-aria|react-aria-components|react-stately|@internationalized)[\\/]/,
                  // Split by the entries that use them, so widgets only a lazy page needs (the catalogue's tabs,
                  // meters…) load with that page instead of weighing on the first one.
                  entriesAware: true,
                },
                {
                  name: 'i18n',
                  test: /node_modules[\\/](i18next|i18next-browser-languagedetector|react-i18next)[\\/]/,
                },
                // graphql-ws stays out: it is fetched with the first subscription (graphql-client.ts).
                { name: 'graphql', test: /node_modules[\\/](urql|@urql|wonka|@0no-co)[\\/]/ },
              ],
            },
          },
        },
      },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
}));
