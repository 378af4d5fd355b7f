// The content security policy allows only the platform's own scripts and styles: every page must still
// work under it. Each page is opened with a listener for policy violations installed before any of the
// page's own code runs, and must report none.
import { expect, type Page, test } from '@playwright/test';
import { demo, signIn } from './identity';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

async function expectNoViolations(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Lazy chunks and the live subscription start after the first render.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
}

const PUBLIC_PAGES = [
  '/',
  '/terms',
  '/sign-in',
  '/sign-up',
  '/sign-up/check-email',
  '/forgot-password',
  '/reset-password#token=bogus-token-that-was-never-issued-0000000000',
  '/verify-email#token=bogus-token-that-was-never-issued-0000000000',
  '/dev/outbox',
  '/no-such-page',
];

test.describe('the content security policy', () => {
  test('breaks no page a visitor opens', async ({ page }) => {
    await watchViolations(page);
    for (const path of PUBLIC_PAGES) await expectNoViolations(page, path);
  });

  test('breaks no page an admin opens, live updates included', async ({ page }) => {
    await watchViolations(page);
    await signIn(page, demo.admin);
    for (const path of ['/', '/profile', '/admin/members']) await expectNoViolations(page, path);
  });
});
