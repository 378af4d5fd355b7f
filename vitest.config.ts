// Runs every web test (app and browser libraries) in one `vitest run`; each project brings its own
// config (jsdom environment, setup files, aliases) from its folder. Libraries are found by their
// vitest.config.ts, so a new scope's web library joins without editing this file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['apps/web', 'libs/*/*/vitest.config.ts'],
  },
});
