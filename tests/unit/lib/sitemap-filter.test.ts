import { describe, expect, it } from 'vitest';
import { sitemapFilter } from '../../../src/lib/sitemap-filter';

describe('sitemap filter', () => {
  it('keeps pages, leaves out 404s, the print view and the announcement’s news page', () => {
    const site = 'https://example.org';
    expect(sitemapFilter(`${site}/`)).toBe(true);
    expect(sitemapFilter(`${site}/en/accessibility/`)).toBe(true);
    expect(sitemapFilter(`${site}/404/`)).toBe(false);
    expect(sitemapFilter(`${site}/en/404/`)).toBe(false);
    expect(sitemapFilter(`${site}/mou/print/`)).toBe(false);
    expect(sitemapFilter(`${site}/news/mou-renewal/`)).toBe(false);
    expect(sitemapFilter(`${site}/en/news/mou-renewal/`)).toBe(false);
    expect(sitemapFilter(`${site}/news/another-item/`)).toBe(true);
  });
});
