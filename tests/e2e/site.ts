// The pages under test, derived from the build: every index.html and every 404.html in dist/.
import { existsSync } from 'node:fs';
import { builtFiles, pagePaths } from '../../src/lib/built-html';
import { localeOfPath } from '../../src/model/locales';

export const DIST = 'dist';

if (!existsSync(`${DIST}/index.html`))
  throw new Error('dist/index.html is missing: build the site first (npm run build).');

/**
 * URL paths of the site's pages, e.g. '/', '/en/mou/', '/404.html'. The content editor under
 * /admin/ is not a page of the site (tests/e2e-cms covers it).
 */
export const PAGES: string[] = pagePaths(DIST);

/** Hashed build assets, e.g. '/_astro/index.abc123.css'. */
export const ASSETS: string[] = builtFiles(DIST)
  .filter((f) => f.startsWith('_astro/') && f.includes('.'))
  .map((f) => `/${f}`);

/** The address a visitor opens a page at: a 404 page is reached by a missing address. */
export const urlOf = (path: string) =>
  path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path;

/** Pages without the site's header: no search and no language suggestion. */
export const PAGES_WITHOUT_HEADER = new Set(['/mou/print/']);

/** The language a page is in, from its path. */
export const langOf = localeOfPath;
