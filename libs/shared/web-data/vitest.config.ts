// Vitest project for the GraphQL client library. jsdom provides the browser globals the client expects.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'shared-web-data',
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
  },
});
