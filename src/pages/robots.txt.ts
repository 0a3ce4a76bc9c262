import type { APIContext } from 'astro';

/**
 * robots.txt naming the sitemap index at the configured site URL (site.config.mjs). The CMS at
 * /admin/ is for editors only: crawlers are asked to stay out (its page also says noindex).
 */
export function GET(context: APIContext) {
  const sitemap = new URL('sitemap-index.xml', context.site).href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
