/**
 * Search finds what a page says, not its frame, and a hit in a clause opens that clause.
 *
 * Time: the results list is filled once per query (one input event, one search), so a query that
 * must find something waits for its hit; only a query that must find nothing waits for the status
 * line, which the control writes a second after typing stops (src/client/search.ts says why). One
 * page load serves every query of a language.
 */
import { expect, test, type Page } from '@playwright/test';
import { readEntries } from '../unit/helpers/content-files';
import { searchFrom } from './checks/search';
import type { Locale } from '../../src/model/locales';

const results = (page: Page) => page.locator('[data-search-results] a');

/** Searches from `start` for a query that must find something: waits until the list shows it. */
async function searchHits(page: Page, start: string, query: string) {
  await searchFrom(page, start, query);
  await expect(results(page).first(), `${start}: search for “${query}” shows results`).toBeVisible();
  return results(page);
}

/** Searches from `start` and waits for the status line: the list is then final, even when empty. */
async function searchSettled(page: Page, start: string, query: string) {
  await searchFrom(page, start, query);
  await expect(page.locator('[data-search-status]'), `${start}: status for “${query}”`).toContainText(query);
  return results(page);
}

test('a hit in agreed item (7) opens that clause, named in the result', async ({ page }) => {
  const hits = await searchHits(page, '/', 'パートナー地域');
  const hit = hits.and(page.locator('[href="/mou/#item-7"]'));
  await expect(hit).toHaveText('覚書の内容 › 同意事項(7)');
  await hit.click();
  await expect(page).toHaveURL(/\/mou\/#item-7$/);
  await expect(page.locator('#item-7')).toBeInViewport();
});

test('an English hit in a clause opens that clause', async ({ page }) => {
  const hits = await searchHits(page, '/en/', 'stakeholders');
  const hit = hits.and(page.locator('[href="/en/mou/#item-10"]'));
  await expect(hit).toHaveText('The memorandum of understanding › Agreed item (10)');
  await hit.click();
  await expect(page).toHaveURL(/\/en\/mou\/#item-10$/);
  await expect(page.locator('#item-10')).toBeInViewport();
});

// Text that every page's frame carries: the skip link, the tagline, the footer's source line.
for (const [start, phrases] of [
  ['/', ['本文へ移動', '出典']],
  ['/en/', ['Skip to main content', 'Source: the City']],
] as const) {
  test(`the skip link, header and footer are not indexed: ${start}`, async ({ page }) => {
    for (const phrase of phrases) {
      await test.step(`“${phrase}”`, async () => {
        const excerpts = await (await searchSettled(page, start, phrase)).locator('xpath=..').allTextContents();
        expect
          .soft(
            excerpts.filter((e) => e.includes(phrase)),
            `${start}: results quoting “${phrase}”`,
          )
          .toEqual([]);
      });
    }
  });
}

/** The words of every agreed item, by number, as content/clauses/ has them. */
const clauseText = (locale: Locale, n: number) =>
  readEntries('clauses', locale).get(`item-${String(n).padStart(2, '0')}`)!.body as string;

for (const [start, queries] of [
  ['/', ['中小企業', '技術移転', '市場参入', '面談', 'BIO-Europe']],
  ['/en/', ['technology transfer', 'market entry', 'BioJapan', 'BIO-Europe', 'small and medium-sized']],
] as const) {
  const locale = start === '/en/' ? 'en' : 'ja';
  const business = locale === 'en' ? '/en/business/' : '/business/';
  test(`everyday queries (${locale}) open the companies page at the card quoting them`, async ({ page }) => {
    const cards = new Map<string, string>();
    for (const query of queries) {
      await test.step(`“${query}” finds one card of ${business}`, async () => {
        const hrefs = await (
          await searchHits(page, start, query)
        ).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        const hits = hrefs.filter((h) => h.startsWith(business));
        expect.soft(hits, `“${query}”: hits on ${business} among ${hrefs.join(' ')}`).toHaveLength(1);
        if (hits.length !== 1) return;
        const item = Number(hits[0]!.match(/#item-(\d+)$/)?.[1]);
        expect.soft(item, `“${query}”: ${hits[0]} names an agreed item`).toBeGreaterThan(0);
        expect
          .soft(clauseText(locale, item).toLowerCase(), `“${query}”: agreed item (${item}) says it`)
          .toContain(query.toLowerCase());
        cards.set(query, hits[0]!);
      });
    }
    expect(cards.size, 'every query found its card').toBe(queries.length);
    // The result links are plain links (clicking one is proved above): opening each address shows its card.
    for (const [query, href] of cards) {
      await test.step(`“${query}” opens ${href}`, async () => {
        await page.goto(href);
        await expect.soft(page.locator(`#${href.split('#')[1]}`), `${href}: the card, for “${query}”`).toBeInViewport();
      });
    }
  });
}
