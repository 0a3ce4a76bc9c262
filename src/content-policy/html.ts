/**
 * What HTML content may contain, in one place: the content check refuses anything else
 * (src/content-checks/mdx.ts) and the render pipeline strips anything else
 * (src/lib/sanitize-schema.ts), so a gap in one layer is closed by the other.
 */
import { caseless, type FormRule } from './form-rule';

/** Plain HTML elements that are harmless in content. Anything else is refused. */
export const CONTENT_ELEMENTS: readonly string[] = [
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

/**
 * Attributes content may write, by element ('*': on every element), as HTML spells them.
 * No id or class (they could collide with the site's own), no style, no event handlers, and no
 * attribute with a colon (Astro directives such as set:html, namespaced ones such as xlink:href).
 */
export const CONTENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  details: ['open'],
};

/** Attributes whose value is an address. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['cite', 'href', 'src']);

/** The attributes content may write on an element. */
export function allowedAttributes(element: string): readonly string[] {
  return [...(CONTENT_ATTRIBUTES['*'] ?? []), ...(CONTENT_ATTRIBUTES[element] ?? [])];
}

import { hostNameProblem, hostOf } from './host-names';

/** Schemes a link or image in content may use. Everything else (http:, mailto:, data:, …) is refused. */
export const ALLOWED_SCHEMES: readonly string[] = ['https'];

/**
 * What an address field (an organisation's home page) must be, as the check says it, each with
 * its Japanese twin for the content editor's form.
 */
export const WEB_ADDRESS_RULE = `must be an ${ALLOWED_SCHEMES.map((scheme) => `${scheme}://`).join(' or ')} address`;
export const WEB_ADDRESS_RULE_JA = `アドレスは ${ALLOWED_SCHEMES.map((scheme) => `${scheme}://`).join(' か ')} で始まる形で書いてください。`;
export const USER_INFO_RULE =
  'must be the plain address of the page, without a user name before the site (https://…@…), which hides which site the link opens';
export const USER_INFO_RULE_JA =
  'ページのアドレスをそのまま書いてください。サイト名の前に「…@」を付けた形（https://…@…）は、リンクが実際に開くサイトを隠してしまうので使えません。';

/**
 * The address rules as a form rule for the content editor: one of ALLOWED_SCHEMES (in any case,
 * as a browser reads it), "://", a host, no user name before it (no "@" before the first / ? #),
 * and no space anywhere.
 */
export const WEB_ADDRESS_FORM_RULE: FormRule = {
  pattern: new RegExp(String.raw`^(?:${ALLOWED_SCHEMES.map(caseless).join('|')}):\/\/[^\s\/?#@]+(?:[\/?#]\S*)?$`, 'u'),
  message: { ja: `${WEB_ADDRESS_RULE_JA}${USER_INFO_RULE_JA}`, en: `${WEB_ADDRESS_RULE}; ${USER_INFO_RULE}` },
};

/** Where a link in content may lead, and why scripts are refused, in the check's words and the form's. */
export const LINK_TARGET_RULE = 'links must point to web pages (https://…) or pages of this site';
export const LINK_TARGET_RULE_JA = 'リンク先は、https:// で始まるウェブページか、このサイトのページにしてください。';
export const NO_SCRIPT_REASON = 'content cannot contain scripts, styles or embedded frames';
export const NO_SCRIPT_REASON_JA =
  'ページの内容には、プログラム（スクリプト）、見た目の指定（スタイル）、ほかのページの埋め込みを入れられません';

/**
 * The Markdown rules a pattern can state, as a form rule for the content editor's text fields:
 * every link `](…)` leads to an https:// page without a user name, a page of this site (/…) or
 * an anchor (#…); every HTML tag is one of CONTENT_ELEMENTS (no <script>, <iframe>, comments or
 * components). The check parses the text and judges the rest (attributes, reference links).
 */
