// The accessibility checks of every page of the built site, grouped so that one page load serves
// many checks: each test loads its page once and changes only what a visitor changes (window size, colour scheme, the search, text size) between checks: 1280 px in
// one test, 390 and 320 px in another, the other language's browser in a third. Each check
// is a named step, and each result is a soft assertion whose message names the check, the state
// and the page, so one failure neither hides the others nor leaves the report unclear about where
// it was.
//
// - axe (WCAG 2.0–2.2 A and AA plus best practice) in light and dark, at 390 and 1280 px, on the
//   page without the language suggestion and in the suggestion where it is shown.
// - WCAG 2.4.11 (Focus Not Obscured): every Tab stop is in the viewport and on top, with the search
//   closed, with the search open and a query typed, and with the language suggestion shown, at
//   1280 × 900, 390 × 844 and 320 × 256 px (a 1280 × 1024 screen at 400 % zoom).
// - WCAG 2.4.7 (Focus Visible): every Tab stop draws an outline of at least 2 px that contrasts at
//   least 3:1 with the colour behind it, light and dark, at 1280 px.
// - WCAG 1.4.13 (Content on Hover or Focus): the skip link, the one thing that appears on focus,
//   covers no other content (so it needs no way to dismiss it) and stays until focus leaves.
// - WCAG 1.4.1 (Use of Color): links inside running text are underlined.
// - WCAG 1.4.10 / 1.4.4 / 1.4.12: no text spills out of its box at 320 px, at 390 px with the text
//   at 200 %, and at 1280 px with WCAG's text spacing.
// - WCAG 2.5.3 (Label in Name): with the language suggestion and search results shown, every link
//   and button is named with its visible text, and axe's experimental label-content-name-mismatch
//   (off by default; enabled here) finds nothing.
// - WCAG 2.4.6 / 1.3.1: no two headings on the page say the same.
//
// The first two tests of a page use a browser set to the page's own language (ja-JP for a Japanese
// page, en-US for an English one), which shows no language suggestion; the third uses a browser set
// to the other language, which shows it, and runs axe on the suggestion in both colour schemes at
// 1280 and 390 px.
// A Tab walk starts from the top (startFromTop between walks on one load). Checks that change the
// page for good (text spacing, text at 200 %) come last in their load. The colour
// scheme is switched with emulateMedia: the dark theme is CSS custom properties under
// prefers-color-scheme only.
import type { Page } from '@playwright/test';
import { expect, test } from './shared-page';
import { axeViolations, runAxe } from './axe';
import { outlinesAtStops, startFromTop, walkTabStops } from './checks/focus-walk';
import { containing, visibleLabels } from './checks/labels';
import { applyTextSpacing, overflowingBoxes } from './checks/overflow';
import { langOf, PAGES, PAGES_WITHOUT_HEADER, urlOf } from './site';

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { name: '1280', width: 1280, height: 900 },
  { name: '390', width: 390, height: 844 },
  { name: '320x256', width: 320, height: 256 },
] as const;
type Size = (typeof SIZES)[number];

// Each test holds the checks of one page at one or two widths: up to two axe runs, up to four Tab
// walks and the layout checks, each of which once had a test (and a 60 s limit) of its own.
test.describe.configure({ timeout: 180_000 });

