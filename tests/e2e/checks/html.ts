import { expect, type APIRequestContext } from '@playwright/test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * A built page as the server sends it, read by an HTML parser (parse5, as a browser parses), for
 * the checks that need the page's markup but not its rendering: head metadata, JSON-LD, anchors,
 * links and quoted text. No browser context is opened. Selectors are plain data (tag and exact
 * attribute values), never patterns over the markup.
 */

export type Element = DefaultTreeAdapterMap['element'];
type Parent = DefaultTreeAdapterMap['parentNode'];

/** What an element must be: its tag, and attributes with an exact value (true: present at all). */
export interface Match {
  tag?: string;
  attrs?: Record<string, string | true>;
}

export interface HtmlPage {
  path: string;
  status: number;
  document: DefaultTreeAdapterMap['document'];
}

/** Fetches `path` from the server under test and parses it; fails naming the page if its status is not `status`. */
export async function fetchPage(request: APIRequestContext, path: string, status = 200): Promise<HtmlPage> {
  const response = await request.get(path);
  expect(response.status(), `${path}: HTTP status`).toBe(status);
  return { path, status, document: parse(await response.text()) };
}

/** Parses HTML text as a document. */
export const parseHtml = (path: string, html: string): HtmlPage => ({ path, status: 200, document: parse(html) });

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const matches = (el: Element, m: Match) =>
  (m.tag === undefined || el.tagName === m.tag) &&
  Object.entries(m.attrs ?? {}).every(([name, want]) => {
    const value = attr(el, name);
    return want === true ? value !== undefined : value === want;
  });

const isElement = (node: DefaultTreeAdapterMap['childNode']): node is Element => 'tagName' in node;

/** Children of a node; as in the DOM, a <template>'s contents are not among them. */
const childrenOf = (node: Parent): DefaultTreeAdapterMap['childNode'][] => node.childNodes;

/** Every element under `root` (document order) that matches every step of `path`, each step a descendant of the last. */
export function all(root: Parent, ...path: Match[]): Element[] {
  let found: Parent[] = [root];
  for (const step of path) {
    const next: Element[] = [];
    const seen = new Set<Element>();
    for (const from of found) {
      const visit = (node: Parent) => {
        for (const child of childrenOf(node)) {
          if (!isElement(child)) continue;
          if (matches(child, step) && !seen.has(child)) {
            seen.add(child);
            next.push(child);
          }
          visit(child);
        }
      };
      visit(from);
    }
    found = next;
  }
  return found as Element[];
}

/** Direct children of `el` that match. */
export const childElements = (el: Parent, m: Match = {}) =>
  childrenOf(el).filter((c): c is Element => isElement(c) && matches(c, m));

/** The one element under `root` matching `path`; fails with `what` when there is none or more than one. */
export function one(root: Parent, what: string, ...path: Match[]): Element {
  const found = all(root, ...path);
  expect(found.length, `${what}: expected exactly one element, found ${found.length}`).toBe(1);
  return found[0]!;
}

/** The element with this id (exactly one), named `what` in a failure. */
export const byId = (root: Parent, id: string, what = `#${id}`) => one(root, what, { attrs: { id } });

/** The text of a node as `textContent` gives it (scripts' and styles' text included, as there). */
export function textOf(node: Parent | DefaultTreeAdapterMap['childNode']): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  if (!('childNodes' in node)) return '';
  return childrenOf(node as Parent)
    .map((c) => textOf(c))
    .join('');
}

/** Text with runs of white space made one space and trimmed, as a reader sees it. */
export const wordsOf = (node: Parent) => textOf(node).replace(/\s+/g, ' ').trim();

/** The content of `<meta property=key>` or `<meta name=key>` in the head (first one). */
export function meta(page: HtmlPage, key: string): string | undefined {
  const head = one(page.document, `${page.path}: <head>`, { tag: 'head' });
  const el = [
    ...all(head, { tag: 'meta', attrs: { property: key } }),
    ...all(head, { tag: 'meta', attrs: { name: key } }),
  ][0];
  return el && attr(el, 'content');
}

/** An element as a failure message shows it: its start tag (`<a href="/" aria-current="page">`). */
export const startTag = (el: Element) => `<${el.tagName}${el.attrs.map((a) => ` ${a.name}="${a.value}"`).join('')}>`;

/** Elements as their start tags, for comparing counts with a readable failure. */
export const startTags = (els: Element[]) => els.map(startTag);
