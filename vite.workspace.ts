// What the web app's Vite build and the browser libraries' Vitest projects share: the workspace aliases,
// read from tsconfig.base.json "paths" so web code consumes libraries from source exactly as TypeScript
// sees them, and the shape of a feature library's test project.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ViteUserConfig } from 'vitest/config';

/** Absolute path of a file or folder given relative to the repository root. */
export const fromRepoRoot = (path: string): string => fileURLToPath(new URL(`./${path}`, import.meta.url));

/** Alias → absolute source path, for every library alias of tsconfig.base.json. */
export const workspaceAliases = (): Record<string, string> => {
  const base = JSON.parse(readFileSync(fromRepoRoot('tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, [string]> };
  };
  return Object.fromEntries(
    Object.entries(base.compilerOptions.paths).map(([alias, [target]]) => [alias, fromRepoRoot(target)]),
  );
};

/**
 * The Vitest project of a feature library's pages: they render in jsdom with a mocked urql client, real
 * translations and a memory router (its src/test-setup.ts), workspace libraries resolved to their sources.
 */
export const featureLibraryProject = (name: string): ViteUserConfig => ({
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  test: {
    name,
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
  },
});
