// WCAG 2.5.3 (Label in Name): the accessible name of every link and button contains the text
// a sighted user sees on it, so that speech users can say what they see. Checked with
// Playwright's accessible-name computation and with axe's experimental rule
// label-content-name-mismatch (off by default; enabled here). Also: copying a clause link is
// confirmed visibly and announced (WCAG 4.1.3, Status Messages).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { langOf, PAGES } from './site';

const urlOf = (path: string) => (path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path);
const BARE = new Set(['/mou/print/']);

/** Opens the page with the language suggestion shown and, where there is one, search results listed. */
async function openWithEverythingShown(page: Page, path: string) {
  await page.goto(urlOf(path));
  if (BARE.has(path)) return;
  const en = langOf(path) === 'en';
  await expect(page.locator('[data-lang-suggest] section')).toBeVisible();
  await page.getByRole('button', { name: en ? 'Search' : '検索', exact: true }).click();
  await page.getByRole('searchbox').fill(en ? 'memorandum' : '覚書');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
}

/**
 * Runs in the page: the text a sighted user sees on each visible link and button (text nodes
 * that are rendered, not clipped away like .sr-only, not aria-hidden), whitespace collapsed.
 */
function visibleLabels(): { index: number; text: string }[] {
  const clipped = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (e.getAttribute('aria-hidden') === 'true') return true;
      if (style.visibility === 'hidden' || style.display === 'none') return true;
      const box = e.getBoundingClientRect();
      if (style.position === 'absolute' && box.width <= 1 && box.height <= 1) return true;
    }
    return false;
  };
  const controls = [...document.querySelectorAll('a[href], button')];
  return controls.flatMap((control, index) => {
    if (clipped(control)) return [];
    const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!clipped(node.parentElement)) text += node.textContent;
    }
    text = text.replace(/\s+/g, ' ').trim();
    return text ? [{ index, text }] : [];
  });
}

/** The visible text as a pattern that ignores whitespace (a line break between two blocks is a space in the name). */
const containing = (text: string) =>
  new RegExp([...text.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'i');

for (const [browserLocale, lang] of [
  ['en-GB', 'ja'],
  ['ja-JP', 'en'],
] as const) {
  test.describe(`${browserLocale} browser`, () => {
    test.use({ locale: browserLocale });
    for (const path of PAGES.filter((p) => langOf(p) === lang)) {
      test(`every link and button is named with its visible text: ${path}`, async ({ page }) => {
        await openWithEverythingShown(page, path);
        const labels = await page.evaluate(visibleLabels);
        expect(labels.length).toBeGreaterThan(1);
        const controls = page.locator('a[href], button');
        for (const { index, text } of labels) {
          await expect(controls.nth(index), `"${text}"`).toHaveAccessibleName(containing(text));
        }
      });

      test(`axe label-content-name-mismatch finds nothing: ${path}`, async ({ page }) => {
        await openWithEverythingShown(page, path);
        const { violations, passes, inapplicable } = await new AxeBuilder({ page })
          .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
          .withRules(['label-content-name-mismatch'])
          .analyze();
        expect(violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))).toEqual([]);
        // The rule did run (enabled, it is listed as passed or inapplicable rather than left out).
        expect([...passes, ...inapplicable].map((r) => r.id)).toContain('label-content-name-mismatch');
      });
    }
  });
}

test.describe('copying a clause link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  for (const [path, message] of [
    ['/mou/', 'リンクをコピーしました。'],
    ['/en/mou/', 'Link copied.'],
  ] as const) {
    test(`shows and announces the confirmation next to the link: ${path}`, async ({ page, baseURL }) => {
      await page.goto(path);
      const link = page.locator('#item-7 a[data-copy-link]');
      await expect(link).toHaveText(/#item-7/);
      await link.click();
      const status = page.locator('#item-7').getByRole('status');
      await expect(status).toHaveText(message);
      await expect(status).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#item-7`);
      await expect(page).toHaveURL(/#item-7$/);
      // Only the clause just copied says so.
      await expect(page.getByRole('status').filter({ hasText: message })).toHaveCount(1);
    });
  }
});
