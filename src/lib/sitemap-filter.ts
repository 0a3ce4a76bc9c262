import type { SitemapItem } from '@astrojs/sitemap';
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

/**
 * Adds the x-default alternate every page declares in its head (<link hreflang="x-default">,
 * the Japanese page, at the root) to the page's entry, beside its ja and en alternates.
 */
export function withXDefault(item: SitemapItem): SitemapItem {
  const links = item.links ?? [];
  const japanese = links.find((l) => l.lang === 'ja');
  if (!japanese || links.some((l) => l.lang === 'x-default')) return item;
  return { ...item, links: [...links, { lang: 'x-default', url: japanese.url }] };
}
