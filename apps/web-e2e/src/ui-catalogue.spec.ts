// The component catalogue (/dev/ui) in both languages and colour schemes, on desktop and phone sizes:
// no axe violation, no sideways scrolling on a phone, and the keyboard behaviour of the composite widgets
// (tabs, radio group, disclosure), the toast, the chart's table and the kit's form-error focus in a real
// browser.
// With UI_SCREENSHOTS=1, full-page screenshots go to tmp/ui-catalogue/ for a look by eye.
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectNoA11yViolations } from './app';

type Language = 'fr' | 'en';

const texts = {
  fr: {
    title: 'Catalogue des composants',
    tabs: 'Vues de la proposition',
    debate: 'Débat',
    debateBody: 'Les commentaires des membres, du plus ancien au plus récent.',
    vote: 'Votre vote',
    yes: 'Pour',
    no: 'Contre',
    history: 'Historique de l’article',
    historyBody: 'Version 1 publiée, puis amendée par le vote de mars.',
    showTable: 'Afficher en tableau',
    chart: 'Votes sur la proposition 12',
    showToast: 'Afficher un message',
    toast: 'Votre vote est enregistré.',
  },
  en: {
    title: 'Component catalogue',
    tabs: 'Views of the proposal',
    debate: 'Debate',
    debateBody: 'The members’ comments, oldest first.',
    vote: 'Your vote',
    yes: 'For',
    no: 'Against',
    history: 'History of the article',
    historyBody: 'Version 1 published, then amended by the March vote.',
    showTable: 'Show as a table',
    chart: 'Votes on proposal 12',
    showToast: 'Show a message',
    toast: 'Your vote is recorded.',
  },
} as const;

const screenshotDir = fileURLToPath(new URL('../../../tmp/ui-catalogue/', import.meta.url));

/** Opens the catalogue in a language, chosen the way a returning visitor's choice is remembered. */
async function openCatalogue(page: Page, language: Language): Promise<void> {
  await page.addInitScript((lang) => localStorage.setItem('lovecando.lang', lang), language);
  await page.goto('/dev/ui');
  await expect(page.getByRole('heading', { level: 1, name: texts[language].title })).toBeVisible();
}

for (const language of ['fr', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the catalogue in ${language}, ${colorScheme}: no axe violations, no sideways scroll`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await openCatalogue(page, language);
      await expect(page).toHaveTitle(`${texts[language].title} · LoveCanDo`);
      // Open the chart's table so axe checks it too.
      await page.getByRole('button', { name: texts[language].showTable }).click();
      await expect(page.getByRole('table', { name: texts[language].chart })).toBeVisible();
      await expectNoA11yViolations(page);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0);

      if (process.env['UI_SCREENSHOTS']) {
        const desktop = testInfo.project.name === 'chromium';
        if (desktop) await page.setViewportSize({ width: 1366, height: 900 });
        const width = desktop ? 1366 : 390;
        // Slices of the full page at CSS pixel size, each small enough to look at whole.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = desktop ? 1000 : 1200;
        for (let y = 0, part = 1; y < height; y += slice, part += 1) {
          await page.screenshot({
            path: `${screenshotDir}${language}-${colorScheme}-${width}-${part}.png`,
            fullPage: true,
            scale: 'css',
            clip: { x: 0, y, width, height: Math.min(slice, height - y) },
          });
        }
      }
    });
  }
}

test.describe('using the catalogue’s widgets', () => {
  test('tabs: arrow keys move between tabs and show their panel', async ({ page }) => {
    await openCatalogue(page, 'en');
    const t = texts.en;
    const tablist = page.getByRole('tablist', { name: t.tabs });
    await tablist.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(tablist.getByRole('tab', { name: t.debate })).toBeFocused();
    await expect(tablist.getByRole('tab', { name: t.debate })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: t.debate })).toHaveText(t.debateBody);
    await page.keyboard.press('ArrowLeft');
    await expect(tablist.getByRole('tab', { selected: true })).not.toHaveText(t.debate);
  });

  test('radio group: Space chooses, arrow keys move the choice, one Tab leaves the group', async ({
    page,
  }) => {
    await openCatalogue(page, 'fr');
    const t = texts.fr;
    const group = page.getByRole('radiogroup', { name: t.vote });
    await group.getByRole('radio', { name: t.yes }).focus();
    await page.keyboard.press('Space');
    await expect(group.getByRole('radio', { name: t.yes })).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: t.no })).toBeChecked();
    await expect(group.getByRole('radio', { name: t.no })).toBeFocused();
    // Leaving the group takes one Tab, whichever option is checked.
    await page.keyboard.press('Tab');
    expect(await group.evaluate((element) => element.contains(document.activeElement))).toBe(false);
  });

  test('disclosure: Enter opens and closes the section', async ({ page }) => {
    await openCatalogue(page, 'en');
    const t = texts.en;
    const trigger = page.getByRole('button', { name: t.history });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText(t.historyBody)).toBeHidden();
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(t.historyBody)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByText(t.historyBody)).toBeHidden();
  });

  test('toast: a message lands in the polite status region and can be dismissed', async ({
    page,
  }, testInfo) => {
    await openCatalogue(page, 'en');
    const t = texts.en;
    await page.getByRole('button', { name: t.showToast }).click();
    const status = page.getByRole('region', { name: 'Notifications' }).getByRole('status');
    await expect(status).toContainText(t.toast);
    if (process.env['UI_SCREENSHOTS']) {
      await page.screenshot({ path: `${screenshotDir}toast-${testInfo.project.name}.png`, scale: 'css' });
    }
    await status.getByRole('button', { name: 'Dismiss the message' }).click();
    await expect(status).not.toContainText(t.toast);
  });

  test('form errors: focus goes to the field at fault, or to the summary', async ({ page }) => {
    await openCatalogue(page, 'fr');
    const nickname = page.getByRole('textbox', { name: 'Pseudonyme' });
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(nickname).toBeFocused();
    await expect(nickname).toHaveAttribute('aria-invalid', 'true');
    await nickname.fill('pris');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Ce pseudonyme est déjà pris.' });
    await expect(summary).toBeVisible();
    expect(await summary.evaluate((alert) => alert.parentElement === document.activeElement)).toBe(true);
  });
});
