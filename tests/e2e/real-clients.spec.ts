/**
 * What real clients make of the site's data: a JSON-LD processor (jsonld.js) merging every page's
 * graph, as a search engine does, and the node-by-node facts it then reads.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import jsonld from 'jsonld';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { SITE_URL } from '../../site.config.mjs';
import { readEntries } from '../unit/helpers/content-files';

const origin = SITE_URL.replace(/\/$/, '');
const SCHEMA = 'https://schema.org/';
/** Every page with JSON-LD, in both languages. */
const PAGES = ['/', '/ceremony/', '/partners/', '/news/mou-renewal/'].flatMap((p) => [p, `/en${p}`]);

/** The schema.org context, kept to its vocabulary: the processor fetches nothing. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== SCHEMA.replace(/\/$/, '')) throw new Error(`unexpected context ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } };
};

/** The JSON-LD documents of a page, read by an HTML parser. */
async function documentsOf(request: APIRequestContext, path: string): Promise<object[]> {
  const html = await (await request.get(path)).text();
  const found: object[] = [];
  const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const type = child.attrs.find((a) => a.name === 'type')?.value;
      if (child.tagName === 'script' && type === 'application/ld+json')
        found.push(JSON.parse(child.childNodes.map((t) => ('value' in t ? t.value : '')).join('')));
      visit(child);
    }
  };
  visit(parse(html));
  return found;
}

type Node = Record<string, unknown> & { '@id': string; '@type'?: string[] };
type Literal = { '@value': string; '@language'?: string };
const values = (node: Node, property: string) =>
  (node[`${SCHEMA}${property}`] ?? []) as (Literal & { '@id'?: string })[];

test('JSON-LD: merged by a JSON-LD processor, every node has one name per language and no date the source lacks', async ({
  request,
}) => {
  const documents = (await Promise.all(PAGES.map((p) => documentsOf(request, p)))).flat();
  expect(documents.length).toBe(PAGES.length);
  // One default graph of every page's nodes: a document with only @context and @graph is the
  // default graph, but an array of them would be named graphs, each merged on its own.
  const merged = {
    '@context': 'https://schema.org',
    '@graph': documents.flatMap((d) => (d as { '@graph': object[] })['@graph']),
  };
  const flat = (await jsonld.flatten(merged as jsonld.JsonLdDocument, null, {
    documentLoader,
  } as never)) as unknown as Node[];
  const byId = new Map(flat.map((n) => [n['@id'], n]));

  // One name per language on every node: a second, untagged name for the same @id (the
  // ceremony named in Japanese on one page and in English on the other) fails here.
  let named = 0;
  for (const node of flat) {
    for (const property of ['name', 'alternateName', 'headline']) {
      const byLanguage = new Map<string, string[]>();
      for (const v of values(node, property)) {
        const key = v['@language'] ?? '(none)';
        byLanguage.set(key, [...(byLanguage.get(key) ?? []), v['@value']]);
      }
      for (const [language, names] of byLanguage)
        if (property !== 'alternateName') expect(names, `${node['@id']} ${property} @${language}`).toHaveLength(1);
      if (property === 'name' && byLanguage.size) named++;
    }
  }
  expect(named).toBeGreaterThan(5);

  // A Japanese name is the City's own words, not this site's translation.
  const news = readEntries('news', 'ja').get('mou-renewal')!;
  const source = `${news.title}\n${news.body}`;
  for (const node of flat)
    for (const v of [...values(node, 'name'), ...values(node, 'alternateName')])
      if (v['@language'] === 'ja' && node['@id'] !== `${origin}/#this-site` && !/#event-/.test(node['@id']))
        expect(source, `${node['@id']}: ${v['@value']}`).toContain(v['@value']);

  // The English announcement is this site's translation of the Japanese, by this site.
  const ja = byId.get(`${origin}/#article`)!;
  const en = byId.get(`${origin}/en/#article`)!;
  expect(values(en, 'translationOfWork').map((v) => v['@id'])).toEqual([ja['@id']]);
  expect(values(ja, 'workTranslation').map((v) => v['@id'])).toEqual([en['@id']]);
  expect(values(en, 'translator').map((v) => v['@id'])).toEqual([`${origin}/#this-site`]);
  for (const property of ['author', 'publisher', 'datePublished']) expect(values(en, property), property).toEqual([]);
  expect(values(ja, 'author').map((v) => v['@id'])).toEqual([`${origin}/#org-city-of-kawasaki`]);

  // Dates at the content's precision, and only those the content holds.
  const dates = flat.flatMap((n) =>
    ['datePublished', 'dateModified', 'startDate', 'endDate'].flatMap((p) =>
      values(n, p).map((v) => `${p} ${v['@value']}`),
    ),
  );
  expect(new Set(dates)).toEqual(new Set([`datePublished ${news.date}`, 'startDate 2020-02-11']));
});
