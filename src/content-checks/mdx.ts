/**
 * MDX is content, not code. This scan parses the body of a Markdown/MDX file into its syntax
 * tree (never runs it) and accepts only what is on the allowlists: Markdown node types, HTML
 * elements and attributes (src/content-policy/html.ts), site components
 * (mdx-allowlist.ts) and https: or site addresses. Raw HTML in plain Markdown goes through a
 * real HTML parser (parse5), so every spelling of a tag or attribute is seen as a browser sees it.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmFromMarkdownWithoutAutolinks, gfmSyntax } from '../content-policy/markdown-syntax';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import {
  CONTENT_ELEMENTS,
  URL_ATTRIBUTES,
  addressHostProblem,
  allowedAttributes,
  isRelativeLink,
  linkTextNamesOtherHost,
  LINK_TARGET_RULE,
  NO_SCRIPT_REASON,
  refusedAddress,
} from '../content-policy/html';
import { MDX_COMPONENT_ALLOWLIST } from '../content-policy/components';
import { hygieneIssues } from '../content-policy/text-hygiene';

export { refusedAddress } from '../content-policy/html';

export interface MdxFinding {
  line?: number;
  field?: string;
  message: string;
}

/** Markdown (mdast) node types content may contain. Anything else is refused. */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'text',
]);

/** Text nested thousands of levels deep (quotes, lists, tags) exhausts any reader's stack, the site's too. */
const TOO_DEEP =
  'this text is nested too deeply to be read (quotes, lists or tags inside each other thousands of times); write it with less nesting.';

const NEVER = new Set(['script', 'style', 'iframe']);

const linkMessage = (refused: string, where: string, url: string) =>
  refused === 'host'
    ? `the address ${snippet(url)} in ${where} is not allowed: ${addressHostProblem(url)}, so it can pass for another site's address; type the address again by hand, exactly as the organisation publishes it.`
    : refused === '@'
      ? `an address with a user name before the site (https://…@…) is not allowed in ${where}: it hides which site the link opens; write the plain address of the page.`
      : `${refused === '//' ? 'an address starting with //' : `a ${refused} address`} is not allowed in ${where}: ${LINK_TARGET_RULE}.`;

const relativeLinkMessage = (url: string) =>
  `the link address "${url}" is neither a web page nor a page of this site, so it would open a page that does not exist; write the full address starting with https:// (e.g. https://${url.trim() || 'www.example.jp/'}) or a page of this site starting with / (e.g. /mou/).`;

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

/** The text a reader sees in a node: its text and inline code, without markup. */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string; value: string } | null;
}

type Add = (line: number | undefined, message: string) => void;

/**
 * The verdict on one attribute of an allowed element, shared by MDX (JSX) and Markdown (HTML):
 * event handlers in any spelling, anything with a colon (Astro's set:html, is:raw, client:*,
 * define:*, xlink:href, …) and anything not on the element's allowlist are refused; addresses
 * must be https: or of this site.
 */
function checkAttribute(element: string, name: string, value: string | undefined, add: (message: string) => void) {
  if (/^on/i.test(name)) {
    add(
      `<${element} ${name}=…>: event handler attributes (on…) are not allowed in content; content cannot run scripts.`,
    );
    return;
  }
  if (name.includes(':')) {
    add(
      `<${element} ${name}>: directives and prefixed attributes (set:html, is:raw, client:load, xlink:href, …) are not allowed in content; they would make the site run or insert code. Remove it.`,
    );
    return;
  }
  if (!allowedAttributes(element).includes(name)) {
    add(
      `<${element} ${name}>: the attribute ${name} is not allowed in content (allowed on <${element}>: ${allowedAttributes(element).join(', ')}); remove it.`,
    );
    return;
  }
  if (value !== undefined && URL_ATTRIBUTES.has(name)) {
    const refused = refusedAddress(value);
    if (refused) add(linkMessage(refused, `the ${name} attribute of <${element}>`, value));
  }
}

/**
 * Scans the Markdown/MDX body (frontmatter already blanked out). `mdx: false` reads it as plain
 * Markdown. `onImage` receives the address and line of every Markdown image, `onLink` of every
 * link (Markdown links and definitions, href attributes), for the caller to check against the
 * site: the body is parsed once. `requireText` refuses a body with no text at all (a clause
 * without its words).
 */
