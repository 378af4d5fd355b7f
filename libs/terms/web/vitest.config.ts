// Vitest project for the terms-of-use page: it renders in jsdom with a mocked urql client, real
// translations and a memory router. Workspace libraries resolve to their sources, as in the app.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Absolute path of a file or folder given relative to the repository root. */
const fromRepoRoot = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The workspace aliases, read from tsconfig.base.json "paths". */
const workspaceAliases = (): Record<string, string> => {
  const base = JSON.parse(readFileSync(fromRepoRoot('tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> };
  };
  return Object.fromEntries(
    Object.entries(base.compilerOptions.paths).map(([alias, [target]]) => [alias, fromRepoRoot(target)]),
  );
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  test: {
    name: 'terms-web',
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
