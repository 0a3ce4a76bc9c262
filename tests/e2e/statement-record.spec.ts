// The accessibility statement's record against the built site (dist/): the pages it lists are the
// pages that were built, every page can be found in at least two ways exactly where the report
// says 2.4.5 is met (WCAG 2.4.5 Multiple Ways), and the pages showing images of text are exactly
// those where it says 1.4.5 fails. A note that the site contradicts fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import { criteria, procedures, statement } from '../../src/data/accessibility-criteria';
import { claimFor, resultOn } from '../../src/lib/accessibility-claim';
import { ADMIN_PATH } from '../../src/deploy/headers.mjs';
import { fileOf } from '../../src/lib/built-html';
import { DIST, PAGES } from './site';

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
};
const elements = (node: Node, out: Node[] = []): Node[] => {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  return out;
};
const attr = (el: Node, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const textOf = (el: Node): string => (el.value ?? '') + (el.childNodes ?? []).map(textOf).join('');
const htmlOf = (path: string) => elements(parse(readFileSync(`${DIST}/${fileOf(path)}`, 'utf8')) as unknown as Node);

/** Where each page's links lead: same-site page paths only, fragments and queries dropped. */
const linksFrom = (path: string) =>
  htmlOf(path)
    .filter((el) => el.tagName === 'a' && attr(el, 'href'))
    .map((el) => new URL(attr(el, 'href')!, `http://site.invalid${path}`))
    .filter((url) => url.origin === 'http://site.invalid')
    .map((url) => url.pathname);

/** Pages reached by following links from the home pages (the way a visitor browses). */
function reachableByLinks(): Set<string> {
  const seen = new Set<string>();
  const queue = ['/', '/en/'];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || !PAGES.includes(path)) continue;
    seen.add(path);
    queue.push(...linksFrom(path));
  }
  return seen;
}

/** Pages in the search index: the URL of every Pagefind fragment (gzip, then "pagefind_dcd" + JSON). */
function inSearch(): Set<string> {
  const dir = `${DIST}/pagefind/fragment`;
  return new Set(
    readdirSync(dir).map((file) => {
      const text = gunzipSync(readFileSync(`${dir}/${file}`)).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    }),
  );
}

/** Pages in the sitemap (every sitemap the index names). */
function inSitemap(): Set<string> {
  const xml = new XMLParser();
  const index = xml.parse(readFileSync(`${DIST}/sitemap-index.xml`, 'utf8'));
  const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
  return new Set(
    maps.flatMap((map) =>
      [xml.parse(readFileSync(`${DIST}${map}`, 'utf8')).urlset.url]
        .flat()
        .map((u: { loc: string }) => new URL(u.loc).pathname),
    ),
  );
}

const linked = reachableByLinks();
const searched = inSearch();
const mapped = inSitemap();
const multipleWays = criteria.find((c) => c.id === '2.4.5')!;
const imagesOfText = criteria.find((c) => c.id === '1.4.5')!;

test('the statement lists exactly the built pages as its scope, and names /admin/ as excluded', () => {
  for (const path of ['/accessibility/', '/en/accessibility/']) {
    const html = htmlOf(path);
    const list = html.find((el) => el.tagName === 'ul' && attr(el, 'data-scope') !== undefined)!;
    const listed = elements(list)
      .filter((el) => el.tagName === 'code')
      .map(textOf);
    expect(listed.toSorted()).toEqual(PAGES);
    expect(html.some((el) => attr(el, 'data-scope-excluded') === ADMIN_PATH)).toBe(true);
  }
  expect(statement.excluded).toEqual([ADMIN_PATH]);
});

test('the statement claims what the record supports for the built pages', () => {
  const { claim } = claimFor({ criteria, pages: PAGES, annexJB: statement.annexJB, procedures });
  for (const path of ['/accessibility/', '/en/accessibility/']) {
    const shown = htmlOf(path).find((el) => attr(el, 'data-conformance-claim') !== undefined)!;
    expect(attr(shown, 'data-conformance-claim')).toBe(claim);
  }
});

