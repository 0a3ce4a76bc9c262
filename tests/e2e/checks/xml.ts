import sax from 'sax';

/**
 * XML the site serves (sitemaps, feeds), read by a strict, namespace-aware parser (sax): a
 * malformed document throws, and elements are found by namespace and local name, as a feed
 * reader or a crawler finds them, not by their prefix.
 */

export interface XmlElement {
  uri: string;
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  xhtml: 'http://www.w3.org/1999/xhtml',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** Parses a whole XML document; throws naming `what` on any well-formedness error. */
export function parseXml(what: string, xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const root: XmlElement = { uri: '', local: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  let error: Error | undefined;
  parser.onerror = (e) => {
    error ??= new Error(`${what}: not well-formed XML: ${e.message.split('\n')[0]}`);
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const t = tag as sax.QualifiedTag;
    const attrs = Object.fromEntries(
      Object.values(t.attributes).map((a) => [a.uri ? `{${a.uri}}${a.local}` : a.local, a.value]),
    );
    const el: XmlElement = { uri: t.uri, local: t.local, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.oncdata = (text) => void (stack.at(-1)!.text += text);
  parser.write(xml).close();
  if (error) throw error;
  if (root.children.length !== 1) throw new Error(`${what}: expected one root element`);
  return root.children[0]!;
}

/** Direct children named {uri}local. */
export const childrenNamed = (el: XmlElement, uri: string, local: string) =>
  el.children.filter((c) => c.uri === uri && c.local === local);

/** Every descendant named {uri}local, in document order. */
export function descendantsNamed(el: XmlElement, uri: string, local: string): XmlElement[] {
  return el.children.flatMap((c) => [
    ...(c.uri === uri && c.local === local ? [c] : []),
    ...descendantsNamed(c, uri, local),
  ]);
}

/** The text of the one direct child named {uri}local, or undefined when there is none. */
export const childText = (el: XmlElement, uri: string, local: string) => childrenNamed(el, uri, local)[0]?.text;
