// axe checks of the identity pages a signed-out visitor sees (run on desktop and phone sizes), in their
// normal and error states. The signed-in pages are checked in identity-roles.spec.ts.
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './app';
import { createMember, emailedLink, expectNoHorizontalScroll, newAccount, signIn } from './identity';

test.describe('accessibility of the identity pages (axe, WCAG 2.1 A and AA)', () => {
  test('sign-up, with its errors shown, and check-email', async ({ page }) => {
    await page.goto('/sign-up');
    await expect(page.getByRole('heading', { level: 1, name: 'Devenir membre' })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);

    // Errors found in the browser: focus moves to the first invalid field.
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByLabel('Adresse email')).toBeFocused();
    await expect(page.getByLabel('Adresse email')).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page);

    const account = newAccount('Axel');
    await page.getByLabel('Adresse email').fill(account.email);
    await page.getByLabel('Nom affiché').fill(account.displayName);
    await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez vos emails' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'la boîte d’envoi de développement' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('sign-in, with the "incorrect" error shown', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);

    // An address nobody uses: the attempt counts against no seeded account.
    await page.getByLabel('Adresse email').fill(newAccount('nobody').email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('not the right password');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText('L’adresse email ou le mot de passe est incorrect.');
    await expectNoA11yViolations(page);
  });

  test('forgot-password', async ({ page }) => {
    await page.goto('/forgot-password');
    await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('reset-password with a link that no longer works: said at once, no password asked', async ({
    page,
  }) => {
    await page.goto('/reset-password#token=bogus-token-that-was-never-issued-0000000000');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }),
    ).toBeVisible();
    await expect(page.getByText('Ce lien ne fonctionne pas')).toBeVisible();
    await expect(page.getByLabel('Nouveau mot de passe', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('reset-password with a working link: a new password, then sign-in', async ({ page, request }) => {
    const account = await createMember(request, 'Reset');
    await page.goto('/forgot-password');
    await page.getByLabel('Adresse email').fill(account.email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await expect(page.getByText('Demande enregistrée')).toBeVisible();
    const link = await emailedLink(request, account.email, '/reset-password');
    await page.goto(`${link.pathname}${link.hash}`);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('amber kettle drifts over meadows');
    await page.getByLabel('Confirmez le nouveau mot de passe').fill('amber kettle drifts over meadows');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page.getByText('Votre mot de passe est changé')).toBeVisible();
    await signIn(page, { email: account.email, password: 'amber kettle drifts over meadows' });
  });

  test('verify-email with an invalid link offers a new link right there', async ({ page }) => {
    await page.goto('/verify-email#token=bogus-token-that-was-never-issued-0000000000');
    await expect(page.getByText('Ce lien ne fonctionne pas')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByLabel('Adresse email').fill(newAccount('Lost').email);
    await page.getByRole('button', { name: 'Envoyer un nouveau lien de confirmation' }).click();
    await expect(page.getByText('Demande envoyée')).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test('the development outbox', async ({ page }) => {
    await page.goto('/dev/outbox');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Boîte d’envoi de développement' }),
    ).toBeVisible();
    // The seed and other tests have sent emails by now, or the list is empty: either state is checked.
    await expect(
      page.getByRole('article').first().or(page.getByText('Aucun email pour le moment.')),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);
  });
});
