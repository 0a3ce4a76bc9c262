// WCAG 2.4.11 (Focus Not Obscured): walks every Tab stop of every page and checks that the
// focused element is inside the viewport and on top (document.elementFromPoint at the centre of
// its visible part is the element or inside it). States: search closed; search open with a query
// typed; the language suggestion shown. Widths: 1280 and 390 px, and 320 × 256 px (a 1280 × 1024 screen at 400 % zoom).
import { expect, test, type Page } from '@playwright/test';
import { langOf, PAGES } from './site';

const SIZES = [
  { name: '1280', width: 1280, height: 900 },
  { name: '390', width: 390, height: 844 },
  { name: '320x256', width: 320, height: 256 },
] as const;

/** Pages without the site's header (no search, no suggestion). */
const BARE = new Set(['/mou/print/']);

/** The 404 pages are reached the way a visitor reaches them: by a missing address. */
const urlOf = (path: string) => (path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path);

/**
 * Runs in the page: true when the focused element is in the viewport and not covered; the
 * body (focus left the document) counts as done.
 */
function focusedIsUncovered(): boolean {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return true;
  const box = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  if (!box) return false;
  // The centre of the part inside the viewport: an element taller than the viewport (a long
  // table's scroll region) is scrolled to its top, and its own centre is below the fold.
  const [left, top] = [Math.max(box.left, 0), Math.max(box.top, 0)];
  const [right, bottom] = [Math.min(box.right, window.innerWidth), Math.min(box.bottom, window.innerHeight)];
  if (right <= left || bottom <= top) return false;
  const x = (left + right) / 2;
  const y = (top + bottom) / 2;
  const hit = document.elementFromPoint(x, y);
  return !!hit && (hit === el || el.contains(hit));
}

/**
 * Runs in the page: the focused element's description (empty when focus left the document), a
 * number that stays the same for the same element, and whether it is uncovered right now.
 */
function probeFocused(): { where: string; id: number; uncovered: boolean } {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { where: '', id: 0, uncovered: true };
  const w = window as unknown as { walkIds?: WeakMap<Element, number>; walkCount?: number };
  w.walkIds ??= new WeakMap();
  if (!w.walkIds.has(el)) w.walkIds.set(el, (w.walkCount = (w.walkCount ?? 0) + 1));
  const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}" (${el.getAttribute('href') ?? ''})`;
  const box = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  let uncovered = false;
  if (box) {
    const [left, top] = [Math.max(box.left, 0), Math.max(box.top, 0)];
    const [right, bottom] = [Math.min(box.right, window.innerWidth), Math.min(box.bottom, window.innerHeight)];
    const inside = right > left && bottom > top;
    const hit = inside ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
    uncovered = !!hit && (hit === el || el.contains(hit));
  }
  return { where, id: w.walkIds.get(el)!, uncovered };
}

/** Runs in the page: where the focused element is and what is on top of its centre. */
function whatCovers(): string {
  const el = document.activeElement!;
  const box = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  if (!box) return 'has no box';
  const x = Math.round(box.left + box.width / 2);
  const y = Math.round(box.top + box.height / 2);
  const hit = document.elementFromPoint(x, y);
  const name = hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].slice(0, 2).join('.')}` : 'nothing';
  return `at (${x}, ${y}) in ${window.innerWidth}×${window.innerHeight}, under ${name}`;
}

/**
 * Presses Tab until focus leaves the page or comes back to where it was, waiting at each stop
 * (up to a second, for scrolling and layout) until the focused element is uncovered. Returns the
 * stops where it stayed covered, and how many stops there were.
 */
async function walk(page: Page): Promise<{ covered: string[]; stops: number }> {
  const covered: string[] = [];
  const seen = new Set<number>();
  for (let stops = 0; stops < 150; stops++) {
    await page.keyboard.press('Tab');
    const { where, id, uncovered } = await page.evaluate(probeFocused);
    if (!where || seen.has(id)) return { covered, stops };
    seen.add(id);
    if (uncovered) continue;
    const ok = await page
      .waitForFunction(focusedIsUncovered, undefined, { timeout: 1_000, polling: 'raf' })
      .then(() => true)
      .catch(() => false);
    if (!ok) covered.push(`${where} ${await page.evaluate(whatCovers)}`);
  }
  throw new Error('more than 150 Tab stops: focus is trapped');
}

for (const size of SIZES) {
  test.describe(`${size.name} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const path of PAGES) {
      test(`every Tab stop is visible, search closed: ${path} at ${size.name}`, async ({ page }) => {
        await page.goto(urlOf(path));
        const { covered, stops } = await walk(page);
        expect(stops).toBeGreaterThan(1);
        expect(covered).toEqual([]);
      });

      if (BARE.has(path)) continue;

      test(`every Tab stop is visible, search open with a query: ${path} at ${size.name}`, async ({ page }) => {
        const en = langOf(path) === 'en';
        await page.goto(urlOf(path));
        await page.getByRole('button', { name: en ? 'Search' : '検索', exact: true }).click();
        const input = page.getByRole('searchbox');
        await expect(input).toBeFocused();
        await input.fill(en ? 'memorandum' : '覚書');
        await expect(page.locator('[data-search-results] a').first()).toBeVisible();
        const { covered, stops } = await walk(page);
        expect(stops).toBeGreaterThan(1);
        expect(covered).toEqual([]);
        // Focus left the panel, so the panel closed rather than float over the page.
        await expect(page.locator('#site-search-panel')).toBeHidden();
      });
    }
  });
}

for (const size of SIZES) {
  for (const [pageLang, browserLocale, regionName] of [
    ['ja', 'en-GB', 'Language suggestion'],
    ['en', 'ja-JP', '言語の案内'],
  ] as const) {
    test.describe(`${size.name} px, ${browserLocale} browser`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, locale: browserLocale });
      for (const path of PAGES.filter((p) => langOf(p) === pageLang && !BARE.has(p))) {
        test(`every Tab stop is visible, language suggestion shown: ${path} at ${size.name}`, async ({ page }) => {
          await page.goto(urlOf(path));
          await expect(page.getByRole('region', { name: regionName })).toBeVisible();
          const { covered, stops } = await walk(page);
          expect(stops).toBeGreaterThan(1);
          expect(covered).toEqual([]);
        });
      }
    });
  }
}

test.describe('the search panel', () => {
  test('closes on Escape while focus is on a result, returning focus to the search button', async ({ page }) => {
    await page.goto('/en/mou/');
    const toggle = page.getByRole('button', { name: 'Search', exact: true });
    await toggle.click();
    await page.getByRole('searchbox').fill('memorandum');
    const first = page.locator('[data-search-results] a').first();
    await first.focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-panel')).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('closes on a click outside it, leaving focus where the click put it', async ({ page }) => {
    await page.goto('/mou/');
    const toggle = page.getByRole('button', { name: '検索', exact: true });
    await toggle.click();
    await page.getByRole('searchbox').fill('覚書');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await page.locator('footer').click({ position: { x: 5, y: 5 } });
    await expect(page.locator('#site-search-panel')).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).not.toBeFocused();
  });
});
