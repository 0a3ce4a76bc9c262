import { ANNOUNCEMENT_KEY } from './announcement';

/**
 * Pages the sitemap leaves out: the 404 pages, the print view (noindex), and the news page of
 * the announcement, whose canonical URL is the home page.
 */
export function sitemapFilter(page: string): boolean {
  const { pathname } = new URL(page);
  if (pathname.includes('/404')) return false;
  if (/\/mou\/print\/$/.test(pathname)) return false;
  if (new RegExp(`/news/${ANNOUNCEMENT_KEY}/$`).test(pathname)) return false;
  return true;
}
