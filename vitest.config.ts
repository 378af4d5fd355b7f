// Runs every web test (app and browser libraries) in one `vitest run`; each project brings its own
// config (jsdom environment, setup files, aliases) from its folder.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'apps/web',
      'libs/shared/ui',
      'libs/shared/web-kit',
      'libs/shared/web-data',
      'libs/identity/web',
      'libs/terms/web',
    ],
  },
});
