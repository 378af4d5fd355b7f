// End-to-end tests of the built web app against the real API and a throwaway database, in Debian's
// Chromium (Playwright's own browser downloads are not used).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const port = Number(process.env['E2E_PORT'] ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './src',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    // The browser prefers English on purpose: the app must still open in French until a visitor chooses.
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
    {
      // A phone-sized screen for the pages whose layout matters on a phone.
      name: 'mobile',
      testMatch: [
        'home.spec.ts',
        'a11y.spec.ts',
        'identity-a11y.spec.ts',
        'terms.spec.ts',
        'ui-catalogue.spec.ts',
        'layout.spec.ts',
      ],
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
      },
    },
  ],
  webServer: {
    // Starts the built API (which serves the built app) on E2E_PORT with a throwaway database.
    command: 'node tools/e2e-server.mjs',
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { E2E_PORT: String(port) },
    url: `${baseURL}/health/ready`,
    reuseExistingServer: false,
    // SIGTERM lets the server drain and stop its embedded PostgreSQL instead of orphaning it.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
