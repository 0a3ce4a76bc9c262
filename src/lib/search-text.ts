import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * Elements that start a line of their own in HTML. Pagefind ends only some of them as a
 * sentence (it writes ". " after a paragraph or heading, but nothing after a <dt>, <dd> or
 * <figcaption>), so their words would run into the next element's in an excerpt.
 */
const BLOCKS = new Set(
  'address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Tailwind's display utilities that make an inline element (<span>, <time>) a block of its own. */
const BLOCK_CLASSES = new Set(['block', 'flex', 'grid', 'inline-block', 'table']);
/** Text that already ends a sentence or a phrase: nothing is added after it. */
const ENDS_JA = /[。．！？、，：；」』）】〕!?:;)\]]$/u;
const ENDS_EN = /[.!?:;,)\]”’"]$/u;

const isElement = (node: DefaultTreeAdapterMap['childNode']): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isBlock = (el: Element) =>
  BLOCKS.has(el.tagName) || (attr(el, 'class') ?? '').split(/\s+/).some((c) => BLOCK_CLASSES.has(c));

/** Whether the index reads an element's text at all. */
const read = (el: Element) =>
  attr(el, 'data-pagefind-ignore') === undefined && !['script', 'style', 'template', 'noscript'].includes(el.tagName);

function textOf(node: ParentNode): string {
  return node.childNodes
    .map((child) => {
      if (child.nodeName === '#text') return (child as TextNode).value;
      if (isElement(child) && read(child)) return textOf(child);
      return '';
    })
    .join('');
}

/**
 * The page as the search index should read it: every block element's text ends as a sentence or
 * a phrase, in its own language, so an excerpt keeps the boundary a reader sees. In Japanese
 * that end is 「。」 (Pagefind would otherwise write an ASCII ". " after a heading, and nothing
 * at all between 「覚書の締結」 and 「2017年11月」 in a list of terms); in other languages ".".
 * Only the index reads this copy: the page served is unchanged.
 */
export function searchableHtml(html: string): string {
  const document = parse(html);
  const visit = (node: ParentNode, lang: string) => {
    for (const child of node.childNodes) {
      if (!isElement(child) || !read(child)) continue;
      const own = attr(child, 'lang') ?? lang;
      visit(child, own);
      if (!isBlock(child)) continue;
      const text = textOf(child).trimEnd();
      if (!text) continue;
      const japanese = /^ja\b/i.test(own);
      if ((japanese ? ENDS_JA : ENDS_EN).test(text)) continue;
      const end: TextNode = { nodeName: '#text', value: japanese ? '。' : '. ', parentNode: child };
      child.childNodes.push(end);
    }
  };
  visit(document, '');
  return serialize(document);
}
