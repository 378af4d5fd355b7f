// The public terms of use (/terms), as a visitor finds them: from the footer, read without signing in,
// navigated with the keyboard from the table of contents, in French then English; and their axe checks
// (run on desktop and phone sizes). The server publishes the foundation's first terms at start-up.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseLanguage, expectNoA11yViolations } from './app';
import { expectNoHorizontalScroll } from './identity';

/** Articles of the first terms of use (libs/terms/domain/src/first-terms). */
const ARTICLE_COUNT = 18;

/** The <h2> of every article ("Article 3 — …"), leaving out the table of contents' own heading. */
const articleHeadings = (page: Page): Locator =>
  page.getByRole('main').getByRole('heading', { level: 2, name: /^Article \d+ — / });

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`target not reached with ${limit} Tab presses`);
}

test.describe('terms of use', () => {
  test('a visitor opens them from the footer, jumps to an article with the keyboard, then reads them in English', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Conditions d’utilisation' }).click();

    await expect(page).toHaveURL('/terms');
    await expect(page.getByRole('heading', { level: 1, name: 'Conditions d’utilisation' })).toBeVisible();
    await expect(page).toHaveTitle('Conditions d’utilisation · LoveCanDo');
    await expect(articleHeadings(page)).toHaveCount(ARTICLE_COUNT);
    await expect(articleHeadings(page).first()).toHaveText('Article 1 — Ce qu’est LoveCanDo');
    await expect(page.getByText(/^Lisibilité \(Kandel–Moles\) : \d+,\d — /)).toBeVisible();
    await expect(page.getByText('En bref')).toHaveCount(ARTICLE_COUNT);

    // A table-of-contents link far down the list, reached and followed with the keyboard only.
    const contents = page.getByRole('navigation', { name: 'Sommaire' });
    await expect(contents.getByRole('link')).toHaveCount(ARTICLE_COUNT);
    const link = contents.getByRole('link').nth(11);
    const anchor = (await link.getAttribute('href')) ?? '';
    expect(anchor).toMatch(/^#article-[a-z0-9-]+$/);
    await tabTo(page, link);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(`/terms${anchor}`);
    const article = page.locator(anchor);
    await expect(article.getByRole('heading', { level: 2, name: /^Article 12 — / })).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();

    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeVisible();
    await expect(page).toHaveTitle('Terms of use · LoveCanDo');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Article 1 — What LoveCanDo is' }),
    ).toBeVisible();
    await expect(page.getByText(/^Readability \(Flesch reading ease\): \d+\.\d — /)).toBeVisible();
    await expect(page.getByText('In short')).toHaveCount(ARTICLE_COUNT);
  });

  test('opens straight at the article a link names', async ({ page }) => {
    await page.goto('/terms#article-purpose');
    const heading = page.getByRole('heading', { level: 2, name: 'Article 1 — Ce qu’est LoveCanDo' });
    await expect(heading).toBeInViewport();
    // Below the version facts and the table of contents: the page did scroll to it.
    await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
  });
});

test.describe('accessibility of the terms of use (axe, WCAG 2.1 A and AA)', () => {
  test('in French, with the full fingerprint shown, then in English', async ({ page }) => {
    await page.goto('/terms');
    await expect(articleHeadings(page)).toHaveCount(ARTICLE_COUNT);
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);

    // The fingerprint's 64 digits wrap on a phone instead of widening the page.
    await page.getByText('afficher l’empreinte complète').click();
    await expect(page.getByText(/^[0-9a-f]{64}$/)).toBeVisible();
    await expectNoA11yViolations(page);
    await expectNoHorizontalScroll(page);

    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { level: 1, name: 'Terms of use' })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('in the dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/terms');
    await expect(articleHeadings(page)).toHaveCount(ARTICLE_COUNT);
    await expectNoA11yViolations(page);
  });
});
