// The accessibility checks of every page of the built site, grouped so that one page load serves
// every check of one state of the page. Each test is one page at one width (or in a browser set to
// the other language); each check is a named step, and each result is a soft assertion whose
// message names the check, the state and the page, so one failure neither hides the others nor
// leaves the report unclear about where it was.
//
// - axe (WCAG 2.0–2.2 A and AA plus best practice) in light and dark, at 390 and 1280 px.
// - WCAG 2.4.11 (Focus Not Obscured): every Tab stop is in the viewport and on top, with the search
//   closed, with the search open and a query typed, and with the language suggestion shown, at
//   1280 × 900, 390 × 844 and 320 × 256 px (a 1280 × 1024 screen at 400 % zoom).
// - WCAG 1.4.10 / 1.4.4 / 1.4.12: no text spills out of its box at 320 px, at 390 px with the text
//   at 200 %, and at 1280 px with WCAG's text spacing.
// - WCAG 2.5.3 (Label in Name): with the language suggestion and search results shown, every link
//   and button is named with its visible text, and axe's experimental label-content-name-mismatch
//   (off by default; enabled here) finds nothing.
// - WCAG 2.4.6 / 1.3.1: no two headings on the page say the same.
//
// A Tab walk starts from the top of a page just loaded, so each walk gets its own load; checks that
// change the page (text size, text spacing) come last in their load. The colour scheme is switched
// with emulateMedia: the dark theme is CSS custom properties under prefers-color-scheme only.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, runAxe } from './axe';
import { walkTabStops } from './checks/focus-walk';
import { containing, visibleLabels } from './checks/labels';
import { applyTextSpacing, overflowingBoxes } from './checks/overflow';
import { langOf, PAGES, PAGES_WITHOUT_HEADER, urlOf } from './site';

const SCHEMES = ['light', 'dark'] as const;

// Each test holds the checks of one page at one width: up to two axe runs, two or three Tab walks
// and a layout check, each of which had a test (and a 60 s limit) of its own.
test.describe.configure({ timeout: 180_000 });

