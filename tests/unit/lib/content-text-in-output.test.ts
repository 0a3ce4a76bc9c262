// Property-based tests (fast-check) for every function that writes content text into HTML,
// JSON-LD, the RSS feed or the Open Graph card: whatever string the content holds, the output
// parses (with a real parser) to exactly the structure expected, with the text as data, and
// nothing crashes. Strings are drawn from the full Unicode range, with markup-like fragments mixed in.
import { getRssString } from '@astrojs/rss';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, parseFragment } from 'parse5';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { metaContent } from '../../../src/lib/built-html';
import { feedItems } from '../../../src/lib/feed';
import { layoutTitle, ogSvg } from '../../../src/lib/og-text';
import { escapeHtml, phrasesHtml } from '../../../src/lib/phrases';
import { eventLd, graph, jsonLdString, newsArticleLd, tagged } from '../../../src/lib/structured-data';
import { xmlSafe } from '../../../src/lib/xml-text';

/** Text an editor (or an attacker) could write: any code points, and pieces of markup. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '</script>',
        '<!--',
        '-->',
        ']]>',
        '<![CDATA[',
        '<img src=x onerror=alert(1)>',
        'javascript:',
        '&amp;',
        '&#x3C;',
        '\u2028',
        '\u0000',
        '\b',
        '\ufffe',
        '\ud800',
        '川崎',
        ' ',
        'a',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

type P5 = { nodeName: string; childNodes?: P5[]; attrs?: { name: string; value: string }[]; value?: string };
const elementsIn = (node: P5): string[] => [
  ...('attrs' in node && node.nodeName[0] !== '#' ? [node.nodeName] : []),
  ...(node.childNodes ?? []).flatMap(elementsIn),
];
const textOf = (node: P5): string =>
  node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOf).join('');

/** What HTML parsing does to any text before it is data: CR LF normalised; NUL dropped in text, replaced in attributes. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '');
const asAttribute = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');

const RUNS = { numRuns: 300 };

describe('HTML', () => {
  it('escapeHtml: in text and in a quoted attribute, any string stays text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = `<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`;
        const fragment = parseFragment(html) as unknown as P5;
        expect(elementsIn(fragment)).toEqual(['p']);
        const p = fragment.childNodes![0]!;
        expect(p.attrs).toEqual([{ name: 'title', value: asAttribute(text) }]);
        expect(textOf(p)).toBe(asParsed(text));
      }),
      RUNS,
    );
  });

  it('phrasesHtml (Japanese headings): only a <span> per phrase, the text unchanged', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('ja' as const, 'en' as const), (text, locale) => {
        const fragment = parseFragment(phrasesHtml(text, locale)) as unknown as P5;
        for (const element of elementsIn(fragment)) expect(element).toBe('span');
        expect(textOf(fragment)).toBe(asParsed(text));
      }),
      RUNS,
    );
  });

  it('built pages are read by a parser: a title with ">" or quotes comes back whole', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const html = `<!doctype html><html lang="en"><head><meta property="og:title" content="${escapeHtml(title)}"><meta property="og:image" content="https://e.org/og.png"></head><body></body></html>`;
        expect(metaContent(html, 'og:title')).toBe(asAttribute(title));
        expect(metaContent(html, 'og:image')).toBe('https://e.org/og.png');
      }),
      RUNS,
    );
  });
});

describe('JSON-LD', () => {
  const org = fc.record({
    key: hostile,
    name: hostile,
    alternateNames: fc.array(hostile, { maxLength: 2 }),
    url: hostile,
  });
  it('no string can close the script element, and the JSON reads back to the same data', () => {
    fc.assert(
      fc.property(
        org,
        hostile,
        hostile,
        hostile,
        fc.constantFrom('ja' as const, 'en' as const),
        (o, name, role, headline, locale) => {
          const data = graph([
            newsArticleLd(
              {
                url: 'https://e.org/',
                inLanguage: locale,
                headline,
                description: name,
                publisher: o,
                original: { url: 'https://e.org/', datePublished: '2020-02' },
                translationOf: { translator: { url: 'https://e.org/', names: [tagged(role, 'en')] } },
                about: [o],
              },
              'https://e.org/',
            ),
            eventLd(
              {
                key: name,
                urls: ['https://e.org/ceremony/'],
                names: [tagged(name, 'ja'), tagged(headline, 'en')],
                startDate: '2020-02-11',
                locationNames: [tagged(headline, 'en')],
                organizer: [o],
                attendees: [{ key: name, name, honorific: role, role, organisation: o }],
              },
              'https://e.org/',
            ),
          ]);
          const html = `<!doctype html><html><head><script type="application/ld+json">${jsonLdString(data)}</script></head><body></body></html>`;
          const doc = parse(html) as unknown as P5;
          expect(elementsIn(doc)).toEqual(['html', 'head', 'script', 'body']);
          const script = doc.childNodes![1]!.childNodes![0]!.childNodes![0]!;
          expect(JSON.parse(textOf(script))).toEqual(JSON.parse(JSON.stringify(data)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('RSS', () => {
  const parser = new XMLParser({
    parseTagValue: false,
    trimValues: false,
    ignoreAttributes: false,
    processEntities: true,
    htmlEntities: false,
  });
  it('any title and description give a well-formed feed whose item carries exactly that text', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (title, description) => {
        const xml = await getRssString({
          title: 'Feed',
          description: 'Feed',
          site: 'https://e.org/',
          trailingSlash: true,
          items: feedItems([{ title, description, link: '/news/x/', pubDate: new Date(Date.UTC(2020, 1, 1)) }]),
        });
        expect(XMLValidator.validate(xml)).toBe(true);
        const item = parser.parse(xml).rss.channel.item;
        const expected = (text: string) => xmlSafe(text).replace(/\r\n?/g, '\n');
        // @astrojs/rss leaves out an empty title or description.
        const keys = ['guid', 'link', 'pubDate'];
        if (expected(title)) keys.push('title');
        if (expected(description)) keys.push('description');
        expect(Object.keys(item).sort()).toEqual(keys.sort());
        if (expected(title)) expect(String(item.title)).toBe(expected(title));
        if (expected(description)) expect(String(item.description)).toBe(expected(description));
      }),
      { numRuns: 200 },
    );
  });
});

describe('Open Graph card', () => {
  const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });
  it('any title gives a well-formed SVG with only the card’s own elements', () => {
    fc.assert(
      fc.property(hostile, hostile, fc.constantFrom('ja' as const, 'en' as const), (title, siteName, locale) => {
        const svg = ogSvg({ locale, title, siteName, footer: 'e.org' });
        expect(XMLValidator.validate(svg)).toBe(true);
        const root = xml.parse(svg).svg;
        expect(
          Object.keys(root)
            .filter((k) => !k.startsWith('@_') && k !== '#text')
            .sort(),
        ).toEqual(['line', 'rect', 'text']);
        // The title is drawn as one tspan per laid-out line, every baseline inside the title box
        // (y 130 to 510, above the rule at 540), at a font size from 40 to 64 px.
        const { fontSize, lines } = layoutTitle(title, locale);
        expect(fontSize).toBeGreaterThanOrEqual(40);
        expect(fontSize).toBeLessThanOrEqual(64);
        const titleText = [root.text].flat()[1];
        const tspans = titleText.tspan === undefined ? [] : [titleText.tspan].flat();
        expect(tspans).toHaveLength(lines.length);
        for (const tspan of tspans) {
          expect(Number(tspan['@_y'])).toBeGreaterThanOrEqual(130);
          expect(Number(tspan['@_y'])).toBeLessThanOrEqual(510);
        }
      }),
      RUNS,
    );
  });

  it('a title too long for the box is cut at 40 px with an ellipsis, inside the box', () => {
    const { fontSize, lines } = layoutTitle('memorandum '.repeat(80).trim(), 'en');
    expect(fontSize).toBe(40);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toMatch(/…$/);
    const svg = xml.parse(
      ogSvg({ locale: 'en', title: 'memorandum '.repeat(80).trim(), siteName: 'S', footer: 'f' }),
    ).svg;
    const ys = [[svg.text].flat()[1].tspan].flat().map((t: Record<string, string>) => Number(t['@_y']));
    expect(ys).toHaveLength(lines.length);
    expect(Math.max(...ys)).toBeLessThanOrEqual(510);
  });

  it('the renderer draws any title without failing (a control character used to crash the build)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (title) => {
        const png = await sharp(Buffer.from(ogSvg({ locale: 'en', title, siteName: 'Site', footer: 'e.org' })))
          .png({ compressionLevel: 0 })
          .toBuffer();
        expect(png.subarray(1, 4).toString()).toBe('PNG');
      }),
      { numRuns: 15, examples: [['Title\b with a backspace'], ['A > B'], ['\u0000\ud800\ufffe']] },
    );
  });
});
