/**
 * Links to pages of this site must point at pages that will be built. The list of pages is
 * derived, never kept by hand: from the route files under src/pages/ (read as file names, never
 * imported), with [...lang] standing for every language and a [key] under a collection's folder
 * (news/[key]) standing for each published entry of that collection in that language; plus the
 * files in public/. A link written in content as a site path (/en/partners/) or as a full address
 * on the site's own host is refused, naming the file and the address, when no page answers it.
 * Anchors are not judged here, except those of clauses (clause-links.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_URL } from '../../site.config.mjs';
import { DEFAULT_LOCALE, LOCALES, isCollectionName, type Locale } from '../model';
import type { Entry } from './entry';
import type { Problem } from './problem';

/** The site's route files and public files, beside this module (the project checked may be a copy holding only content/). */
const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
const ROUTE = /\.(astro|md|mdx|ts|js)$/;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .sort();
}

/** One segment of a route path: a name, a language, a collection's entry keys, or any segment. */
type Segment = string | { any: true } | { keysOf: string };

/** The URL paths a route file builds, in each language, as segments (Astro's file-based routing). */
function routeSegments(file: string): { locales: readonly (Locale | undefined)[]; segments: Segment[] } {
  const parts = file.replace(ROUTE, '').split('/');
  let locales: readonly (Locale | undefined)[] = [undefined];
  const segments: Segment[] = [];
  parts.forEach((part, i) => {
    if (part === '[...lang]') locales = LOCALES;
    else if (i === parts.length - 1 && part === 'index') return;
    else if (/^\[.*\]$/.test(part)) {
      const folder = parts[i - 1];
      segments.push(folder !== undefined && isCollectionName(folder) ? { keysOf: folder } : { any: true });
    } else segments.push(part);
  });
  return { locales, segments };
}

/** The pages and files of the built site, as a matcher of URL paths. */
export interface SitePaths {
  has(urlPath: string): boolean;
}

/**
 * Every path the build will answer: `/`, `/mou/`, `/en/news/mou-renewal/`, `/rss.xml`,
 * `/favicon.svg`. A page is a directory path ending in "/"; an endpoint (rss.xml.ts) or a 404
 * page is a file path. Entries that failed their own checks count as pages: they are reported
 * already, and a second message about links to them would only confuse.
 */
export function sitePaths(entries: readonly Entry[]): SitePaths {
  const keys = (collection: string, locale: Locale) =>
    new Set(
      entries
        .filter((e) => e.collection === collection && e.locale === locale && !(e.data && e.draft))
        .map((e) => e.key),
    );
  const patterns: RegExp[] = [];
  const exact = new Set(filesUnder(PUBLIC_DIR).map((file) => `/${file}`));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const file of filesUnder(PAGES_DIR).filter(
    (f) => ROUTE.test(f) && !f.split('/').some((p) => p.startsWith('_')),
  )) {
    const { locales, segments } = routeSegments(file);
    const endpoint = /\.(ts|js)$/.test(file);
    for (const locale of locales) {
      const prefix = locale === undefined || locale === DEFAULT_LOCALE ? [] : [locale];
      const last = segments.at(-1);
      // Pages are directories (trailingSlash: 'always'); endpoints and 404 pages are files.
      const asFile = endpoint || last === '404';
      const parts = [
        ...prefix.map(escape),
        ...segments.map((s) =>
          typeof s === 'string'
            ? escape(asFile && s === '404' ? '404.html' : s)
            : 'any' in s
              ? '[^/]+'
              : `(?:${[...keys(s.keysOf, locale ?? DEFAULT_LOCALE)].map(escape).join('|') || '(?!)'})`,
        ),
      ];
      patterns.push(new RegExp(`^/${parts.join('/')}${asFile || parts.length === 0 ? '' : '/'}$`));
    }
  }
  return { has: (urlPath) => exact.has(urlPath) || patterns.some((p) => p.test(urlPath)) };
}

const SITE = new URL(SITE_URL);

/** The path on this site a link names (site path or full address on the site's host), or undefined for another site. */
export function sitePathOf(url: string): string | undefined {
  const read = url.trim();
  if (read.startsWith('#') || read === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(read, SITE);
  } catch {
    return undefined;
  }
  if (parsed.origin !== SITE.origin) return undefined;
  if (!read.startsWith('/') && parsed.host !== SITE.host) return undefined;
  try {
    return decodeURIComponent(parsed.pathname);
  } catch {
    return parsed.pathname;
  }
}

/** The sentence for a site link no page answers, or undefined when one does. */
export function siteLinkProblem(url: string, paths: SitePaths): string | undefined {
  if (!/^\s*(\/(?![\\/])|https?:)/i.test(url)) return undefined; // anchors and relative links: mdx.ts
  const at = sitePathOf(url);
  if (at === undefined || paths.has(at)) return undefined;
  if (!at.endsWith('/') && paths.has(`${at}/`))
    return `the link "${url}" must end its page address with a slash (${at}/); correct the link.`;
  const where = url.trim() === at ? '' : ` (${at})`;
  return `the link "${url}" goes to a page this site does not have${where}; link to one of its pages (such as ${localeHome(at)}mou/ or ${localeHome(at)}partners/) or remove the link.`;
}

const localeHome = (at: string) => {
  const first = at.split('/')[1];
  return first && (LOCALES as readonly string[]).includes(first) && first !== DEFAULT_LOCALE ? `/${first}/` : '/';
};

/** Site links in the content's Markdown and MDX bodies (collected by the body scan, entry.links). */
export function checkSiteLinks(entries: readonly Entry[], problems: Problem[]) {
  const paths = sitePaths(entries);
  for (const entry of entries) {
    if (!entry.data || entry.draft) continue;
    for (const link of entry.links ?? []) {
      const problem = siteLinkProblem(link.url, paths);
      if (problem) problems.push({ file: entry.file, ...(link.line ? { line: link.line } : {}), message: problem });
    }
  }
}
