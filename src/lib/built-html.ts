import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ADMIN_PATH } from '../deploy/headers.mjs';

/**
 * The one reader of a built site's file list (dist/ or a copy of it), for the integrations that run
 * after the build, the verifiers, the benchmark and the tests. Synchronous, because the Playwright
 * specs derive their test list from it while they load.
 */

/**
 * Every file under a directory, as '/'-separated paths relative to it, sorted (deterministic). A
 * link counts as what it points to (a file, or a folder's files under the link's name): a server
 * sends that, so every check must read it.
 */
export function builtFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (e) =>
        e.isFile() ||
        (e.isSymbolicLink() && fs.statSync(path.join(e.parentPath, e.name), { throwIfNoEntry: false })?.isFile()),
    )
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every .html file under a directory (the content editor's page included). */
export function htmlFiles(dir: string): string[] {
  return builtFiles(dir).filter((f) => f.endsWith('.html'));
}

/**
 * The site's pages: every index.html and 404.html, as URL paths ('/', '/404.html', '/en/mou/'), sorted.
 * The content editor under ADMIN_PATH is built too, but it is not a page of the public site.
 */
export function pagePaths(dir: string): string[] {
  return htmlFiles(dir)
    .filter((f) => /(^|\/)(index|404)\.html$/.test(f))
    .map(urlOf)
    .filter((p) => !p.startsWith(ADMIN_PATH))
    .sort();
}

/** The URL path a built file answers at: 'en/mou/index.html' → '/en/mou/', '404.html' → '/404.html'. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file that answers a URL path: the inverse of urlOf ('/en/mou/' → 'en/mou/index.html'). */
export function fileOf(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : urlPath.slice(1);
}

interface HeadFacts {
  lang?: string;
  meta: Map<string, string>;
  canonical?: string;
}

let last: { html: string; facts: HeadFacts } | undefined;

/**
 * What the integrations read from a built page, found by a real HTML parser (parse5): a regular
 * expression over tags misreads any attribute value that contains '>' (a title such as "A > B").
 * The last page is remembered, since each is asked several questions in a row.
 */
function headFacts(html: string): HeadFacts {
  if (last?.html === html) return last.facts;
  const facts: HeadFacts = { meta: new Map() };
  const attrs = (node: DefaultTreeAdapterMap['element']) => new Map(node.attrs.map((a) => [a.name, a.value]));
  const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const a = attrs(child);
      const lang = a.get('lang');
      if (child.tagName === 'html' && lang !== undefined) facts.lang = lang;
      if (child.tagName === 'meta') {
        const key = a.get('property') ?? a.get('name');
        if (key !== undefined && a.has('content') && !facts.meta.has(key)) facts.meta.set(key, a.get('content')!);
      }
      const href = a.get('href');
      if (child.tagName === 'link' && a.get('rel')?.split(/\s+/).includes('canonical') && href !== undefined)
        facts.canonical ??= href;
      visit(child);
    }
  };
  visit(parse(html));
  last = { html, facts };
  return facts;
}

/** The content of <meta property|name="…" content="…">, decoded; undefined when absent. */
export function metaContent(html: string, key: string): string | undefined {
  return headFacts(html).meta.get(key);
}

export function htmlLang(html: string): string | undefined {
  return headFacts(html).lang;
}

export function canonicalHref(html: string): string | undefined {
  return headFacts(html).canonical;
}