export function scanMarkdownBody(
  body: string,
  options: {
    mdx: boolean;
    onImage?: (url: string, line: number | undefined) => void;
    onLink?: (url: string, line: number | undefined) => void;
    requireText?: boolean;
  },
): MdxFinding[] {
  const onLink = options.onLink ?? (() => {});
  const findings: MdxFinding[] = [];
  const seen = new Set<string>();
  const add: Add = (line, message) => {
    const key = `${line}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ ...(line ? { line } : {}), message });
  };
  const bodyLines = body.split('\n');

  // Invisible and control characters as written in the file (a tab may indent code).
  for (const issue of hygieneIssues(body, { allowTab: true })) add(issue.line, issue.message);

  /** Characters that only appear once character references (&#x202E;) are decoded. */
  const checkDecoded = (value: string, firstLine: number | undefined) => {
    for (const issue of hygieneIssues(value, { allowTab: true })) {
      if (issue.codePoint === 0 || /normalization/.test(issue.message)) continue; // NFC: checked as written
      const line = firstLine === undefined ? undefined : firstLine + issue.line - 1;
      const char = String.fromCodePoint(issue.codePoint);
      if (line !== undefined && bodyLines[line - 1]?.includes(char)) continue; // already reported as written
      add(line, issue.message.replace(/ \(character \d+\)/, ' (written as a character reference)'));
    }
  };

  let tree: Node;
  try {
    tree = fromMarkdown(body, {
      extensions: options.mdx ? [mdxjs(), ...gfmSyntax()] : gfmSyntax(),
      mdastExtensions: options.mdx
        ? [mdxFromMarkdown(), ...gfmFromMarkdownWithoutAutolinks()]
        : gfmFromMarkdownWithoutAutolinks(),
    }) as unknown as Node;
  } catch (error) {
    if (error instanceof RangeError) return [...findings, { message: TOO_DEEP }];
    const e = error as { line?: number; reason?: string; message?: string };
    const reason = (e.reason ?? e.message ?? String(error)).replace(/\.$/, '');
    return [
      ...findings,
      {
        ...(e.line ? { line: e.line } : {}),
        message: `this MDX cannot be read (${reason}); check for an unclosed tag, and write a literal < or { as \\< or \\{.`,
      },
    ];
  }

  // An image reference (![alt][label]) takes its address from a definition ([label]: path)
  // anywhere in the text: it is an image like ![alt](path), so its path is checked as one.
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && !definitions.has(String(node.identifier)))
      definitions.set(String(node.identifier), String(node.url ?? ''));
    for (const child of node.children ?? []) collect(child);
  };

  let text = '';
  const visit = (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          line,
          `"${snippet(String(node.value))}": import and export are not allowed in content; content is text, and the allowed components need no import.`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          line,
          `"{${snippet(String(node.value))}}": expressions in curly braces are not allowed in content; it is never run as code (write \\{ to show a literal brace).`,
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, add, checkDecoded, onLink);
        break;
      case 'html':
        if (options.mdx) add(line, 'raw HTML is not allowed here; write it in Markdown instead.');
        else checkRawHtml(String(node.value ?? ''), line, add, checkDecoded, onLink);
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const url = String(node.url ?? '');
        const refused = refusedAddress(url);
        if (refused)
          add(line, linkMessage(refused, node.type === 'image' ? 'a Markdown image' : 'a Markdown link', url));
        else if (node.type === 'image') options.onImage?.(url, line);
        else if (node.type === 'link' && isRelativeLink(url)) add(line, relativeLinkMessage(url));
        if (node.type !== 'image') onLink(url, line);
        if (node.type === 'link') {
          const label = plainText(node);
          const named = linkTextNamesOtherHost(label, url);
          if (named)
            add(
              line,
              `the link text "${snippet(label)}" names ${named}, but the link opens ${url}; a reader trusts the text, so make the text and the address name the same site.`,
            );
        }
        checkDecoded(url, line);
        if (typeof node.title === 'string') checkDecoded(node.title, line);
        if (typeof node.alt === 'string') {
          checkDecoded(node.alt, line);
          text += node.alt;
        }
        break;
      }
      case 'linkReference': {
        const url = definitions.get(String(node.identifier));
        if (url !== undefined && !refusedAddress(url) && isRelativeLink(url)) add(line, relativeLinkMessage(url));
        break;
      }
      case 'imageReference': {
        const url = definitions.get(String(node.identifier));
        if (url !== undefined) {
          const refused = refusedAddress(url);
          if (refused) add(line, linkMessage(refused, 'a Markdown image', url));
          else options.onImage?.(url, line);
        }
        if (typeof node.alt === 'string') {
          checkDecoded(node.alt, line);
          text += node.alt;
        }
        break;
      }
      default:
        if (!MARKDOWN_NODES.has(node.type)) {
          add(line, `this kind of Markdown (${node.type}) is not allowed in content; write plain Markdown text.`);
          return;
        }
    }
    if (typeof node.value === 'string') {
      checkDecoded(node.value, line);
      text += node.value;
    }
    for (const child of node.children ?? []) visit(child);
  };
  try {
    collect(tree);
    visit(tree);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    add(undefined, TOO_DEEP);
  }
  if (options.requireText && text.trim() === '' && findings.length === 0)
    findings.push({ field: 'text', message: 'the text below the frontmatter is empty; write the text of this entry.' });
  return findings;
}

type OnLink = (url: string, line: number | undefined) => void;

function checkJsxElement(
  node: Node,
  add: Add,
  checkDecoded: (value: string, line: number | undefined) => void,
  onLink: OnLink,
) {
  const line = node.position?.start.line;
  const name = node.name as string | null;
  const isHtml = name !== null && /^[a-z][a-z0-9]*$/.test(name);
  let refused = true;
  if (!name) {
    add(line, 'fragments (<>…</>) are not allowed in content; write the text without them.');
  } else if (NEVER.has(name.toLowerCase())) {
    add(line, `<${name}> is not allowed in content: ${NO_SCRIPT_REASON}.`);
  } else if (isHtml) {
    if (!CONTENT_ELEMENTS.includes(name))
      add(line, `<${name}> is not an HTML element content may use; write it in Markdown instead.`);
    else refused = false;
  } else if (MDX_COMPONENT_ALLOWLIST.includes(name)) {
    refused = false;
  } else {
    const allowed = MDX_COMPONENT_ALLOWLIST.length ? MDX_COMPONENT_ALLOWLIST.join(', ') : 'none yet';
    add(
      line,
      `<${name}> is not a component content may use (allowed: ${allowed}); ask a developer to add it to src/content-policy/components.ts.`,
    );
  }
  for (const attribute of (node.attributes ?? []) as JsxAttribute[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(line, `<${name}>: attributes written in curly braces are not allowed in content; it is never run as code.`);
      continue;
    }
    const attrName = attribute.name ?? '';
    if (attribute.value && typeof attribute.value === 'object') {
      add(
        line,
        `<${name} ${attrName}={…}>: attribute values in curly braces are not allowed in content; write the value in quotes.`,
      );
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : undefined;
    if (value !== undefined) checkDecoded(value, line);
    if (value !== undefined && attrName === 'href') onLink(value, line);
    if (refused) continue; // the element itself has to go
    // A site component (reviewed by a developer) takes its own props; an HTML element only its allowlist.
    if (isHtml || /^on/i.test(attrName) || attrName.includes(':'))
      checkAttribute(name ?? '', attrName, value, (message) => add(line, message));
  }
}

type Parse5Node = DefaultTreeAdapterMap['childNode'];

/**
 * Raw HTML in a plain .md file, read by parse5 exactly as a browser would read it. Comments are
 * refused (they are published in the page source, and an unclosed one hides the rest of the page),
 * as is HTML the parser has to guess at (a missing quote or '>').
 */
function checkRawHtml(
  html: string,
  firstLine: number | undefined,
  addFinding: Add,
  checkDecoded: (value: string, line: number | undefined) => void,
  onLink: OnLink,
) {
  const errors: string[] = [];
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => errors.push(error.code),
  });
  let found = 0;
  const add: Add = (line, message) => {
    found++;
    addFinding(line, message);
  };
  const lineOf = (node: Parse5Node) =>
    firstLine === undefined ? undefined : firstLine + (node.sourceCodeLocation?.startLine ?? 1) - 1;
  const visit = (node: Parse5Node) => {
    const line = lineOf(node);
    if (node.nodeName === '#comment') {
      add(
        line,
        'HTML comments (<!-- … -->) are not allowed in content: they are published in the page source, and an unclosed one hides the rest of the page; delete it.',
      );
      return;
    }
    if (node.nodeName === '#text') {
      checkDecoded((node as DefaultTreeAdapterMap['textNode']).value, line);
      return;
    }
    if (!('tagName' in node)) return;
    const element = node as DefaultTreeAdapterMap['element'];
    const tag = element.tagName;
    const allowed = CONTENT_ELEMENTS.includes(tag) && element.namespaceURI === 'http://www.w3.org/1999/xhtml';
    if (NEVER.has(tag)) {
      add(line, `<${tag}> is not allowed in content: ${NO_SCRIPT_REASON}.`);
    } else if (!allowed) {
      add(line, `<${tag}> is not an HTML element content may use; write it in Markdown instead.`);
    }
    for (const attribute of element.attrs) {
      const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
      checkDecoded(attribute.value, line);
      if (name === 'href') onLink(attribute.value, line);
      if (allowed) checkAttribute(tag, name, attribute.value, (message) => add(line, message));
    }
    const children = tag === 'template' ? [] : element.childNodes;
    for (const child of children) visit(child);
  };
  for (const child of fragment.childNodes) visit(child);
  if (errors.length > 0 && found === 0)
    add(
      firstLine,
      `this HTML cannot be read as written (${errors[0]}); write it in Markdown instead, or check for a missing quote or ">".`,
    );
}
