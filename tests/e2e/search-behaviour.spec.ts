/**
 * The search panel as a keyboard and a high-contrast user meet it: Escape closes it and keeps
 * the query, one clear button, and the highlighted words readable in forced colours, light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchFrom } from './checks/search';

async function openWith(page: Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await page.getByRole('searchbox').fill(query);
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
}

/** WCAG contrast ratio of two computed CSS colours (rgb()/rgba(), opaque). */
function contrastIn(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (css: string) =>
        css
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      const lum = (css: string) => {
        const [r, g, b] = rgb(css).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const style = getComputedStyle(el);
      const [a, b] = [lum(style.color), lum(style.backgroundColor)].sort((x, y) => y - x);
      return { ratio: (a! + 0.05) / (b! + 0.05), color: style.color, background: style.backgroundColor };
    });
}

test('the open search panel: highlighted words keep 4.5:1, light and dark, normally and in forced colours; Escape closes it and keeps the query; one clear button', async ({
  page,
}) => {
  await openWith(page, '覚書');
  const input = page.getByRole('searchbox');
  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`highlighted words, ${colorScheme}: a visible tint, 4.5:1 in forced colours`, async () => {
      await page.emulateMedia({ colorScheme, forcedColors: 'none' });
      const normal = await contrastIn(page, '[data-search-results] mark');
      // The mark's own tint is translucent: its contrast is the page text on the mix it makes.
      expect.soft(normal.background, `a visible tint, ${colorScheme}: /`).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)/);
      await page.emulateMedia({ colorScheme, forcedColors: 'active' });
      const forced = await contrastIn(page, '[data-search-results] mark');
      expect
        .soft(forced.ratio, `highlight in forced colours, ${colorScheme}: / ${JSON.stringify(forced)}`)
        .toBeGreaterThanOrEqual(4.5);
    });
  }
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await test.step('the field has no second clear button', async () => {
    // Chromium's own clear button is hidden by a rule that reaches this field (computed styles of
    // that pseudo-element are not readable, so the rule and its match are checked instead).
    const hidden = await input.evaluate((field) =>
      [...document.styleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => {
          if (!(rule instanceof CSSStyleRule)) return false;
          const [base, pseudo] = rule.selectorText.split('::');
          return pseudo === '-webkit-search-cancel-button' && field.matches(base!) && rule.style.display === 'none';
        }),
      ),
    );
    expect.soft(hidden, "a rule hides Chromium's clear button on the search field: /").toBe(true);
    await expect.soft(page.getByRole('button', { name: '検索を閉じる' }), 'the close button: /').toBeVisible();
  });
  await test.step('Escape closes the search, returns focus and keeps the query', async () => {
    await input.press('Escape');
    await expect(input).toBeHidden();
    await expect(page.getByRole('button', { name: '検索', exact: true })).toBeFocused();
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await expect(input, 'the query after reopening: /').toHaveValue('覚書');
  });
});

test('the result count is spoken once, when typing pauses, not at every keystroke', async ({ page }) => {
  // The page's clock is the test's: keystrokes 400 ms apart stay 400 ms apart however busy the
  // machine is (real typing under load left pauses long enough to be announced).
  await page.clock.install();
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const status = page.locator('[data-search-status]');
  // Search is ready once its loading message has gone.
  await expect(status).toHaveText('');
  await status.evaluate((el) => {
    const w = window as unknown as { spoken: string[] };
    w.spoken = [];
    new MutationObserver(() => w.spoken.push(el.textContent ?? '')).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.filter(Boolean));
  // A slow typist: each key 400 ms after the last, longer than the search waits between keystrokes.
  await expect(page.getByRole('searchbox')).toBeFocused();
  for (const key of 'technology') {
    await page.keyboard.press(key);
    await page.clock.runFor(400);
  }
  // The results followed the typing; nothing was spoken while it went on.
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  expect(await spoken()).toEqual([]);
  // Once typing pauses, the count is spoken, once.
  await page.clock.runFor(1_000);
  await expect(status).toHaveText(/“technology”/);
  expect(await spoken()).toHaveLength(1);
});

/** The excerpts a query from `start` shows, as text. */
async function excerpts(page: Page, start: string, query: string) {
  await searchFrom(page, start, query);
  // The list, emptied before, fills with this query's results (each query here has some); the
  // status would say so only a second later, when it is spoken.
  await expect(page.locator('[data-search-results] p').first()).toBeVisible();
  return page.locator('[data-search-results] p').allTextContents();
}

test('excerpts keep the boundaries between elements; Japanese ones use 「。」, not ". "', async ({ page }) => {
  // The participants' list: a number badge, a name and a role, one element each.
  const en = (await excerpts(page, '/en/', 'CEO')).join('\n');
  expect(en).toContain('Horst Domdey. CEO, BioM');
  expect(en).not.toMatch(/\dProf|DomdeyCEO/);
  const ja = (await excerpts(page, '/', 'CEO')).join('\n');
  expect(ja).toContain('Horst Domdey教授。BioM Biotech Cluster Development GmbH CEO');
  // A list of terms (the key facts): each term and its value apart.
  const facts = (await excerpts(page, '/', '有効期間')).join('\n');
  expect(facts).toMatch(/有効期間。\s?2020年2月から3年間/);
  for (const query of ['締結式', '覚書', 'Domdey', '面談'])
    for (const excerpt of await excerpts(page, '/', query))
      expect(excerpt, `${query}: ${excerpt}`).not.toMatch(/[^\x20-\x7e]\. |\. [^\x20-\x7e]/);
  // English excerpts keep their own full stops and abbreviations.
  expect((await excerpts(page, '/en/', 'Domdey')).join('\n')).toContain('Prof. Dr. Domdey');
});
