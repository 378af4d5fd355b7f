// Roles against the real API with the seeded demo accounts: the admin promotes a member to the board and
// the member sees it; a member cannot open member administration; axe on the signed-in pages.
// Serial, with one sign-in per account for the whole file: the API allows 50 sign-ins per address per
// 15 minutes, and every worker would otherwise sign in again.
import { type Browser, type BrowserContext, expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './app';
import { type Account, createMember, demo, expectNoHorizontalScroll, signIn } from './identity';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** A browser state in which `account` is signed in, obtained with one sign-in. */
async function signedInState(browser: Browser, account: Account): Promise<StorageState> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), account);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** Read-only: this test never changes the member. */
const readOnlyMember = demo.member(7);

test.describe.configure({ mode: 'serial' });

test.describe('roles', () => {
  let adminState: StorageState;
  let memberState: StorageState;

  test.beforeAll(async ({ browser }) => {
    adminState = await signedInState(browser, demo.admin);
    memberState = await signedInState(browser, readOnlyMember);
  });

  test('the admin promotes a member to the board, and the member then sees the role', async ({
    browser,
    request,
  }) => {
    // A member of its own, so runs and retries never find them already promoted.
    const member = await createMember(request, 'Dominique');

    const adminContext = await browser.newContext({ storageState: adminState });
    const admin = await adminContext.newPage();
    await admin.goto('/admin/members');
    await expect(admin.getByRole('heading', { level: 1, name: 'Administration des membres' })).toBeVisible();
    await admin.getByLabel('Nom ou adresse email').fill(member.email);
    await admin.getByRole('button', { name: 'Rechercher' }).click();
    await expect(admin.getByText('1 membre', { exact: true })).toBeVisible();
    await admin.getByLabel(`Rôle de ${member.displayName}`, { exact: true }).selectOption('BOARD');
    await admin.getByRole('button', { name: `Enregistrer le rôle de ${member.displayName}` }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'a maintenant le rôle' })).toHaveText(
      `${member.displayName} a maintenant le rôle Conseil.`,
    );
    await adminContext.close();

    const memberContext = await browser.newContext();
    const page = await memberContext.newPage();
    await signIn(page, member);
    const header = page.getByRole('banner').getByRole('navigation', { name: 'Mon compte' });
    await expect(header.getByText(member.displayName)).toBeVisible();
    await expect(header.getByText('Conseil', { exact: true })).toBeVisible();
    await header.getByRole('link', { name: 'Mon profil' }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'Conseil' })).toBeVisible();
    await memberContext.close();
  });

  test('a member cannot open member administration', async ({ browser }) => {
    const context = await browser.newContext({ storageState: memberState });
    const page = await context.newPage();
    await page.goto('/admin/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeVisible();
    await expect(page).toHaveTitle('Accès non autorisé · LoveCanDo');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Administration' })).toHaveCount(0);
    await context.close();
  });

  test('a signed-out visitor is sent to sign in, then back', async ({ page }) => {
    await page.goto('/admin/members');
    await expect(page).toHaveURL('/sign-in?next=/admin/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible();
  });

  test('the profile page has no axe violations', async ({ browser }) => {
    const context = await browser.newContext({ storageState: memberState });
    const page = await context.newPage();
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 2, name: 'Modifier mon profil' })).toBeVisible();
    await expectNoA11yViolations(page);
    await context.close();
  });

  test('member administration has no axe violations and fits a 360px phone', async ({ browser }) => {
    const context = await browser.newContext({ storageState: adminState });
    const page = await context.newPage();
    await page.goto('/admin/members');
    await expect(page.getByRole('table', { name: 'Membres trouvés' })).toBeVisible();
    await expectNoA11yViolations(page);

    // The confirmation dialog too: it opens on a member who is then left as they were.
    await page
      .getByRole('button', { name: /^Suspendre / })
      .first()
      .click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});