/** axe in both colour schemes, on the page as loaded; leaves it in the light scheme. */
async function axeInBothSchemes(page: Page, path: string, width: number) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await test.step(`${path} has no axe violations, ${colorScheme}, ${width} px`, async () => {
      expect.soft(await axeViolations(page), `axe, ${colorScheme}, ${width} px: ${path}`).toEqual([]);
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Walks every Tab stop of the page as it is now; `state` names the state and width in a failure. */
async function expectEveryTabStopUncovered(page: Page, state: string) {
  const { covered, stops } = await walkTabStops(page);
  expect.soft(stops, `Tab stops, ${state}`).toBeGreaterThan(1);
  expect.soft(covered, `Tab stops covered, ${state}`).toEqual([]);
}

/** Loads the page, opens the search and types a query that has results. */
async function openSearchWithQuery(page: Page, path: string) {
  const en = langOf(path) === 'en';
  await page.goto(urlOf(path));
  await page.getByRole('button', { name: en ? 'Search' : '検索', exact: true }).click();
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(en ? 'memorandum' : '覚書');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
}

/** The focus walk with the search open and a query typed, on a fresh load at the current size. */
async function walkWithSearchOpen(page: Page, path: string, size: { name: string }) {
  await test.step(`every Tab stop is visible, search open with a query: ${path} at ${size.name}`, async () => {
    await openSearchWithQuery(page, path);
    await expectEveryTabStopUncovered(page, `search open, ${size.name} px: ${path}`);
    // Focus left the panel, so the panel closed rather than float over the page.
    await expect.soft(page.locator('#site-search-panel'), `search panel closed, ${size.name} px: ${path}`).toBeHidden();
  });
}

for (const path of PAGES) {
  const header = !PAGES_WITHOUT_HEADER.has(path);

  test.describe(path, () => {
    test(`${path} at 1280 px: axe, headings, Tab stops, text spacing`, async ({ page }) => {
      const size = { name: '1280', width: 1280, height: 900 };
      const width = size.width;
      await page.setViewportSize(size);
      await page.goto(urlOf(path));
      await page.waitForLoadState('load'); // images sized, fonts applied
      await axeInBothSchemes(page, path, width);
      await test.step(`no two headings on the page say the same: ${path}`, async () => {
        const headings = await page
          .locator('h1, h2, h3, h4, h5, h6')
          .evaluateAll((els) => els.map((el) => `${el.tagName} ${el.textContent!.replace(/\s+/g, ' ').trim()}`));
        expect.soft(headings.length, `headings: ${path}`).toBeGreaterThan(0);
        expect
          .soft(
            headings.filter((h, i) => headings.indexOf(h) !== i),
            `repeated headings: ${path}`,
          )
          .toEqual([]);
      });
      await test.step(`every Tab stop is visible, search closed: ${path} at ${size.name}`, () =>
        expectEveryTabStopUncovered(page, `search closed, ${size.name} px: ${path}`));
      await test.step(`no text is cut off with WCAG text spacing: ${path}`, async () => {
        expect.soft(await page.evaluate(applyTextSpacing), `elements given text spacing: ${path}`).toBeGreaterThan(10);
        expect.soft(await page.evaluate(overflowingBoxes), `overflow with text spacing, 1280 px: ${path}`).toEqual([]);
      });
      if (header) await walkWithSearchOpen(page, path, size);
    });

    test(`${path} at 390 px: axe, Tab stops, text at 200 %`, async ({ page }) => {
      const size = { name: '390', width: 390, height: 844 };
      const width = size.width;
      await page.setViewportSize(size);
      await page.goto(urlOf(path));
      await page.waitForLoadState('load');
      await axeInBothSchemes(page, path, width);
      await test.step(`every Tab stop is visible, search closed: ${path} at ${size.name}`, () =>
        expectEveryTabStopUncovered(page, `search closed, ${size.name} px: ${path}`));
      await test.step(`no text spills out of its box at 390 px with text at 200 %: ${path}`, async () => {
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
        expect.soft(await page.evaluate(overflowingBoxes), `overflow at 390 px, text at 200 %: ${path}`).toEqual([]);
      });
      if (header) await walkWithSearchOpen(page, path, size);
    });

    test(`${path} at 320 px: Tab stops at 320 × 256, reflow`, async ({ page }) => {
      const size = { name: '320x256', width: 320, height: 256 };
      await page.setViewportSize(size);
      await page.goto(urlOf(path));
      await page.waitForLoadState('load');
      await test.step(`every Tab stop is visible, search closed: ${path} at ${size.name}`, () =>
        expectEveryTabStopUncovered(page, `search closed, ${size.name} px: ${path}`));
      await test.step(`no text spills out of its box at 320 px: ${path}`, async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        expect.soft(await page.evaluate(overflowingBoxes), `overflow at 320 px: ${path}`).toEqual([]);
        await page.setViewportSize(size);
      });
      if (header) await walkWithSearchOpen(page, path, size);
    });

    // A browser set to the page's other language: the page offers its twin in a banner.
    const [browserLocale, regionName] =
      langOf(path) === 'ja' ? ['en-GB', 'Language suggestion'] : ['ja-JP', '言語の案内'];
    test.describe(`${browserLocale} browser`, () => {
      test.use({ locale: browserLocale });

      test(`${path} in a ${browserLocale} browser: Tab stops with the language suggestion, label in name`, async ({
        page,
      }) => {
        if (header) {
          for (const size of [
            { name: '1280', width: 1280, height: 900 },
            { name: '390', width: 390, height: 844 },
            { name: '320x256', width: 320, height: 256 },
          ]) {
            await test.step(`every Tab stop is visible, language suggestion shown: ${path} at ${size.name}`, async () => {
              await page.setViewportSize(size);
              await page.goto(urlOf(path));
              await expect(page.getByRole('region', { name: regionName })).toBeVisible();
              await expectEveryTabStopUncovered(page, `language suggestion shown, ${size.name} px: ${path}`);
            });
          }
        }
        // With the language suggestion shown and, where there is one, search results listed.
        await page.setViewportSize({ width: 1280, height: 900 });
        if (header) {
          await openSearchWithQuery(page, path);
          await expect(page.locator('[data-lang-suggest] section')).toBeVisible();
        } else {
          await page.goto(urlOf(path));
        }
        await test.step(`every link and button is named with its visible text: ${path}`, async () => {
          const labels = await page.evaluate(visibleLabels);
          expect.soft(labels.length, `visible labels: ${path}`).toBeGreaterThan(1);
          const controls = page.locator('a[href], button');
          for (const { index, text } of labels) {
            await expect
              .soft(controls.nth(index), `label in name, "${text}": ${path}`)
              .toHaveAccessibleName(containing(text));
          }
        });
        await test.step(`axe label-content-name-mismatch finds nothing: ${path}`, async () => {
          const { violations, passed, inapplicable } = await runAxe(page, {
            runOnly: { type: 'rule', values: ['label-content-name-mismatch'] },
            rules: { 'label-content-name-mismatch': { enabled: true } },
          });
          expect
            .soft(
              violations.flatMap((v) => v.summaries),
              `label-content-name-mismatch: ${path}`,
            )
            .toEqual([]);
          // The rule did run (enabled, it is listed as passed or inapplicable rather than left out).
          expect
            .soft([...passed, ...inapplicable], `label-content-name-mismatch ran: ${path}`)
            .toContain('label-content-name-mismatch');
        });
      });
    });
  });
}
