// The one place that says where the site lives. Everything that needs an absolute URL
// (canonical links, hreflang, sitemap, feeds, Open Graph) reads it from here.
// Override at build time with SITE_URL=https://example.org npm run build.
export const SITE_URL = process.env.SITE_URL ?? 'https://kawasaki-biom.example.jp';