test('every page the report names is a built page', () => {
  for (const c of criteria)
    for (const entry of c.pages ?? []) for (const page of entry.pages) expect(PAGES, `${c.id}`).toContain(page);
});

for (const path of PAGES) {
  test(`every page in scope can be reached in at least two ways: ${path}`, () => {
    const ways = [linked.has(path) && 'links', searched.has(path) && 'search', mapped.has(path) && 'sitemap'].filter(
      Boolean,
    );
    const recorded = resultOn(multipleWays, path, procedures).result;
    if (recorded === 'not-applicable') expect(path).toMatch(/\/404\.html$/);
    else if (recorded === 'fails') expect(ways.length, `the report says 2.4.5 fails on ${path}`).toBeLessThan(2);
    else
      expect(ways.length, `the report says 2.4.5 is met on ${path}; found: ${ways.join(', ')}`).toBeGreaterThanOrEqual(
        2,
      );
  });
}

test('the pages that show images of text are the ones the report names for 1.4.5', () => {
  // An image of text: an SVG drawing text (<text>), or a photo file that the content marks as a
  // stand-in (they are cards with labels, scripts/make-stand-ins.mjs).
  const standInPhotos = readdirSync('content/photos/ja')
    .map((f) => readFileSync(`content/photos/ja/${f}`, 'utf8'))
    .filter((yaml) => /^standIn: true$/m.test(yaml))
    .map((yaml) => /^image: .*\/([^/.]+)\.\w+$/m.exec(yaml)![1]!);
  const showsText = (src: string) => {
    const file = `${DIST}${new URL(src, 'http://site.invalid/').pathname}`;
    if (file.endsWith('.svg')) return /<text[\s>]/.test(readFileSync(file, 'utf8'));
    return standInPhotos.some((name) => file.split('/').at(-1)!.startsWith(`${name}.`));
  };
  const withText = PAGES.filter((path) =>
    htmlOf(path).some((el) => el.tagName === 'img' && showsText(attr(el, 'src') ?? '')),
  );
  expect(withText.length).toBeGreaterThan(0);
  const failing = PAGES.filter((path) => resultOn(imagesOfText, path, procedures).result === 'fails');
  expect(failing).toEqual(withText);
});

test('the print table heads each section’s cells by its own row group, under a caption', () => {
  const table = htmlOf('/mou/print/').find((el) => el.tagName === 'table')!;
  const inside = elements(table);
  expect(textOf(inside.find((el) => el.tagName === 'caption')!).trim()).not.toBe('');
  // A colgroup header would head every later section's cells too (one colgroup spans the table).
  expect(inside.filter((el) => attr(el, 'scope') === 'colgroup')).toEqual([]);
  const bodies = inside.filter((el) => el.tagName === 'tbody');
  expect(bodies.length).toBeGreaterThanOrEqual(3);
  for (const body of bodies) {
    const rows = elements(body).filter((el) => el.tagName === 'tr');
    const first = elements(rows[0]!).filter((el) => el.tagName === 'th');
    expect(first.map((th) => attr(th, 'scope'))).toEqual(['rowgroup']);
    for (const row of rows.slice(1)) {
      const cells = elements(row).filter((el) => el.tagName === 'th' || el.tagName === 'td');
      expect(cells.filter((c) => c.tagName === 'th').map((th) => attr(th, 'scope'))).toEqual(['row']);
      expect(cells.filter((c) => c.tagName === 'td')).toHaveLength(2);
    }
  }
});

test('the results page introduces the statement link as a sentence in each language', async ({ page }) => {
  // The link follows the text directly: English needs the space after the colon, Japanese has none.
  await page.goto('/en/accessibility/results/');
  await expect(page.locator('article p').first()).toHaveText(/ The statement: Accessibility statement$/);
  await page.goto('/accessibility/results/');
  await expect(page.locator('article p').first()).toHaveText(/。表明：アクセシビリティについて$/);
});
