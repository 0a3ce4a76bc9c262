/**
 * The render-time half of "content is text, not code": a rehype plugin, run by Astro's
 * Markdown and MDX pipelines (astro.config.mjs, markdown.processor), that rebuilds every
 * content page's HTML from the same allowlist the content check enforces
 * (src/content-policy/html.ts), with hast-util-sanitize. The check refuses bad content
 * with a message; this layer makes sure that whatever a gap in the check let through never
 * reaches a visitor as markup: no script, no event handler, no Astro directive, no comment, no
 * address outside https: and this site.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { CONTENT_ATTRIBUTES, CONTENT_ELEMENTS, URL_ATTRIBUTES, refusedAddress } from '../content-policy/html';
import { MDX_COMPONENT_ALLOWLIST } from '../content-policy/components';

/** MDX node types that rehype passes through (JSX, expressions, import/export). */
const MDX_NODE_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** Stands in for an allowed site component while the tree is sanitised; never in the output. */
const COMPONENT = 'x-content-component';

const property = (attribute: string) => find(html, attribute).property;

/** Elements Markdown itself writes (links, images, headings, lists, tables, footnotes, task lists). */
const MARKDOWN_ELEMENTS = ['a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'section', 'input'];

const attributes: NonNullable<Schema['attributes']> = {};
for (const [element, names] of Object.entries(CONTENT_ATTRIBUTES)) attributes[element] = names.map(property);
const add = (element: string, ...definitions: NonNullable<Schema['attributes']>[string]) => {
  attributes[element] = [...(attributes[element] ?? []), ...definitions];
};
add('a', 'href', 'id', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteRef', 'dataFootnoteBackref', [
  'className',
  'data-footnote-backref',
]);
// Images come only from content/media/ (relative paths, rewritten by Astro): never a web address,
// which would be a request to another site at run time.
// As a browser reads it: a leading space or control, or a tab or line break anywhere, may hide a scheme.
// eslint-disable-next-line no-control-regex
add('img', ['src', /^(?![\u0000-\u0020]|[a-z][a-z0-9+.-]*:|[\\/]{2})[^\t\n\r]*$/i], 'alt');
add('code', ['className', /^language-[\w-]+$/]);
add('input', ['disabled', true], ['type', 'checkbox'], 'checked');
add('li', 'id', ['className', 'task-list-item']);
add('ol', ['className', 'contains-task-list']);
add('ul', ['className', 'contains-task-list']);
add('section', 'dataFootnotes', ['className', 'footnotes']);
add('h2', 'id', ['className', 'sr-only']);
add('td', 'align');
add('th', 'align');
add(COMPONENT, 'dataIndex');

export const CONTENT_SANITIZE_SCHEMA: Schema = {
  tagNames: [...new Set([...CONTENT_ELEMENTS, ...MARKDOWN_ELEMENTS, COMPONENT])],
  attributes,
  // Table parts outside a table are dropped by the HTML parser itself; nothing to enforce here.
  ancestors: {},
  // Relative addresses (site pages, media) are allowed by hast-util-sanitize; schemes only https.
  protocols: { href: ['https'], src: ['https'], cite: ['https'] },
  required: { input: { disabled: true, type: 'checkbox' } },
  // Ids come only from Markdown (footnotes, already prefixed by remark-rehype) and headings.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
  // Removed with their content; any other element not on the list is unwrapped to its text.
  strip: [
    'script',
    'style',
    'iframe',
    'noscript',
    'template',
    'textarea',
    'title',
    'xmp',
    'noembed',
    'noframes',
    'plaintext',
    'svg',
    'math',
    'object',
    'embed',
    'select',
  ],
};

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: RootContent[];
}

/**
 * MDX keeps JSX as its own node type, which a sanitizer would drop whole. Plain HTML elements
 * written with quoted attributes become ordinary elements (that is what they render as); a site
 * component on the allowlist is set aside under a placeholder and put back after; everything else
 * MDX can hold (expressions, import/export, other components, attributes in braces) is removed.
 */
function fromMdx(nodes: RootContent[], components: MdxJsxElement[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const type = node.type as string;
    if (type === 'mdxFlowExpression' || type === 'mdxTextExpression' || type === 'mdxjsEsm') continue;
    if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
      const jsx = node as unknown as MdxJsxElement;
      const children = fromMdx(jsx.children, components);
      if (jsx.name && MDX_COMPONENT_ALLOWLIST.includes(jsx.name)) {
        components.push({ ...jsx, children: [] });
        out.push({
          type: 'element',
          tagName: COMPONENT,
          properties: { dataIndex: components.length - 1 },
          children: children as ElementContent[],
        });
        continue;
      }
      if (!jsx.name || !/^[a-z][a-z0-9]*$/.test(jsx.name)) {
        out.push(...children); // not an element: keep the text, drop the tag
        continue;
      }
      const properties: Properties = {};
      for (const attribute of jsx.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
        if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') continue;
        properties[property(attribute.name)] = attribute.value ?? true;
      }
      out.push({ type: 'element', tagName: jsx.name, properties, children: children as ElementContent[] });
      continue;
    }
    if ('children' in node)
      (node as Element).children = fromMdx((node as Element).children, components) as ElementContent[];
    out.push(node);
  }
  return out;
}

/** Puts the allowed components back, and drops addresses hast-util-sanitize cannot judge (//host). */
function finish(nodes: RootContent[], components: MdxJsxElement[]): RootContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    node.children = finish(node.children, components) as ElementContent[];
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[property(name)];
      if (typeof value === 'string' && refusedAddress(value)) delete node.properties[property(name)];
    }
    if (node.tagName === COMPONENT) {
      const component = components[Number(node.properties.dataIndex)];
      return component ? ({ ...component, children: node.children } as unknown as RootContent) : node;
    }
    return node;
  });
}

/** The sanitised copy of a content tree (Markdown or MDX). */
export function sanitizeContentTree(tree: Root): Root {
  const components: MdxJsxElement[] = [];
  // Raw HTML in Markdown is still text at this point: parse it as a browser would, first.
  const parsed = raw(tree, { passThrough: MDX_NODE_TYPES }) as Root;
  parsed.children = fromMdx(parsed.children, components);
  const clean = sanitize(parsed, CONTENT_SANITIZE_SCHEMA) as Root;
  clean.children = finish(clean.children, components);
  return clean;
}

/** The rehype plugin (for unified({ rehypePlugins: [rehypeSanitizeContent] })). */
export function rehypeSanitizeContent() {
  return (tree: Root) => sanitizeContentTree(tree);
}
