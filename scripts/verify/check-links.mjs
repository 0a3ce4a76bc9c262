// Checks every internal link in a built site: each href/src/srcset that points into the site must
// name a file that exists, and each #fragment must name an id (or <a name>) on the target page.
//   node scripts/verify/check-links.mjs [dist]    → exit 1 and a list of problems if any
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { SITE_URL } from '../../site.config.mjs';
import { htmlFiles } from '../../src/lib/built-html.ts';

const LINK_ATTRS = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  use: ['href', 'xlink:href'],
  form: ['action'],
};

/** Walks a parse5 tree, calling fn on every element (templates included). */
function walk(node, fn) {
  if (node.tagName) fn(node);
  for (const child of node.childNodes ?? []) walk(child, fn);
  if (node.content) walk(node.content, fn);
}

const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;

/** The ids and the links of one HTML document. */
export function scanHtml(html) {
  const ids = new Set();
  const links = [];
  walk(parse(html), (el) => {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name'));
    for (const name of LINK_ATTRS[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      if (name === 'srcset')
        links.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0])
            .filter(Boolean),
        );
      else links.push(value.trim());
    }
  });
  return { ids, links };
}

/** URL path → file in dir, or undefined. `/x/` → x/index.html; a directory without its slash is not a page. */
function fileFor(dir, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * @param {string} dir the built site
 * @param {{ site?: string }} [options] the site's public origin: absolute links to it are internal too
 * @returns {{ pages: number, links: number, problems: string[] }}
 */
export function checkLinks(dir, { site = SITE_URL } = {}) {
  const siteOrigin = new URL(site).origin;
  const base = 'http://site.invalid';
  const pages = htmlFiles(dir);
  const scans = new Map(pages.map((f) => [f, scanHtml(readFileSync(join(dir, f), 'utf8'))]));
  const problems = [];
  let count = 0;
  for (const [page, { links }] of scans) {
    const pageUrl = new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, base);
    for (const link of links) {
      if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
      let url;
      try {
        url = new URL(link, pageUrl);
      } catch {
        problems.push(`${page}: unparsable link ${link}`);
        continue;
      }
      if (url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, base);
      if (url.origin !== base) continue; // another site: not ours to check
      count++;
      const file = fileFor(dir, url.pathname);
      if (!file) {
        problems.push(`${page}: broken link ${link}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (!fragment || fragment === 'top') continue;
      const target = scans.get(relative(dir, file).split(sep).join('/'));
      const id = decodeURIComponent(fragment);
      if (target && !target.ids.has(id)) problems.push(`${page}: missing anchor ${link}`);
    }
  }
  return { pages: pages.length, links: count, problems: [...new Set(problems)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html is missing: build the site first.`);
    process.exit(1);
  }
  const { pages, links, problems } = checkLinks(dir);
  for (const p of problems) console.error(p);
  console.log(`links: ${pages} pages, ${links} internal links checked, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}