export const MARKDOWN_FORM_RULE: FormRule = (() => {
  const web = `(?:${ALLOWED_SCHEMES.map(caseless).join('|')}):\\/\\/(?![^\\s\\/?#)]*@)`;
  const target = String.raw`\]\(\s*<?(?:${web}|\/(?![\/\\])|#)`;
  const element = `(?:${CONTENT_ELEMENTS.join('|')})`;
  const tag = String.raw`<\/?${element}(?=[\s\/>])`;
  return {
    pattern: new RegExp(String.raw`^(?:[^\]<]|\](?!\()|${target}|<(?![A-Za-z\/!?>])|${tag})*$`, 'u'),
    message: {
      ja: `${LINK_TARGET_RULE_JA}<script> や <iframe> など、文章の書式以外の HTML タグは使えません（${NO_SCRIPT_REASON_JA}）。太字やリンクは、ツールバーのボタンで付けてください。`,
      en: `${LINK_TARGET_RULE}; HTML tags other than those of plain text are not allowed (${NO_SCRIPT_REASON}): write it in Markdown instead`,
    },
  };
})();

/**
 * Why an address may not be used, or undefined when it may: 'javascript:' (any scheme but https),
 * '//' for a protocol-relative address, '@' for an address with a user name
 * before its host, or 'host' for a site name that can pass for another (see host-names.ts). The address is read as a browser reads it: leading
 * and trailing spaces and control characters are dropped and tabs and line breaks removed, so
 * " java\tscript:" is a javascript: address. Character references are decoded by the parsers
 * before this sees the value.
 */
export function refusedAddress(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme)) return `${scheme}:`;
  // A user name before the host ("https://www.bio-m.org@evil.example/") hides where a link leads.
  if ((scheme !== undefined || /^[\\/]{2}/.test(read)) && hasUserInfo(read)) return '@';
  const host = hostOf(read);
  if (host !== undefined && hostNameProblem(host)) return 'host';
  if (scheme !== undefined) return undefined;
  if (/^[\\/]{2}/.test(read)) return '//';
  return undefined;
}

/**
 * Whether a link's address (one refusedAddress allows) is neither a web page (https://…) nor a
 * page of this site written from the site's root (/mou/, /en/mou/#item-7) or an anchor on the
 * same page (#item-7). Anything else is read by the browser relative to the current page:
 * "www.example.jp" would open /mou/www.example.jp, a page that does not exist.
 */
export function isRelativeLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return !/^[a-z][a-z0-9+.-]*:/i.test(read) && !/^[/#]/.test(read);
}

/**
 * The host a link's visible text names when the text is itself an address (https://…, http://…
 * or www.…), or undefined for ordinary words. A reader trusts such text as the destination.
 */
export function hostNamedByText(text: string): string | undefined {
  const read = text.trim();
  if (!/^(https?:\/\/|www\.)\S+$/i.test(read)) return undefined;
  try {
    return new URL(/^www\./i.test(read) ? `https://${read}` : read).hostname;
  } catch {
    return undefined;
  }
}

/** The host the link text names, when it names one other than the host the link opens. */
export function linkTextNamesOtherHost(text: string, address: string): string | undefined {
  const named = hostNamedByText(text);
  if (!named) return undefined;
  let target: string;
  try {
    target = new URL(address, 'https://site.invalid/').hostname;
  } catch {
    return undefined;
  }
  return named === target ? undefined : named;
}

/** Whether an absolute address names a user (or password) before its host, as a browser reads it. */
export function hasUserInfo(address: string): boolean {
  try {
    const url = new URL(address, 'https://site.invalid/');
    return url.username !== '' || url.password !== '';
  } catch {
    return false;
  }
}

/**
 * What is wrong with the site name of an absolute address, as a clause for a message ("its site
 * name "bіo-m.org" mixes Latin and Cyrillic letters: …"), or undefined when it may be linked to.
 */
export function addressHostProblem(address: string): string | undefined {
  const host = hostOf(address);
  const problem = host === undefined ? undefined : hostNameProblem(host);
  return problem && `its site name ${problem}`;
}