/** axe in both colour schemes, on the page as it is; leaves it in the light scheme. */
async function axeInBothSchemes(page: Page, path: string, width: number) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await test.step(`${path} has no axe violations, ${colorScheme}, ${width} px`, async () => {
      expect.soft(await axeViolations(page), `axe, ${colorScheme}, ${width} px: ${path}`).toEqual([]);
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Walks every Tab stop of the page as it is now; `state` names the state and width in a failure.
 * With `top`, the walk must start at that stop (the page's first, from its walk on a fresh load).
 */
async function expectEveryTabStopUncovered(page: Page, state: string, top?: string) {
  const { covered, stops, first } = await walkTabStops(page);
  expect.soft(stops, `Tab stops, ${state}`).toBeGreaterThan(1);
  if (top !== undefined) expect.soft(first, `first Tab stop, ${state}`).toBe(top);
  expect.soft(covered, `Tab stops covered, ${state}`).toEqual([]);
  return first;
}

/** Opens the search on the page as it is (not reloaded) and types a query that has results. */
async function openSearchWithQuery(page: Page, path: string) {
  const en = langOf(path) === 'en';
  await page.getByRole('button', { name: en ? 'Search' : '検索', exact: true }).click();
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  // Emptied first: results of an earlier search on this load would pass the check below at once
  // and then be replaced under the walk when this search ends.
  const results = page.locator('[data-search-results] a');
  await input.fill('');
  await expect(results).toHaveCount(0);
  await input.fill(en ? 'memorandum' : '覚書');
  await expect(results.first()).toBeVisible();
}

/** The focus walk with the search open and a query typed, at the current size. */
async function walkWithSearchOpen(page: Page, path: string, size: Size) {
  await test.step(`every Tab stop is visible, search open with a query: ${path} at ${size.name}`, async () => {
    await openSearchWithQuery(page, path);
    await expectEveryTabStopUncovered(page, `search open, ${size.name} px: ${path}`);
    // Focus left the panel, so the panel closed rather than float over the page.
    await expect.soft(page.locator('#site-search-panel'), `search panel closed, ${size.name} px: ${path}`).toBeHidden();
  });
}

/** Runs in the page: links inside running text that are not underlined (their text). */
function linksInTextWithoutUnderline(): string[] {
  const textOutsideLinks = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? (node.textContent ?? '')
      : node instanceof Element && !node.matches('a, [aria-hidden="true"], .sr-only')
        ? [...node.childNodes].map(textOutsideLinks).join('')
        : '';
  return [...document.querySelectorAll('main a[href]')]
    .map((a) => {
      // Running text: the block holds words that are not part of a link (a row of links, or a
      // logo link, is not running text: it is told apart by its place, not by colour).
      const block = a.closest('p, li, td, dd, figcaption, blockquote');
      const own = (a.textContent ?? '').trim();
      const words = block ? [...block.childNodes].map((n) => textOutsideLinks(n)).join('') : '';
      return {
        text: own.slice(0, 40),
        inText: own !== '' && words.trim() !== '',
        underlined: getComputedStyle(a).textDecorationLine.includes('underline'),
      };
    })
    .filter((l) => l.inText && !l.underlined)
    .map((l) => l.text);
}

/** Runs in the page: what the focused skip link overlaps (text, images, controls) and its size. */
function underSkipLink() {
  const link = document.activeElement!;
  const box = link.getBoundingClientRect();
  const overlaps = (r: DOMRect) =>
    r.width > 0 && r.height > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
  const hits: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (link.contains(node) || !node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some(overlaps)) hits.push(`text "${node.textContent.trim().slice(0, 30)}"`);
  }
  for (const el of document.body.querySelectorAll('img, svg, input, button, select, textarea'))
    if (!link.contains(el) && overlaps(el.getBoundingClientRect())) hits.push(el.tagName.toLowerCase());
  return { hits, width: box.width };
}

/** Runs in the page: whether the language suggestion is shown. */
const suggestionShown = () => !!document.querySelector('[data-lang-suggest] section');

for (const path of PAGES) {
  const header = !PAGES_WITHOUT_HEADER.has(path);

  test.describe(path, () => {
    // A visitor whose browser is set to the page's language: no language suggestion.
    test.use({ locale: langOf(path) === 'ja' ? 'ja-JP' : 'en-US' });
    test(`${path} at 1280 px: axe, headings, links, Tab stops, outlines, skip link, text spacing`, async ({ page }) => {
      const size = SIZES[0];
      await page.setViewportSize(size);
      await page.goto(urlOf(path));
      await page.waitForLoadState('load'); // images sized, fonts applied
      expect.soft(await page.evaluate(suggestionShown), `language suggestion shown, 1280 px: ${path}`).toBe(false);
      await axeInBothSchemes(page, path, size.width);
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
      await test.step(`links in running text are underlined, not told apart by colour alone: ${path}`, async () => {
        expect
          .soft(await page.evaluate(linksInTextWithoutUnderline), `links in text without underline: ${path}`)
          .toEqual([]);
      });
      // On the page as loaded, so from the top.
      await test.step(`every Tab stop is visible, search closed: ${path} at ${size.name}`, () =>
        expectEveryTabStopUncovered(page, `search closed, ${size.name} px: ${path}`));
      await test.step(`every Tab stop shows an outline that contrasts with what is behind it: ${path}`, async () => {
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          const { measured, weak } = await outlinesAtStops(page);
          expect.soft(measured, `Tab stops measured, ${colorScheme}: ${path}`).toBeGreaterThan(1);
          expect
            .soft(weak, `stops without a visible, contrasting outline, ${colorScheme}, 1280 px: ${path}`)
            .toEqual([]);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      });
      if (header) {
        await test.step(`the skip link appears on focus without covering other content, until focus leaves it: ${path}`, async () => {
          const skip = page.locator('a[href="#main"]');
          await startFromTop(page);
          await page.keyboard.press('Tab');
          await expect.soft(skip, `skip link focused first: ${path}`).toBeFocused();
          const { hits, width } = await page.evaluate(underSkipLink);
          expect.soft(hits, `content under the focused skip link: ${path}`).toEqual([]);
          expect.soft(width, `skip link width: ${path}`).toBeGreaterThan(44);
          await page.keyboard.press('Tab');
          await expect.soft(skip, `skip link after Tab: ${path}`).not.toBeFocused();
          // Out of sight again: Tailwind's sr-only clips it to nothing (clip-path: inset(50%)).
          await expect.soft(skip, `skip link hidden again: ${path}`).toHaveCSS('clip-path', 'inset(50%)');
        });
        await walkWithSearchOpen(page, path, size);
      }
      await test.step(`no text is cut off with WCAG text spacing: ${path}`, async () => {
        expect.soft(await page.evaluate(applyTextSpacing), `elements given text spacing: ${path}`).toBeGreaterThan(10);
        expect.soft(await page.evaluate(overflowingBoxes), `overflow with text spacing, 1280 px: ${path}`).toEqual([]);
      });
    });

    test(`${path} at 390 and 320 px: axe, Tab stops, reflow, text at 200 %`, async ({ page }) => {
      const [, narrow, small] = SIZES;
      await page.setViewportSize(narrow);
      await page.goto(urlOf(path));
      await page.waitForLoadState('load');
      expect.soft(await page.evaluate(suggestionShown), `language suggestion shown, 390 px: ${path}`).toBe(false);
      await axeInBothSchemes(page, path, narrow.width);
      // The first walk is on the page as loaded; the next one starts where it started.
      let top: string | undefined;
      for (const size of [narrow, small]) {
        await page.setViewportSize(size);
        await test.step(`every Tab stop is visible, search closed: ${path} at ${size.name}`, async () => {
          if (top !== undefined) await startFromTop(page);
          top = await expectEveryTabStopUncovered(page, `search closed, ${size.name} px: ${path}`, top);
        });
        if (size === small)
          await test.step(`no text spills out of its box at 320 px: ${path}`, async () => {
            await page.setViewportSize({ width: 320, height: 640 });
            expect.soft(await page.evaluate(overflowingBoxes), `overflow at 320 px: ${path}`).toEqual([]);
            await page.setViewportSize(size);
          });
        if (header) await walkWithSearchOpen(page, path, size);
      }
      await page.setViewportSize(narrow);
      await test.step(`no text spills out of its box at 390 px with text at 200 %: ${path}`, async () => {
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
        expect.soft(await page.evaluate(overflowingBoxes), `overflow at 390 px, text at 200 %: ${path}`).toEqual([]);
      });
    });

    // A browser set to the page's other language: the page offers its twin in a banner.
    const [browserLocale, regionName] =
      langOf(path) === 'ja' ? ['en-GB', 'Language suggestion'] : ['ja-JP', '言語の案内'];
    test.describe(`${browserLocale} browser`, () => {
      test.use({ locale: browserLocale });

      test(`${path} in a ${browserLocale} browser: Tab stops with the language suggestion, label in name`, async ({
        page,
      }) => {
        await page.setViewportSize(SIZES[0]);
        await page.goto(urlOf(path));
        if (header) {
          await expect(page.getByRole('region', { name: regionName })).toBeVisible();
          let top: string | undefined;
          for (const size of SIZES) {
            await test.step(`every Tab stop is visible, language suggestion shown: ${path} at ${size.name}`, async () => {
              await page.setViewportSize(size);
              if (top !== undefined) await startFromTop(page);
              const state = `language suggestion shown, ${size.name} px: ${path}`;
              top = await expectEveryTabStopUncovered(page, state, top);
            });
            if (size.name === '320x256') continue;
            for (const colorScheme of SCHEMES) {
              await page.emulateMedia({ colorScheme });
              await test.step(`the language suggestion has no axe violations, ${colorScheme}, ${size.width} px: ${path}`, async () => {
                expect
                  .soft(
                    await axeViolations(page, '[data-lang-suggest]'),
                    `axe in the language suggestion, ${colorScheme}, ${size.width} px: ${path}`,
                  )
                  .toEqual([]);
              });
            }
            await page.emulateMedia({ colorScheme: 'light' });
          }
          // With the language suggestion shown and search results listed.
          await page.setViewportSize(SIZES[0]);
          await openSearchWithQuery(page, path);
          await expect(page.locator('[data-lang-suggest] section')).toBeVisible();
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
