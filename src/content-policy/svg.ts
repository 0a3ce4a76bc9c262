/**
 * SVG logos are untrusted markup that a browser runs with the site's origin when the file is
 * opened directly. They are read with a real XML parser (sax, strict mode, namespaces on) and
 * checked against an allowlist of drawing elements and attributes; anything else is refused with
 * the reason, so the editor can export the logo again. What is published is never the uploaded
 * text but a re-serialisation of the parsed, allowlisted tree, so nothing the parser did not
 * understand (or understood differently from a browser) can reach a visitor.
 *
 * Design tools' default exports are accepted as they are: Adobe Illustrator's writes an XML
 * declaration, a generator comment, `enable-background` (a property no browser draws with, dropped)
 * and a <style> block of class rules (.st0{fill:#0071BC;}), which is turned into attributes on
 * the elements that use them. A <style> block with anything beyond plain class rules of allowed
 * properties is refused.
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
/**
 * Properties that only describe how the drawing was made and draw nothing: dropped wherever they
 * are written (attribute, style="…" or a class rule). Illustrator writes enable-background, an
 * SVG 1.1 filter hint that browsers never implemented.
 */
const IGNORED_PROPERTIES = new Set(['enable-background']);

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

/** The declarations of a style="…" or of one class rule, ignored properties left out, or the first problem. */
function declarations(style: string): { ok: true; list: [string, string][] } | { ok: false; reason: string } {
  const list: [string, string][] = [];
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const colon = declaration.indexOf(':');
    const property = (colon === -1 ? declaration : declaration.slice(0, colon)).trim().toLowerCase();
    if (colon !== -1 && IGNORED_PROPERTIES.has(property)) continue;
    if (colon === -1 || !PROPERTIES.has(property))
      return { ok: false, reason: `the style property "${property}" is not allowed` };
    const value = declaration.slice(colon + 1).trim();
    const problem = valueProblem(value);
    if (problem) return { ok: false, reason: `the style property "${property}": ${problem}` };
    list.push([property, value]);
  }
  return { ok: true, list };
}

/** A simple class name as a selector: ".st0". */
const CLASS_SELECTOR = /^\.([A-Za-z_][\w-]*)$/;

/**
 * The class rules of a <style> block (".st0{fill:#0071BC;}", ".a,.b{…}"), as the declarations of
 * each class in the order written, or why the block is more than that.
 */
function classRules(css: string): { ok: true; rules: Map<string, [string, string][]> } | { ok: false; reason: string } {
  const rules = new Map<string, [string, string][]>();
  const rule = /([^{}]*)\{([^{}]*)\}/g;
  let end = 0;
  for (const match of css.matchAll(rule)) {
    if (css.slice(end, match.index).trim() !== '') break;
    end = match.index + match[0].length;
    const selectors = match[1]!.split(',').map((s) => s.trim());
    const bad = selectors.find((s) => !CLASS_SELECTOR.test(s));
    if (bad !== undefined)
      return {
        ok: false,
        reason: `has a <style> rule for "${bad.slice(0, 40)}"; only rules for a class (.name{…}) are allowed`,
      };
    const parsed = declarations(match[2]!);
    if (!parsed.ok) return { ok: false, reason: `has a <style> rule in which ${parsed.reason}` };
    for (const selector of selectors) {
      const name = CLASS_SELECTOR.exec(selector)![1]!;
      rules.set(name, [...(rules.get(name) ?? []), ...parsed.list]);
    }
  }
  const rest = css.slice(end).trim();
  if (rest !== '')
    return {
      ok: false,
      reason: `has a <style> block with "${rest.slice(0, 40)}", which is not a class rule; only rules such as .st0{fill:#0071BC;} are allowed`,
    };
  return { ok: true, rules };
}

