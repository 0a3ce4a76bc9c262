/**
 * SVG logos are untrusted markup that a browser runs with the site's origin when the file is
 * opened directly. They are read with a real XML parser (sax, strict mode, namespaces on) and
 * checked against an allowlist of drawing elements and attributes; anything else is refused with
 * the reason, so the editor can export the logo again. What is published is never the uploaded
 * text but a re-serialisation of the parsed, allowlisted tree, so nothing the parser did not
 * understand (or understood differently from a browser) can reach a visitor.
 */
import sax from 'sax';
import { hygieneIssues } from './text-hygiene';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Shapes, text, groups, gradients, clipping and masks: what a logo needs, nothing that runs or loads. */
export const SVG_ELEMENTS: readonly string[] = [
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
];

/** Elements that may point at another element of the same file (href="#id", nothing else). */
const LOCAL_REFERENCE_ELEMENTS = new Set(['use', 'linearGradient', 'radialGradient']);

/** Presentation properties, usable as attributes and inside style="…". */
const PRESENTATION = [
  'clip-path',
  'clip-rule',
  'color',
  'display',
  'dominant-baseline',
  'fill',
  'fill-opacity',
  'fill-rule',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'letter-spacing',
  'mask',
  'opacity',
  'paint-order',
  'shape-rendering',
  'stop-color',
  'stop-opacity',
  'stroke',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-opacity',
  'stroke-width',
  'text-anchor',
  'text-decoration',
  'text-rendering',
  'vector-effect',
  'visibility',
  'word-spacing',
];

/** Attributes without a namespace that may appear on any allowed element. */
export const SVG_ATTRIBUTES: readonly string[] = [
  ...PRESENTATION,
  'aria-hidden',
  'aria-label',
  'class',
  'clipPathUnits',
  'cx',
  'cy',
  'd',
  'dx',
  'dy',
  'focusable',
  'fx',
  'fy',
  'gradientTransform',
  'gradientUnits',
  'height',
  'id',
  'lang',
  'lengthAdjust',
  'maskContentUnits',
  'maskUnits',
  'offset',
  'pathLength',
  'points',
  'preserveAspectRatio',
  'r',
  'role',
  'rotate',
  'rx',
  'ry',
  'spreadMethod',
  'style',
  'textLength',
  'transform',
  'version',
  'viewBox',
  'width',
  'x',
  'x1',
  'x2',
  'y',
  'y1',
  'y2',
];
const ATTRIBUTES = new Set(SVG_ATTRIBUTES);
const PROPERTIES = new Set(PRESENTATION);

/** Functions a value may call: colours, transforms, arithmetic and url(#id) (checked apart). */
const FUNCTIONS = new Set([
  'rgb',
  'rgba',
  'hsl',
  'hsla',
  'url',
  'matrix',
  'translate',
  'translatex',
  'translatey',
  'scale',
  'scalex',
  'scaley',
  'rotate',
  'skewx',
  'skewy',
  'calc',
]);

/** A reference to an element of the same file: "#name". */
const LOCAL_ID = /^#[A-Za-z_][\w.-]*$/;

export type SvgResult = { ok: true; svg: string } | { ok: false; reason: string };

/**
 * What drawing a logo may cost. A <use> draws a copy of another element, so a few kilobytes of
 * nested <use> can draw a billion shapes (and stall every browser that opens the page); the count
 * is of the elements drawn once every copy is expanded.
 */
export const SVG_LIMITS = {
  /** Elements drawn, every <use> copy expanded: a detailed logo has hundreds. */
  maxDrawnElements: 20_000,
  /** <use> inside the element another <use> copies, and so on. */
  maxUseDepth: 8,
  /** Elements inside elements. */
  maxNesting: 100,
} as const;

interface SvgNode {
  local: string;
  id?: string;
  href?: string;
  children: SvgNode[];
}

