// Shared helpers of the end-to-end tests: texts the tests look for, and page-level checks.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const fr = {
  heading: 'Une fondation de données qui appartient à ses membres',
  intro: /LoveCanDo est une fondation de données détenue par ses membres/,
  title: 'Accueil · LoveCanDo',
  statusTable: 'Version et état de l’API',
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
  ready: 'Ready',
};

/** The value cell of the status-table row whose header is `label`. */
export const statusValue = (page: Page, table: string, label: string) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: label }).getByRole('cell');

/** Picks a language with the mouse, by its visible label (the radio input itself is visually hidden). */
export async function chooseLanguage(page: Page, label: 'Français' | 'English'): Promise<void> {
  await page.getByRole('banner').getByText(label, { exact: true }).click();
  await expect(page.getByRole('radio', { name: label })).toBeChecked();
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
