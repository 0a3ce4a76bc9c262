/**
 * MDX is content, not code. This scan parses the body of a Markdown/MDX file (never runs it)
 * and refuses everything that would execute or embed code: import/export, {…} expressions,
 * <script>/<style>/<iframe>, on* event handlers, components outside the allowlist and
 * javascript:/data: links.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MDX_COMPONENT_ALLOWLIST } from './mdx-allowlist';

export interface MdxFinding {
  line?: number;
  message: string;
}

/** Plain HTML elements that are harmless in content. Anything else in lower case is refused. */
export const ALLOWED_HTML_ELEMENTS: readonly string[] = [
  'abbr',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'wbr',
];

const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe']);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'xlink:href',
  'ping',
]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
}

/** The scheme of a link if it is one that runs code or embeds raw data ("javascript", "data", "vbscript"). */
export function dangerousScheme(url: string): string | undefined {
  // Browsers ignore whitespace and control characters inside the scheme: "java\tscript:" still runs.
  // eslint-disable-next-line no-control-regex
  const normalized = decodeEntities(url)
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  return /^(javascript|data|vbscript):/.exec(normalized)?.[1];
}

const linkMessage = (scheme: string, where: string) =>
  `a ${scheme}: address is not allowed in ${where}: links must point to web pages (https://…) or pages of this site.`;

function snippet(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}…` : oneLine;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  [key: string]: unknown;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/**
 * Scans the Markdown/MDX body (frontmatter already blanked out). `mdx: false` reads it as plain
 * Markdown. `onImage` receives the address and line of every Markdown image, for the caller to check.
 */
export function scanMarkdownBody(
  body: string,
  options: { mdx: boolean; onImage?: (url: string, line: number | undefined) => void },
): MdxFinding[] {
  const findings: MdxFinding[] = [];
  let tree: Node;
  try {
    tree = fromMarkdown(body, {
      extensions: options.mdx ? [mdxjs(), gfm()] : [gfm()],
      mdastExtensions: options.mdx ? [mdxFromMarkdown(), gfmFromMarkdown()] : [gfmFromMarkdown()],
    }) as unknown as Node;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    const reason = (e.reason ?? e.message ?? String(error)).replace(/\.$/, '');
    return [
      {
        ...(e.line ? { line: e.line } : {}),
        message: `this MDX cannot be read (${reason}); check for an unclosed tag, and write a literal < or { as \\< or \\{.`,
      },
    ];
  }

  const add = (node: Node, message: string) =>
    findings.push({ ...(node.position ? { line: node.position.start.line } : {}), message });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          `"${snippet(String(node.value))}": import and export are not allowed in content; content is text, and the allowed components need no import.`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          node,
          `"{${snippet(String(node.value))}}": expressions in curly braces are not allowed in content; it is never run as code (write \\{ to show a literal brace).`,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, add);
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const scheme = dangerousScheme(String(node.url ?? ''));
        if (scheme) add(node, linkMessage(scheme, node.type === 'image' ? 'a Markdown image' : 'a Markdown link'));
        else if (node.type === 'image') options.onImage?.(String(node.url ?? ''), node.position?.start.line);
        break;
      }
      case 'html':
        checkRawHtml(node, add);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}

function checkJsxElement(node: Node, add: (node: Node, message: string) => void) {
  const name = node.name as string | null;
  if (!name) {
    add(node, 'fragments (<>…</>) are not allowed in content; write the text without them.');
  } else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    add(node, `<${name}> is not allowed in content: content cannot contain scripts, styles or embedded frames.`);
  } else if (/^[a-z][a-z0-9]*$/.test(name)) {
    if (!ALLOWED_HTML_ELEMENTS.includes(name))
      add(node, `<${name}> is not an HTML element content may use; write it in Markdown instead.`);
  } else if (!MDX_COMPONENT_ALLOWLIST.includes(name)) {
    const allowed = MDX_COMPONENT_ALLOWLIST.length ? MDX_COMPONENT_ALLOWLIST.join(', ') : 'none yet';
    add(
      node,
      `<${name}> is not a component content may use (allowed: ${allowed}); ask a developer to add it to src/content-checks/mdx-allowlist.ts.`,
    );
  }
  for (const attribute of (node.attributes ?? []) as JsxAttribute[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(node, `<${name}>: attributes written in curly braces are not allowed in content; it is never run as code.`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (/^on/i.test(attrName)) {
      add(
        node,
        `<${name} ${attrName}=…>: event handler attributes (on…) are not allowed in content; content cannot run scripts.`,
      );
    }
    if (attribute.value && typeof attribute.value === 'object') {
      add(
        node,
        `<${name} ${attrName}={…}>: attribute values in curly braces are not allowed in content; write the value in quotes.`,
      );
    } else if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase())) {
      const scheme = dangerousScheme(attribute.value);
      if (scheme) add(node, linkMessage(scheme, `the ${attrName} attribute of <${name}>`));
    }
  }
}

/** Raw HTML only occurs in plain .md files (MDX reads tags as JSX). */
function checkRawHtml(node: Node, add: (node: Node, message: string) => void) {
  const html = String(node.value ?? '');
  const tag = /<\s*(script|style|iframe)\b/i.exec(html);
  if (tag)
    add(
      node,
      `<${tag[1]!.toLowerCase()}> is not allowed in content: content cannot contain scripts, styles or embedded frames.`,
    );
  const active = /<\s*(object|embed|frame|frameset|base|meta|link|form|input|button|textarea|select)\b/i.exec(html);
  if (active)
    add(node, `<${active[1]!.toLowerCase()}> is not an HTML element content may use; write it in Markdown instead.`);
  if (/<[^>]*\son[a-z]+\s*=/i.test(html))
    add(node, 'event handler attributes (on…) are not allowed in content; content cannot run scripts.');
  for (const match of html.matchAll(/\s(?:href|src|action|formaction|poster|srcset)\s*=\s*["']?([^"'\s>]+)/gi)) {
    const scheme = dangerousScheme(match[1]!);
    if (scheme) add(node, linkMessage(scheme, `the ${match[0].trim().split(/\s*=/)[0]} attribute of an HTML tag`));
  }
}