/** The elements drawn and the deepest chain of <use> copies, or 'cycle' when a <use> copies itself. */
function drawingCost(root: SvgNode): { drawn: number; useDepth: number } | 'cycle' {
  const byId = new Map<string, SvgNode>();
  const index = (node: SvgNode) => {
    if (node.id && !byId.has(node.id)) byId.set(node.id, node);
    node.children.forEach(index);
  };
  index(root);
  const cap = SVG_LIMITS.maxDrawnElements + 1;
  const known = new Map<SvgNode, { drawn: number; useDepth: number }>();
  const visiting = new Set<SvgNode>();
  let cycle = false;
  const cost = (node: SvgNode): { drawn: number; useDepth: number } => {
    const done = known.get(node);
    if (done) return done;
    if (visiting.has(node)) {
      cycle = true;
      return { drawn: cap, useDepth: 0 };
    }
    visiting.add(node);
    let drawn = 1;
    let useDepth = 0;
    for (const child of node.children) {
      const c = cost(child);
      drawn = Math.min(cap, drawn + c.drawn);
      useDepth = Math.max(useDepth, c.useDepth);
    }
    const target = node.local === 'use' && node.href ? byId.get(node.href.slice(1)) : undefined;
    if (target) {
      const c = cost(target);
      drawn = Math.min(cap, drawn + c.drawn);
      useDepth = Math.max(useDepth, c.useDepth + 1);
    }
    visiting.delete(node);
    const result = { drawn, useDepth };
    known.set(node, result);
    return result;
  };
  const total = cost(root);
  return cycle ? 'cycle' : total;
}

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (s: string) =>
  escapeText(s).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;');

/**
 * A value may name a colour, a length, a font, a path… and refer to a gradient, clip path or
 * mask of the same file as url(#id). Any other url(…), and CSS escapes or at-rules that could
 * hide one, are refused.
 */
