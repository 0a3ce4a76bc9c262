/**
 * Search finds what a page says, not its frame, and a hit in a clause opens that clause.
 */
import { expect, test, type Page } from '@playwright/test';
import { readEntries } from '../unit/helpers/content-files';
import { searchFrom } from './checks/search';

/** Searches from `start`; the result links, once the status says how many there are. */
async function search(page: Page, start: string, query: string) {
  await searchFrom(page, start, query);
  await expect(page.locator('[data-search-status]')).not.toHaveText(/^$|…$/);
  return page.locator('[data-search-results] a');
}

test('a hit in agreed item (7) opens that clause, named in the result', async ({ page }) => {
  const results = await search(page, '/', 'パートナー地域');
  const hit = results.and(page.locator('[href="/mou/#item-7"]'));
  await expect(hit).toHaveText('覚書の内容 › 同意事項(7)');
  await hit.click();
  await expect(page).toHaveURL(/\/mou\/#item-7$/);
  await expect(page.locator('#item-7')).toBeInViewport();
});

test('an English hit in a clause opens that clause', async ({ page }) => {
  const results = await search(page, '/en/', 'stakeholders');
  await expect(results.and(page.locator('[href="/en/mou/#item-10"]'))).toHaveText(
    'The memorandum of understanding › Agreed item (10)',
  );
});

test('the skip link, header and footer are not indexed', async ({ page }) => {
  // Text that every page's frame carries: the skip link, the tagline, the footer's source line.
  for (const [start, phrase] of [
    ['/', '本文へ移動'],
    ['/', '出典'],
    ['/en/', 'Skip to main content'],
    ['/en/', 'Source: the City'],
  ] as const) {
    const results = await search(page, start, phrase);
    const excerpts = await results.locator('xpath=..').allTextContents();
    expect(excerpts.filter((e) => e.includes(phrase))).toEqual([]);
  }
});

/** The words of every agreed item, by number, as content/clauses/ has them. */
const clauseText = (locale: 'ja' | 'en', n: number) =>
  readEntries('clauses', locale).get(`item-${String(n).padStart(2, '0')}`)!.body as string;

for (const [start, query] of [
  ['/', '中小企業'],
  ['/', '技術移転'],
  ['/', '市場参入'],
  ['/', '面談'],
  ['/', 'BIO-Europe'],
  ['/en/', 'technology transfer'],
  ['/en/', 'market entry'],
  ['/en/', 'BioJapan'],
  ['/en/', 'BIO-Europe'],
  ['/en/', 'small and medium-sized'],
] as const) {
  const locale = start === '/en/' ? 'en' : 'ja';
  test(`everyday query “${query}” (${locale}) opens the companies page at the card quoting it`, async ({ page }) => {
    const results = await search(page, start, query);
    const business = locale === 'en' ? '/en/business/' : '/business/';
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const hits = hrefs.filter((h) => h.startsWith(business));
    expect(hits, hrefs.join(' ')).toHaveLength(1);
    const item = Number(hits[0]!.match(/#item-(\d+)$/)?.[1]);
    expect(item, hits[0]).toBeGreaterThan(0);
    expect(clauseText(locale, item).toLowerCase()).toContain(query.toLowerCase());
    await results.and(page.locator(`[href="${hits[0]}"]`)).click();
    await expect(page.locator(`#item-${item}`)).toBeInViewport();
  });
}
