// Shared helpers of the end-to-end tests: texts the tests look for, and page-level checks.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const fr = {
  heading: 'Une fondation de données qui appartient à ses membres',
  intro: /LoveCanDo est une fondation de données détenue par ses membres/,
  title: 'Accueil · LoveCanDo',
  statusTable: 'Version et état de l’API',
  aboutHeading: 'À propos de LoveCanDo',
  ready: 'Prête',
  notFoundHeading: 'Page introuvable',
  notFoundTitle: 'Page introuvable · LoveCanDo',
  backHome: 'Retour à l’accueil',
};

export const en = {
  heading: 'A data foundation owned by its members',
  intro: /LoveCanDo is a member-owned data foundation/,
  title: 'Home · LoveCanDo',
  statusTable: 'API version and health',
  aboutHeading: 'About LoveCanDo',
  ready: 'Ready',
};

/**
 * Waits until the app runs. A page the server drew is on screen before its scripts: its links work at once,
 * but a control that only the app handles (the language switch, the phone menu) does nothing until then.
 */
export async function appStarted(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'started');
}

/** Width under which the header shrinks to the brand and a Menu button (64rem in the design system). */
export const COMPACT_HEADER_MAX_WIDTH = 1023;

/** The header's Menu button, shown on narrow screens only. */
export const menuButton = (page: Page): Locator =>
  page.getByRole('banner').getByRole('button', { name: 'Menu' });

/**
 * Runs `action` on the header's controls (navigation, account, language) where the visitor finds them:
 * on the header row of a wide screen, or in the menu panel of a phone, opened first and closed after.
 */
export async function inHeader<Result>(
  page: Page,
  action: (header: Locator) => Promise<Result>,
): Promise<Result> {
  const width = page.viewportSize()?.width ?? Infinity;
  await appStarted(page);
  if (width > COMPACT_HEADER_MAX_WIDTH) return action(page.getByRole('banner'));
  await menuButton(page).click();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu).toBeVisible();
  const result = await action(menu);
  // A link followed from the menu closes it; otherwise the visitor closes it.
  if (await menu.isVisible()) await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  return result;
}

/** The value cell of the status-table row whose header is `label` (on the about page). */
export const statusValue = (page: Page, table: string, label: string) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: label }).getByRole('cell');

/**
 * Picks a language with the mouse, by its visible label (the radio input itself is visually hidden), in
 * the header or, on a phone, in its menu.
 */
export async function chooseLanguage(page: Page, label: 'Français' | 'English'): Promise<void> {
  await inHeader(page, async (header) => {
    await header.getByText(label, { exact: true }).click();
    await expect(header.getByRole('radio', { name: label })).toBeChecked();
  });
}

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target) })),
  ).toEqual([]);
}
