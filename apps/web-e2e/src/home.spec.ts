// Home and about pages against the real API: French by default, then the about page's live status and
// server time; both fit a phone.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fr, statusValue } from './app';

/** The API reports the workspace version from the root package.json. */
const workspaceVersion = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

test.describe('home page', () => {
  test('is in French by default, even for a browser that prefers English', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();
    await expect(page.getByText(fr.intro)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(fr.title);
  });

  test('the about page shows the API version and a READY health from the real API', async ({ page }) => {
    await page.goto('/about');
    await expect(page.getByRole('heading', { level: 1, name: fr.aboutHeading })).toBeVisible();
    await expect(statusValue(page, fr.statusTable, 'Version')).toHaveText(workspaceVersion);
    await expect(statusValue(page, fr.statusTable, 'État')).toHaveText(fr.ready);
    await expect(statusValue(page, fr.statusTable, 'Base de données')).toHaveText('Répond');
    await expect(statusValue(page, fr.statusTable, 'Migrations')).toHaveText('Toutes appliquées');
  });

  test('the about page shows a live server time that keeps changing', async ({ page }) => {
    await page.goto('/about');
    const time = page.locator('time');
    await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    const first = await time.getAttribute('datetime');
    // The server pushes its clock once a second.
    await expect.poll(() => time.getAttribute('datetime'), { timeout: 5_000 }).not.toBe(first);
  });

  test('the about page fits the screen without horizontal scrolling', async ({ page }) => {
    await page.goto('/about');
    await expect(statusValue(page, fr.statusTable, 'Version')).toHaveText(workspaceVersion);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