/** The text of every <style> element, read before the drawing so that class rules apply wherever the element is. */
function styleText(text: string): string {
  const parser = sax.parser(true, { xmlns: false });
  let inside = 0;
  const parts: string[] = [];
  parser.onopentag = (tag) => {
    if (inside || tag.name === 'style' || tag.name.endsWith(':style')) inside++;
  };
  parser.onclosetag = () => {
    if (inside) inside--;
  };
  parser.ontext = parser.oncdata = (t) => {
    if (inside) parts.push(t);
  };
  parser.onerror = () => {
    throw new Error('not well-formed'); // the drawing pass reports it
  };
  try {
    parser.write(text).close();
  } catch {
    // reported by the drawing pass
  }
  return parts.join('\n');
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
  /** Inside a <style> element: its text was read by styleText, nothing of it is written out. */
  let inStyle = false;
  const cssText = styleText(text);
  const hiddenInCss = hiddenCharacter(cssText);
  if (hiddenInCss) return { ok: false, reason: `has a <style> block that ${hiddenInCss}` };
  const css = classRules(cssText);
  if (!css.ok) return { ok: false, reason: css.reason };

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
    if (inStyle) return refuse('has an element inside its <style> block');
    if (tag.local === 'style') {
      for (const attribute of Object.values(tag.attributes))
        if (!(attribute.name === 'type' && attribute.value === 'text/css') && attribute.name !== 'xml:space')
          return refuse(
            `has <style ${attribute.name}="${attribute.value.slice(0, 40)}">; only <style type="text/css"> is allowed`,
          );
      inStyle = true;
      stack.push('style');
      return;
    }
    if (stack.length >= SVG_LIMITS.maxNesting)
      return refuse(
        `nests elements more than ${SVG_LIMITS.maxNesting} deep; export it again with fewer groups inside groups`,
      );
    if (!SVG_ELEMENTS.includes(tag.local))
      return refuse(
        `has a <${tag.local}> element, which is not allowed in a logo (allowed: shapes, text, groups, gradients, clip paths and masks)`,
      );
    const attributes: string[] = [];
    // Presentation properties set by the element's classes: a class rule wins over the element's
    // own attribute of the same name (as in CSS), and style="…" wins over both.
    const fromClasses = new Map<string, string>();
    const classes: string[] = [];
    for (const name of (tag.attributes.class?.value ?? '').split(/\s+/).filter(Boolean)) {
      const rule = css.rules.get(name);
      if (rule) for (const [property, value] of rule) fromClasses.set(property, value);
      else classes.push(name);
    }
    for (const attribute of Object.values(tag.attributes)) {
      const { local, uri, value, name } = attribute;
      if (uri === XMLNS_NS || name === 'xmlns') continue; // namespace declarations are written anew
      if (uri === '' && IGNORED_PROPERTIES.has(local)) continue;
      if (uri === '' && fromClasses.has(local)) continue; // written from the class rule below
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
      if (local === 'style') {
        const style = declarations(value);
        if (!style.ok) return refuse(`has ${name}="${value.slice(0, 60)}" on <${tag.local}>: ${style.reason}`);
        if (style.list.length)
          attributes.push(`style="${escapeAttribute(style.list.map(([p, v]) => `${p}:${v}`).join(';'))}"`);
        continue;
      }
      const problem = valueProblem(value);
      if (problem) return refuse(`has ${name}="${value.slice(0, 60)}" on <${tag.local}>: ${problem}`);
      if (local === 'class') {
        // Checked as written, like every value; the classes a <style> rule resolved are left out.
        if (classes.length) attributes.push(`class="${escapeAttribute(classes.join(' '))}"`);
        continue;
      }
      attributes.push(`${local}="${escapeAttribute(value)}"`);
    }
    for (const [property, value] of fromClasses) attributes.push(`${property}="${escapeAttribute(value)}"`);
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
    if (inStyle) {
      stack.pop();
      inStyle = false;
      return;
    }
    const name = stack.pop()!;
    nodes.pop();
    const last = out.length - 1;
    // An element without content closes itself: <rect …/>.
    if (out[last]!.startsWith(`<${name}`) && out[last]!.endsWith('>') && !out[last]!.endsWith('/>'))
      out[last] = `${out[last]!.slice(0, -1)}/>`;
    else out.push(`</${name}>`);
  };
  const onText = (text: string) => {
    if (refused || stack.length === 0 || inStyle) return; // text outside the root is only whitespace (else sax errs)
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
