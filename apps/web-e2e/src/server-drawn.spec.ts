// Public pages the server draws (docs/architecture.md#first-paint-from-the-server), as a visitor meets them:
// readable before any script runs, adopted by the app without being drawn again and without an error,
// in the language the visitor chose, and a form typed into before the app started keeps what was typed.
import { expect, type Page, test } from '@playwright/test';
import { chooseLanguage, en, fr, inHeader } from './app';
import { demo, signIn } from './identity';

/**
 * Holds back the script that starts the app until `release()`: the page is what the server sent. The page
 * does not finish loading meanwhile, so navigate with `waitUntil: 'commit'`.
 */
async function holdTheApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/start-after-paint.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Fails the test on any error the page reports, a failed hydration included. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test.describe('a page the server draws', () => {
  test('is read with scripts off: home, sign-in and the terms, in French then in English', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: fr.heading })).toBeVisible();
    await expect(page).toHaveTitle(fr.title);
    await page.goto('/sign-in');
    await expect(page.getByLabel('Adresse email')).toBeVisible();
    await page.goto('/terms');
    await expect(page.getByRole('heading', { level: 2, name: /^Article 1 — / })).toHaveText(
      'Article 1 — Ce qu’est LoveCanDo',
    );
    await context.addCookies([{ name: 'lovecando.lang', value: 'en', url: page.url() }]);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: en.heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('is adopted by the app as it was drawn: the same nodes, no error, then the page works', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const release = await holdTheApp(page);
    await page.goto('/terms', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conditions d’utilisation');
    await page.evaluate(() => {
      (window as unknown as { drawnHeading: Element | null }).drawnHeading = document.querySelector('h1');
    });
    release();
    // Once the app runs, the header knows the visitor (signed out here) and the language switch works.
    await inHeader(page, (header) =>
      expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible(),
    );
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { drawnHeading: Element | null }).drawnHeading ===
          document.querySelector('h1'),
      ),
    ).toBe(true);
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of use');
    expect(errors).toEqual([]);
  });

  test('comes in the language the visitor chose, from the next page on', async ({ page }) => {
    await page.goto('/');
    await chooseLanguage(page, 'English');
    const response = await page.goto('/terms');
    expect(await response?.text()).toContain('<html lang="en">');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of use');
  });

  test('keeps what a visitor typed before the app started, and signs them in', async ({ page }) => {
    const errors = watchErrors(page);
    const release = await holdTheApp(page);
    const member = demo.member(7);
    await page.goto('/sign-in', { waitUntil: 'commit' });
    await page.getByLabel('Adresse email').fill(member.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(member.password);
    release();
    await inHeader(page, (header) =>
      expect(header.getByRole('link', { name: 'Se connecter' })).toBeVisible(),
    );
    await expect(page.getByLabel('Adresse email')).toHaveValue(member.email);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);
    await inHeader(page, (header) =>
      expect(header.getByRole('button', { name: 'Se déconnecter' })).toBeVisible(),
    );
    expect(errors).toEqual([]);
  });

  test('shows a signed-in member their name once adopted, with no error', async ({ page }) => {
    await signIn(page, demo.member(8));
    const errors = watchErrors(page);
    await page.goto('/terms');
    await inHeader(page, (header) =>
      expect(header.getByRole('button', { name: 'Se déconnecter' })).toBeVisible(),
    );
    await expect(page.getByRole('heading', { level: 2, name: /^Article 1 — / })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
