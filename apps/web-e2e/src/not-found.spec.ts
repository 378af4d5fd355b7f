// Unknown addresses fall back to the app, which shows its translated not-found page.
import { expect, test } from '@playwright/test';
import { chooseLanguage, fr } from './app';

test.describe('unknown address', () => {
  test('shows the translated not-found page with a way back home', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: fr.notFoundHeading })).toBeVisible();
    await expect(page.getByText('Aucune page ne correspond à l’adresse /no/such/page.')).toBeVisible();
    await expect(page).toHaveTitle(fr.notFoundTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByRole('link', { name: fr.backHome }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();
  });

  test('is in English for a visitor who chose English', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'English');
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle('Page not found · LoveCanDo');
  });
});
