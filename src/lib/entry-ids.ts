/**
 * Ids that come from content belong to their entry: a heading `#### Item 7` in a clause, or the
 * footnotes of two clauses on one page, must not take the site's own anchors (`item-7`) or each
 * other's (`user-content-fn-1`, `footnote-label`). Every id in an entry's HTML, and every
 * in-page reference to one (href="#…", aria-describedby), gets the entry's prefix, e.g.
 * `clauses-en-item-07--item-7`. Headings get their id here, before Astro would slug them itself.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root, RootContent } from 'hast';
import { entryOfPath } from '../model';

/**
 * `clauses-en-item-07--` for content/clauses/en/item-07.mdx; undefined outside content/. The
 * language is part of it: the print view shows both languages' clauses on one page.
 */
export function entryIdPrefix(file: string | undefined): string | undefined {
  const entry = file === undefined ? undefined : entryOfPath(file);
  return entry && `${entry.collection}-${entry.locale}-${entry.key}--`;
}

const textOf = (node: RootContent | Root): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

function elements(node: Root | Element, visit: (el: Element) => void) {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    elements(child, visit);
  }
}

export function prefixEntryIds(tree: Root, prefix: string): Root {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  elements(tree, (el) => {
    if (/^h[1-6]$/.test(el.tagName) && typeof el.properties.id !== 'string')
      el.properties.id = slugger.slug(textOf(el));
    if (typeof el.properties.id === 'string') ids.add(el.properties.id);
  });
  elements(tree, (el) => {
    const { id, href, ariaDescribedBy } = el.properties;
    if (typeof id === 'string') el.properties.id = prefix + id;
    if (typeof href === 'string' && href.startsWith('#') && ids.has(decodeURIComponent(href.slice(1))))
      el.properties.href = `#${prefix}${href.slice(1)}`;
    if (ariaDescribedBy !== undefined) {
      const list = (Array.isArray(ariaDescribedBy) ? ariaDescribedBy : String(ariaDescribedBy).split(/\s+/)).map(
        String,
      );
      el.properties.ariaDescribedBy = list.map((ref) => (ids.has(ref) ? prefix + ref : ref));
    }
  });
  return tree;
}

/** The rehype plugin (after the sanitizer, before Astro's heading ids). */
export function rehypeEntryIds() {
  return (tree: Root, file: { path?: string }) => {
    const prefix = entryIdPrefix(file.path);
    return prefix ? prefixEntryIds(tree, prefix) : tree;
  };
}
