import fs from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** Helpers for integrations that read the built HTML in dist/. */

/** Every .html file under a directory, as paths relative to it, sorted (deterministic). */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL path a built file answers at: 'en/mou/index.html' → '/en/mou/', '404.html' → '/404.html'. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
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
