/**
 * What a screen reader gets: the accessibility tree of every page in both languages, kept as
 * reviewed ARIA snapshots (tests/e2e/screen-reader.spec.ts-snapshots/*.aria.yml), so that a
 * change in what is read (names, roles, order) fails here until the snapshot is looked at again
 * and updated (`PORT=… npx playwright test tests/e2e/screen-reader.spec.ts --update-snapshots`,
 * then read the diff). The files hold the tree exactly as Playwright's ariaSnapshot() writes it,
 * compared as text: Playwright's own snapshot update writes numbers as patterns (/\d+年2月/), under
 * which a changed year or count would still pass, and its matching lets extra nodes through. In the same page load: Chromium's own names (its accessibility tree, over
 * CDP) carry no space that the text does not have; Playwright's snapshot cannot show that, as it
 * computes names itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './shared-page';
import { all, fetchPage, startTags } from './checks/html';
import { langOf, PAGES, urlOf } from './site';

const snapshotName = (path: string) => `${path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'home'}.aria.yml`;
const snapshotFile = (path: string) => `tests/e2e/screen-reader.spec.ts-snapshots/${snapshotName(path)}`;

/**
 * Compares the page's tree with its reviewed file, literally (polling, as scripts may still be
 * setting up the page); writes the file when asked to update snapshots.
 */
async function expectReviewedTree(page: Page, path: string) {
  const file = snapshotFile(path);
  const tree = async () => `${await page.locator('body').ariaSnapshot()}\n`;
  const { updateSnapshots } = test.info().config;
  // Only on request: a missing file fails, so a page nobody has reviewed cannot pass.
  if (updateSnapshots === 'all' || updateSnapshots === 'changed') writeFileSync(file, await tree());
  if (!existsSync(file)) throw new Error(`${file} is missing: run with --update-snapshots, then review it`);
  await expect
    .poll(tree, { message: `${file} (update with --update-snapshots, then review the diff)` })
    .toBe(readFileSync(file, 'utf8'));
}

/** Every name in Chromium's accessibility tree, with its role. */
async function chromiumNames(page: Page): Promise<{ role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.name?.value)
    .map((n) => ({ role: String(n.role?.value), name: String(n.name!.value) }));
}

for (const path of PAGES) {
  const lang = langOf(path);
  test.describe(() => {
    // The browser speaks the page's language: no language suggestion, the same tree every run.
    test.use({ locale: lang === 'ja' ? 'ja-JP' : 'en-GB' });
    test(`${path}: a screen reader reads the reviewed tree, names without stray spaces`, async ({ page }) => {
      await page.goto(urlOf(path));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectReviewedTree(page, path);
      // Each heading's name is its text: line-breaking aids (a <wbr> between BudouX phrases once
      // read as 「覚書の 内容」) must not add a space a screen reader pauses on.
      const headings = (await chromiumNames(page)).filter((n) => n.role === 'heading').map((n) => n.name);
      const texts = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .filter({ visible: true })
        // innerText: the text as laid out, a line break between blocks, none at a <wbr>.
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
      expect(headings.length).toBeGreaterThan(0);
      // CDP lists the tree in its own order: compare the names, not their order (the snapshot has it).
      expect(headings.sort()).toEqual(texts.sort());
    });
  });
}

test.describe('reading order and what a reader copies', () => {
  test.use({ locale: 'en-GB' });

  test('the language suggestion is read and tabbed to last, where it is shown: at the foot', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: 'Language suggestion' });
    await expect(region).toBeVisible();
    const box = (await region.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan((page.viewportSize()!.height * 3) / 4);
    // In the accessibility tree: after the main content and the footer.
    const tree = await page.locator('body').ariaSnapshot();
    const at = (text: string) => tree.indexOf(text);
    expect(at('- main:')).toBeGreaterThan(-1);
    expect(at('region "Language suggestion"')).toBeGreaterThan(at('- contentinfo:'));
    // In Tab order: the last footer link, then the suggestion's link.
    await page.locator('footer a').last().focus();
    await page.keyboard.press('Tab');
    await expect(region.getByRole('link')).toBeFocused();
  });

  test('copying a clause by drag-selection copies the clause, not its screen-reader label', async ({ page }) => {
    await page.goto('/mou/');
    const clause = page.locator('#item-7');
    const label = (await clause.locator('> .sr-only').textContent())!.trim();
    expect(label).toMatch(/^同意事項\(7\)/);
    await expect(clause.locator('> .sr-only')).toHaveCSS('user-select', 'none');
    // Drag from the start of the item to its end, as a mouse does.
    const box = (await clause.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2, { steps: 5 });
    await page.mouse.up();
    const copied = await page.evaluate(() => window.getSelection()!.toString());
    expect(copied).toContain('両者は各々のホームページで相手方のロゴを用いて');
    expect(copied).not.toContain('同意事項(7)');
    expect(copied).not.toContain('へのリンク');
  });

  // Read from the served markup: which link is marked current needs no rendering.
  test('the news page of the announcement marks no menu item as the current page; the home page does', async ({
    request,
  }) => {
    for (const [path, current] of [
      ['/news/mou-renewal/', 0],
      ['/en/news/mou-renewal/', 0],
      ['/', 1],
      ['/en/', 1],
    ] as const) {
      const doc = (await fetchPage(request, path)).document;
      expect
        .soft(
          startTags(all(doc, { tag: 'header' }, { attrs: { 'aria-current': 'page' } })),
          `${path}: current page in the header`,
        )
        .toHaveLength(current);
    }
  });
});
