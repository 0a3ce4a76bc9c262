// The pages under test, derived from the build: every index.html and every 404.html in dist/.
import { readdirSync } from 'node:fs';
import { ADMIN_PATH } from '../../src/deploy/headers.mjs';
import { localeOfPath } from '../../src/model/locales';

export const DIST = 'dist';

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));

/**
 * URL paths of the site's pages, e.g. '/', '/en/mou/', '/404.html'. The content editor under
 * /admin/ is not a page of the site (tests/e2e-cms covers it).
 */
export const PAGES: string[] = files
  .filter((f) => f === 'index.html' || f.endsWith('/index.html') || f === '404.html' || f.endsWith('/404.html'))
  .filter((f) => !f.startsWith(ADMIN_PATH.slice(1)))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

/** Hashed build assets, e.g. '/_astro/index.abc123.css'. */
export const ASSETS: string[] = files.filter((f) => f.startsWith('_astro/') && f.includes('.')).map((f) => `/${f}`);

/** The address a visitor opens a page at: a 404 page is reached by a missing address. */
export const urlOf = (path: string) =>
  path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path;

/** Pages without the site's header: no search and no language suggestion. */
export const PAGES_WITHOUT_HEADER = new Set(['/mou/print/']);

/** The language a page is in, from its path. */
export const langOf = localeOfPath;

if (!PAGES.includes('/')) throw new Error('dist/index.html is missing: build the site first (npm run build).');
