// A visitor's first steps against the real API: sign up, read the confirmation email in the development
// outbox, confirm, sign in, and find themself in the header, in French then in English by keyboard.
import { expect, test, type Page } from '@playwright/test';
import { newAccount } from './identity';

/** Presses Tab until the radio named `name` has focus; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 20): Promise<void> {
  const target = page.getByRole('radio', { name });
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`"${name}" not reached with ${limit} Tab presses`);
}

test.describe('joining the foundation', () => {
  test('a visitor signs up, confirms by the emailed link, signs in and switches language', async ({
    page,
  }) => {
    const account = newAccount('Camille');

    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Créer un compte' }).click();
    await expect(page).toHaveTitle('Créer un compte · LoveCanDo');
    await page.getByLabel('Adresse email').fill(account.email);
    await page.getByLabel('Nom affiché').fill(account.displayName);
    await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    await expect(page).toHaveURL('/sign-up/check-email');
    await expect(page.getByText(`Nous avons envoyé un lien à ${account.email}.`)).toBeVisible();
    await page.getByRole('link', { name: 'la boîte d’envoi de développement' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Boîte d’envoi de développement' }),
    ).toBeVisible();
    const email = page.getByRole('article').filter({ hasText: account.email }).first();
    const link = email.getByRole('link', { name: /\/verify-email#token=/ });
    // The test server's PUBLIC_URL is the origin under test, so the emailed link is followed as is.
    await link.click();

    await expect(page.getByText('Votre adresse est confirmée')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Adresse email').fill(account.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();

    await expect(page).toHaveURL('/');
    const header = page.getByRole('banner').getByRole('navigation', { name: 'Mon compte' });
    await expect(header.getByText(account.displayName)).toBeVisible();
    await expect(header.getByText('Membre', { exact: true })).toBeVisible();

    // Keyboard only: Tab reaches the checked language, an arrow key picks English.
    await tabTo(page, 'Français');
    await page.keyboard.press('ArrowRight');
    const accountEn = page.getByRole('banner').getByRole('navigation', { name: 'My account' });
    await expect(accountEn.getByText('Member', { exact: true })).toBeVisible();
    await expect(accountEn.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // The profile shows the account, and signing out returns to the signed-out header.
    await accountEn.getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    await expect(page.getByText(account.email)).toBeVisible();
    await accountEn.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page).toHaveURL('/');
  });
});
