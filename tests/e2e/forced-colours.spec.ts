/**
 * What a high-contrast (forced colours) user reads, light and dark: every state of the site's
 * controls keeps at least 4.5:1 between its text and what is behind it, as Chromium computes
 * the colours in forced-colours mode. The visited state is not covered: browsers report a
 * visited link's colours as if it were unvisited, so a page cannot read them.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** WCAG contrast of an element's text colour against the nearest opaque background behind it. */
function contrastOf(locator: Locator) {
  return locator.evaluate((el) => {
    const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (css: string) => {
      const [r, g, b] = rgba(css)
        .slice(0, 3)
        .map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    let node: Element | null = el;
    let background = '';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      const alpha = rgba(bg)[3] ?? 1;
      if (alpha > 0) {
        background = bg;
        break;
      }
      node = node.parentElement;
    }
    background ||= getComputedStyle(document.documentElement).backgroundColor;
    const color = getComputedStyle(el).color;
    const [a, b] = [lum(color), lum(background)].sort((x, y) => y - x);
    return { ratio: Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100, color, background };
  });
}

async function expectReadable(page: Page, name: string, locator: Locator, states = ['normal', 'hover', 'focus']) {
  await expect(locator, name).toBeVisible();
  for (const state of states) {
    if (state === 'hover') await locator.hover();
    if (state === 'focus') await locator.focus();
    const c = await contrastOf(locator);
    expect.soft(c.ratio, `${name}, ${state}: ${c.color} on ${c.background}`).toBeGreaterThanOrEqual(4.5);
    // Leave the state before the next one: move the pointer away, blur.
    await page.mouse.move(0, 0);
    await locator.evaluate((el) => (el as HTMLElement).blur());
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`forced colours, ${colorScheme}`, () => {
    test.use({ colorScheme, locale: 'en-GB' });

    test(`links, the current page, buttons and the search results keep 4.5:1 in every state (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, forcedColors: 'active' });
      await page.goto('/');
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const nav = page.getByRole('navigation', { name: 'サイト内' });
      await expectReadable(page, 'menu link, current page', nav.locator('a[aria-current="page"]'));
      await expectReadable(page, 'menu link', nav.getByRole('link', { name: '覚書の内容' }));
      await expectReadable(page, 'link in the text', page.locator('main a').first());
      await expectReadable(page, 'footer link', page.locator('footer a').last());
      await expectReadable(page, 'skip link', page.getByRole('link', { name: '本文へ移動' }), ['focus']);
      await expectReadable(page, 'language link', page.getByRole('link', { name: 'English page' }));
      const searchButton = page.getByRole('button', { name: '検索', exact: true });
      await expectReadable(page, 'search button', searchButton);
      await searchButton.click();
      await page.getByRole('searchbox').fill('覚書');
      await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
      await expectReadable(page, 'search field', page.getByRole('searchbox'), ['normal', 'focus']);
      await expectReadable(page, 'search result link', page.locator('[data-search-results] a').first());
      await expectReadable(page, 'search result excerpt', page.locator('[data-search-results] p').first(), ['normal']);
      await expectReadable(page, 'highlighted word', page.locator('[data-search-results] mark').first(), ['normal']);
      await expectReadable(page, 'search status', page.locator('[data-search-status]'), ['normal']);
      await expectReadable(page, 'close search button', page.getByRole('button', { name: '検索を閉じる' }));
    });

    test(`the language suggestion keeps 4.5:1 in every state (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, forcedColors: 'active' });
      // A Japanese page in an English-language browser shows the suggestion.
      await page.goto('/');
      const region = page.getByRole('region', { name: 'Language suggestion' });
      await expectReadable(page, 'suggestion text', region.locator('p').first(), ['normal']);
      await expectReadable(page, 'suggestion link', region.getByRole('link'));
      await expectReadable(page, 'suggestion dismiss button', region.getByRole('button'));
    });
  });
}
