// Keyboard-only use of the language switcher and the skip link, and persistence of the choice.
import { expect, test, type Page } from '@playwright/test';
import { en, fr } from './app';

/** Presses Tab until the focused element is the radio named `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 10): Promise<void> {
  const target = page.getByRole('radio', { name });
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`"${name}" not reached with ${limit} Tab presses`);
}

test.describe('language switcher', () => {
  test('switches to English with the keyboard only, and the choice survives a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();

    // Tab reaches the checked option of the radio group; an arrow key selects the next language.
    await tabTo(page, 'Français');
    await page.keyboard.press('ArrowRight');

    await expect(page.getByRole('heading', { level: 1, name: en.heading })).toBeVisible();
    await expect(page.getByText(en.intro)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(en.title);
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: en.heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The API's live data is shown in the chosen language too (on the about page since the home page is
    // for people).
    await page.goto('/about');
    await expect(
      page.getByRole('table', { name: en.statusTable }).getByRole('cell', { name: en.ready }),
    ).toBeVisible();
  });

  test('switches back to French with Space on the French option', async ({ page }) => {
    await page.goto('/');
    await tabTo(page, 'Français');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('offers a skip link as the first tab stop that moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    // The page is a chunk of its own, rendered once it has arrived (it may be after the load event):
    // tab once it is on screen, as a visitor does.
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu principal' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