function valueProblem(value: string): string | undefined {
  if (/[\\@<>]/.test(value)) return 'it contains \\, @, < or >';
  // Every "url(" must be followed by a local reference, closed at once.
  const lower = value.toLowerCase();
  let at = lower.indexOf('url(');
  while (at !== -1) {
    const close = value.indexOf(')', at);
    const inner = close === -1 ? '' : value.slice(at + 4, close).trim();
    if (!LOCAL_ID.test(inner.replace(/^(["'])(.*)\1$/, '$2'))) return 'it refers to something outside this file';
    at = lower.indexOf('url(', at + 4);
  }
  for (const call of value.matchAll(/([a-z_-][\w-]*)\s*\(/gi))
    if (!FUNCTIONS.has(call[1]!.toLowerCase())) return `it uses ${call[1]}(…), which is not a plain value`;
  if (/javascript:/i.test(value.replace(/\s+/g, ''))) return 'it is not a plain value';
  return undefined;
}

function styleProblem(style: string): string | undefined {
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const colon = declaration.indexOf(':');
    const property = (colon === -1 ? declaration : declaration.slice(0, colon)).trim().toLowerCase();
    if (colon === -1 || !PROPERTIES.has(property)) return `the style property "${property}" is not allowed`;
    const problem = valueProblem(declaration.slice(colon + 1));
    if (problem) return `the style property "${property}": ${problem}`;
  }
  return undefined;
}

/**
 * Parses an SVG and returns the safe re-serialisation, or the first reason it is refused,
 * phrased to follow "the SVG …" in a message.
 */
/** Text hygiene (src/content-policy/text-hygiene.ts) for a logo's text and attribute values, as a clause. */
function hiddenCharacter(text: string): string | undefined {
  const issue = hygieneIssues(text, { allowTab: true })[0];
  return issue?.message.replace(/ \(character \d+\)/, '').replace(/\.$/, '');
}

export function sanitizeSvg(text: string): SvgResult {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let refused: string | undefined;
  const refuse = (reason: string) => {
    refused ??= reason;
  };
  const out: string[] = [];
  const stack: string[] = [];
  const nodes: SvgNode[] = [];
  let tree: SvgNode | undefined;
  let roots = 0;

  parser.onerror = (error) => {
    refuse(`is not well-formed XML (${String(error.message).split('\n')[0]}, line ${parser.line + 1})`);
    // sax would otherwise go on after an error; one reason is enough.
    throw error;
  };
  parser.ondoctype = () => refuse('has a <!DOCTYPE …> declaration, which can define entities; remove it');
  parser.onsgmldeclaration = () => refuse('has an SGML declaration; remove it');
  parser.onprocessinginstruction = (pi) => {
    if (pi.name.toLowerCase() !== 'xml' || stack.length > 0 || roots > 0)
      refuse(`has a processing instruction <?${pi.name} …?>, which can load a style sheet; remove it`);
  };
  parser.onopentag = (node) => {
    const tag = node as sax.QualifiedTag;
    if (refused) return;
    if (stack.length === 0 && ++roots > 1) return refuse('has more than one root element');
    if (tag.uri !== SVG_NS)
      return refuse(
        tag.uri
          ? `has the element <${tag.name}> from another vocabulary (${tag.uri}); only SVG drawing elements are allowed`
          : `has the element <${tag.name}> outside the SVG namespace (the root needs xmlns="${SVG_NS}")`,
      );
    if (stack.length === 0 && tag.local !== 'svg') return refuse(`starts with <${tag.name}>, not <svg>`);
    if (stack.length >= SVG_LIMITS.maxNesting)
      return refuse(
        `nests elements more than ${SVG_LIMITS.maxNesting} deep; export it again with fewer groups inside groups`,
      );
    if (!SVG_ELEMENTS.includes(tag.local))
      return refuse(
        `has a <${tag.local}> element, which is not allowed in a logo (allowed: shapes, text, groups, gradients, clip paths and masks)`,
      );
    const attributes: string[] = [];
    for (const attribute of Object.values(tag.attributes)) {
      const { local, uri, value, name } = attribute;
      if (uri === XMLNS_NS || name === 'xmlns') continue; // namespace declarations are written anew
      if (uri === XML_NS && local === 'space') {
        if (value === 'preserve' || value === 'default') attributes.push(`xml:space="${value}"`);
        continue;
      }
      const isHref = (uri === XLINK_NS || uri === '') && local === 'href';
      if (isHref) {
        if (!LOCAL_REFERENCE_ELEMENTS.has(tag.local) || !LOCAL_ID.test(value))
          return refuse(
            `has <${tag.local} ${name}="${value.slice(0, 60)}">; a logo may only refer to an element of the same file (href="#id")`,
          );
        attributes.push(`href="${escapeAttribute(value)}"`);
        continue;
      }
      if (uri !== '' || !ATTRIBUTES.has(local)) {
        if (/^on/i.test(local)) return refuse(`has an event handler attribute (${name}), which would run script`);
        return refuse(`has the attribute ${name} on <${tag.local}>, which is not allowed in a logo`);
      }
      const hidden = hiddenCharacter(value);
      if (hidden) return refuse(`has ${name}="…" on <${tag.local}> that ${hidden}`);
      const problem = local === 'style' ? styleProblem(value) : valueProblem(value);
      if (problem) return refuse(`has ${name}="${value.slice(0, 60)}" on <${tag.local}>: ${problem}`);
      attributes.push(`${local}="${escapeAttribute(value)}"`);
    }
    const namespace = stack.length === 0 ? ` xmlns="${SVG_NS}"` : '';
    out.push(`<${tag.local}${namespace}${attributes.map((a) => ` ${a}`).join('')}>`);
    stack.push(tag.local);
    const id = tag.attributes.id?.value;
    const href = Object.values(tag.attributes).find((a) => a.local === 'href')?.value;
    const element: SvgNode = { local: tag.local, ...(id ? { id } : {}), ...(href ? { href } : {}), children: [] };
    if (nodes.length) nodes[nodes.length - 1]!.children.push(element);
    else tree = element;
    nodes.push(element);
  };
  parser.onclosetag = () => {
    if (refused) return;
    const name = stack.pop()!;
    nodes.pop();
    const last = out.length - 1;
    // An element without content closes itself: <rect …/>.
    if (out[last]!.startsWith(`<${name}`) && out[last]!.endsWith('>') && !out[last]!.endsWith('/>'))
      out[last] = `${out[last]!.slice(0, -1)}/>`;
    else out.push(`</${name}>`);
  };
  const onText = (text: string) => {
    if (refused || stack.length === 0) return; // text outside the root is only whitespace (else sax errs)
    const hidden = hiddenCharacter(text);
    if (hidden) return refuse(`has text that ${hidden}`);
    out.push(escapeText(text));
  };
  parser.ontext = onText;
  parser.oncdata = onText;

  try {
    parser.write(text).close();
  } catch {
    // the reason was recorded by onerror
  }
  if (refused) return { ok: false, reason: refused };
  if (roots === 0 || !tree) return { ok: false, reason: 'has no <svg> element' };
  const cost = drawingCost(tree);
  if (cost === 'cycle')
    return { ok: false, reason: 'has a <use> that copies itself (directly or through another <use>); remove it' };
  if (cost.useDepth > SVG_LIMITS.maxUseDepth)
    return {
      ok: false,
      reason: `has <use> copies of copies ${cost.useDepth} deep (at most ${SVG_LIMITS.maxUseDepth}); export it again with the copies expanded`,
    };
  if (cost.drawn > SVG_LIMITS.maxDrawnElements)
    return {
      ok: false,
      reason: `draws more than ${SVG_LIMITS.maxDrawnElements.toLocaleString('en')} elements once its <use> copies are expanded; export it again as a simpler drawing`,
    };
  return { ok: true, svg: `${out.join('')}\n` };
}
