import { expect, type Page } from '@playwright/test';

/**
 * Types `query` into the site search from the page `start`. On the page already open, with the
 * search still open, the query goes into the same field (emptied first, so that what the caller
 * waits for next is this query's), as a visitor searching again would: one page load per page
 * instead of one per query. The caller waits for what its query should show.
 */
export async function searchFrom(page: Page, start: string, query: string) {
  const input = page.getByRole('searchbox');
  if (page.url() === 'about:blank' || new URL(page.url()).pathname !== start || !(await input.isVisible())) {
    await page.goto(start);
    await page.getByRole('button', { name: start.startsWith('/en/') ? 'Search' : '検索', exact: true }).click();
  } else {
    await input.fill('');
    await expect(page.locator('[data-search-status]')).toHaveText('');
  }
  await input.fill(query);
}
