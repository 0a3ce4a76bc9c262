// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { OPERATOR, PRODUCTION, SITE_URL, operatorProblems } from './site.config.mjs';
import { localized404 } from './src/integrations/localized-404';
import contentChecks from './src/integrations/content-checks.mjs';
import ogImages from './src/integrations/og-images.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import cmsAdmin from './src/integrations/cms-admin.ts';
import unreferencedImages from './src/integrations/unreferenced-images.ts';
import uniqueIds from './src/integrations/unique-ids.ts';
import { sitemapFilter, withXDefault } from './src/lib/sitemap-filter.ts';
import { rehypeSanitizeContent } from './src/lib/sanitize-content.ts';
import { rehypeEntryIds } from './src/lib/entry-ids.ts';
import { remarkGfmWithoutAutolinks } from './src/content-policy/markdown-syntax.ts';
import { IMAGE_LIMITS } from './src/content-policy/images.ts';
import { CSP_DIRECTIVES } from './src/deploy/headers.mjs';
import { DEFAULT_LOCALE, LOCALES } from './src/model/locales.ts';
import securityHeaders from './src/integrations/security-headers.mjs';

// How Astro links the stylesheet: 'auto' (Astro's default: inline below 4 kB, so a separate
// file for this site's CSS) or 'always' (a <style> in every page; Astro's CSP hashes it).
// `npm run bench` builds both and compares Lighthouse LCP (docs/performance.md).
const INLINE_STYLESHEETS = process.env.ASTRO_INLINE_STYLESHEETS ?? 'auto';
if (!['auto', 'always', 'never'].includes(INLINE_STYLESHEETS))
  throw new Error(`ASTRO_INLINE_STYLESHEETS must be auto, always or never (got "${INLINE_STYLESHEETS}")`);

// Who runs the site must be known before it is published (site.config.mjs): refuse here, before
// anything is built, with the one line that says what to set.
const operatorProblem = operatorProblems(OPERATOR, PRODUCTION)[0];
if (operatorProblem) throw new Error(operatorProblem);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: /** @type {'auto' | 'always' | 'never'} */ (INLINE_STYLESHEETS) },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Defence in depth: every Markdown and MDX page is rebuilt from the content allowlist, so a
    // gap in the content check cannot reach a visitor (src/lib/sanitize-content.ts). No syntax
    // highlighting: its inline styles would break the CSP, and the content has no code.
    syntaxHighlight: false,
    // GitHub's syntax without its automatic links: a bare www.… or name@… stays text, as the
    // content check reads it (src/content-policy/markdown-syntax.ts).
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfmWithoutAutolinks],
      rehypePlugins: [rehypeSanitizeContent, rehypeEntryIds],
    }),
  },
  integrations: [
    // First: refuses malformed or unsafe content before Astro reads any of it.
    contentChecks(),
    mdx(),
    localized404(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])) },
      filter: sitemapFilter,
      serialize: withXDefault,
    }),
    // After the build: Open Graph images, then the search index (issue 5).
    ogImages(),
    pagefindIndex(),
    // The content editor at /admin/ (issue 10); never part of the public pages or their index.
    cmsAdmin(),
    // Last before the headers: drop image originals no page uses (camera photos are 5–10 MB).
    unreferencedImages(),
    // Every page's ids unique: content ids carry their entry's prefix (src/lib/entry-ids.ts).
    uniqueIds(),
    securityHeaders(),
  ],
  image: {
    // Photos are converted by the site's own service (src/lib/image-service.ts): the content
    // check's pixel limit, the first frame only, and a failed conversion stops the build naming the
    // file instead of publishing the upload unchanged. AVIF effort 2 (sharp's default is 4): for a
    // 24 MP camera photo it takes a third of the CPU time for somewhat larger files
    // (docs/performance.md, "Camera photo").
    service: {
      entrypoint: './src/lib/image-service.ts',
      config: { limitInputPixels: IMAGE_LIMITS.maxPixelsTimesFrames, avif: { effort: 2 } },
    },
  },
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Keep every processed client script an external module under /_astro/ (never inlined),
      // so that a strict CSP with script-src 'self' needs no hashes for them. Other assets keep
      // Vite's default limit.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // MDX modules start with Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise, repeated once per entry.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
