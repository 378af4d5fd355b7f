// axe checks of the pages in both languages and colour schemes (run on desktop and phone sizes).
import { expect, test } from '@playwright/test';
import { chooseLanguage, en, expectNoA11yViolations, fr, statusValue } from './app';

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('the home page in French has no violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();
    // Wait for the API's answer about the visitor, so the links to sign up and sign in are checked too.
    await expect(page.getByRole('main').getByRole('link', { name: 'Créer mon compte' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the home page in English has no violations', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: en.heading })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the home page in the dark colour scheme has no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Créer mon compte' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('the about page in French and English has no violations', async ({ page }) => {
    await page.goto('/about');
    // Wait for the live data so the table and the clock are checked too, not the loading state.
    await expect(statusValue(page, fr.statusTable, 'État')).toHaveText(fr.ready);
    await expect(page.locator('time')).toBeVisible();
    await expectNoA11yViolations(page);
    await chooseLanguage(page, 'English');
    await expect(statusValue(page, en.statusTable, 'Status')).toHaveText(en.ready);
    await expectNoA11yViolations(page);
  });

  test('the about page in the dark colour scheme has no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/about');
    await expect(statusValue(page, fr.statusTable, 'État')).toHaveText(fr.ready);
    await expectNoA11yViolations(page);
  });

  test('the not-found page has no violations', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: fr.notFoundHeading })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
