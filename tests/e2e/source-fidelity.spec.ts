/**
 * What the site writes itself stays within what the City's announcement says: no day, role or
 * claim the source lacks, the clauses quoted whole where a page relies on them, one name per
 * partner, and the site's translations said to be translations. Read from the served HTML and
 * feeds (a parser, no rendering), except where being shown is the claim.
 */
import { expect, test, type Page } from '@playwright/test';
import { SITE_URL } from '../../site.config.mjs';
import { localePath } from '../../src/i18n/urls';
import type { Locale } from '../../src/model/locales';
import { readEntries } from '../unit/helpers/content-files';
import {
  all,
  attr,
  byId,
  childElements,
  fetchPage,
  one,
  startTags,
  textOf,
  wordsOf,
  type Element,
} from './checks/html';
import { childText, childrenNamed, descendantsNamed, NS, parseXml } from './checks/xml';
import { locales, sitePages } from './pages';

const origin = SITE_URL.replace(/\/$/, '');
const at = localePath;
const pad = (n: number) => String(n).padStart(2, '0');
const clause = (locale: Locale, n: number) => readEntries('clauses', locale).get(`item-${pad(n)}`)!.body as string;
const text = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.textContent!.trim());
/** Text as a reader sees it: white space runs as one space (as toHaveText compares). */
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const hasClass = (el: Element, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const mainOf = (path: string, doc: Parameters<typeof one>[0]) => one(doc, `${path}: <main>`, { tag: 'main' });

for (const locale of locales) {
  test(`${locale}: the announcement gives no publication date and no day the content lacks`, async ({ request }) => {
    for (const path of [at(locale, '/'), at(locale, '/news/mou-renewal/')]) {
      const main = mainOf(path, (await fetchPage(request, path)).document);
      expect.soft(wordsOf(main), `${path}: a publication line in <main>`).not.toMatch(/発表[:：]|Published/);
      const dates = all(main, { tag: 'time' }).map((el) => attr(el, 'datetime'));
      // Only the dates the content holds, each as precise as the source: 2017年11月, 2020年2月, 2月11日.
      expect
        .soft(new Set(dates), `${path}: the dates in <main>`)
        .toEqual(new Set(path.includes('news') ? [] : ['2017-11', '2020-02', '2020-02-11']));
    }
  });

  test(`${locale}: the timeline has one renewal entry with the 11 February ceremony inside it`, async ({ request }) => {
    const path = at(locale, '/');
    const doc = (await fetchPage(request, path)).document;
    const timeline = one(doc, `${path}: the timeline`, { attrs: { 'data-timeline': true } });
    const entries = childElements(timeline, { tag: 'li' });
    expect(startTags(entries), `${path}: timeline entries`).toHaveLength(2);
    const ownDate = (li: Element) => childElements(li, { tag: 'time' }).map((t) => attr(t, 'datetime'));
    expect.soft(ownDate(entries[0]!), `${path}: first entry's date`).toEqual(['2017-11']);
    expect.soft(ownDate(entries[1]!), `${path}: second entry's date`).toEqual(['2020-02']);
    const ceremony = one(entries[1]!, `${path}: the ceremony inside the renewal entry`, { tag: 'li' }, { tag: 'time' });
    expect.soft(attr(ceremony, 'datetime'), `${path}: the ceremony's datetime`).toBe('2020-02-11');
    expect
      .soft(words(textOf(ceremony)), `${path}: the ceremony's date`)
      .toBe(locale === 'ja' ? '2月11日' : '11 February');
  });

  test(`${locale}: home, MoU and companies pages speak of the term as the 2020 record`, async ({ request }) => {
    const term = readEntries('mou', locale).get('memorandum')!.term as string;
    let lastMain: Element | undefined;
    for (const p of ['/', '/mou/', '/business/']) {
      const path = at(locale, p);
      const doc = (await fetchPage(request, path)).document;
      const note = wordsOf(one(doc, `${path}: the archive note`, { attrs: { 'data-archive-note': true } }));
      expect.soft(note, `${path}: the archive note's month`).toContain(locale === 'ja' ? '2020年2月' : 'February 2020');
      // In a sentence the English term starts in lower case: 'three years from February 2020'.
      if (p !== '/mou/')
        expect
          .soft(note, `${path}: the archive note's term`)
          .toContain(locale === 'ja' ? term : term[0]!.toLowerCase() + term.slice(1));
      expect
        .soft(note, `${path}: the archive note on extension`)
        .toContain(
          locale === 'ja'
            ? 'その後に延長されたかどうかは、発表には書かれていません。'
            : 'The announcement does not say whether the memorandum was later extended.',
        );
      lastMain = mainOf(path, doc);
    }
    expect(wordsOf(lastMain!), `${at(locale, '/business/')}: a promise of opportunities`).not.toMatch(
      /opens these opportunities|もたらす機会/,
    );
  });

  test(`${locale}: the companies page quotes each agreed item whole, item (4) between the partners`, async ({
    request,
  }) => {
    const path = at(locale, '/business/');
    const doc = (await fetchPage(request, path)).document;
    const offers = all(doc, { attrs: { 'data-offer': true } });
    expect(startTags(offers), `${path}: offers`).toHaveLength(6);
    for (const offer of offers) {
      const n = Number(attr(offer, 'data-offer'));
      const quote = one(offer, `${path}: offer ${n}'s quoted clause`, { attrs: { 'data-offer-clause': true } });
      expect.soft(wordsOf(quote), `${path}: offer ${n} quotes agreed item (${n}) whole`).toBe(words(clause(locale, n)));
    }
    // The old wording gave companies a right the clause does not.
    expect(wordsOf(mainOf(path, doc)), `${path}: a right the clause does not give`).not.toMatch(
      /を通じて相手方に直接依頼できます|can be passed directly/,
    );
  });

  test(`${locale}: the partners page quotes item (7) whole and shows the logos in line with it`, async ({
    request,
  }) => {
    const path = at(locale, '/partners/');
    const doc = (await fetchPage(request, path)).document;
    const quote = one(doc, `${path}: the quote of item (7)`, { attrs: { 'data-item7-quote': true } });
    expect.soft(wordsOf(quote), `${path}: item (7) quoted whole`).toBe(words(clause(locale, 7)));
    expect
      .soft(wordsOf(byId(doc, 'item7-note', `${path}#item7-note`)), `${path}#item7-note`)
      .toContain(locale === 'ja' ? '同意事項(7)に沿って' : 'in line with');
    expect(wordsOf(mainOf(path, doc)), `${path}: an obligation the clause does not state`).not.toMatch(
      /requires|に基づき/,
    );
  });

  test(`${locale}: the ceremony page says names and roles follow the English captions`, async ({ page }) => {
    await page.goto(at(locale, '/ceremony/'));
    await expect(page.locator('[data-roles-note]')).toBeVisible();
    await expect(page.locator('[data-roles-note]')).toContainText(
      locale === 'ja' ? '当サイトが訳したもの' : 'as published in the English captions of the announcement',
    );
    const group = await text(page, '#group-photo-caption');
    expect(group).not.toMatch(/\(from left\)\.?$|（左から）。?$/);
    // Japanese: organisation before role, run together.
    await expect(page.locator('#group-photo [data-participant="takahashi"]')).toContainText(
      locale === 'ja'
        ? '川崎市臨海部国際戦略本部ディレクター'
        : 'Director, Coastal Area International Strategy Headquarters, City of Kawasaki',
    );
  });

  test(`${locale}: each partner's website link has one name on every page`, async ({ request }) => {
    const names: [string, string][] = [];
    for (const p of sitePages) {
      const doc = (await fetchPage(request, p[locale])).document;
      // Logo links are named by the logo's alt text; every other link names the partner's site.
      const links = all(doc, { tag: 'a', attrs: { href: true } }).filter((a) => {
        const href = attr(a, 'href')!;
        return (
          (href.startsWith('https://www.city.kawasaki.jp/') || href.startsWith('https://www.bio-m.org/')) &&
          attr(a, 'data-logo-link') === undefined
        );
      });
      names.push(...links.map((a) => [attr(a, 'href')!, textOf(a).trim()] as [string, string]));
    }
    expect([...new Set(names.map((n) => n.join(' → ')))].sort()).toEqual(
      locale === 'ja'
        ? [
            'https://www.bio-m.org/ → BioMの公式ホームページ',
            'https://www.city.kawasaki.jp/ → 川崎市の公式ホームページ',
          ]
        : [
            'https://www.bio-m.org/ → BioM official website',
            'https://www.city.kawasaki.jp/ → City of Kawasaki official website',
          ],
    );
  });

  test(`${locale}: section numbers are separated from their headings; Japanese labels take a full-width colon`, async ({
    request,
  }) => {
    const path = at(locale, '/mou/');
    const doc = (await fetchPage(request, path)).document;
    const heading = readEntries('mou', locale).get('memorandum')!.purposesHeading as string;
    const purposes = one(doc, `${path}: h2#purposes`, { tag: 'h2', attrs: { id: 'purposes' } });
    expect.soft(textOf(purposes).trim(), `${path}: h2#purposes`).toBe(`1 ${heading}`);
    const label = childElements(byId(doc, 'item-7', `${path}#item-7`)).filter((el) => hasClass(el, 'sr-only'));
    expect(
      label.map((el) => textOf(el).trim()),
      `${path}#item-7: its spoken label`,
    ).toEqual([locale === 'ja' ? '同意事項(7)：' : 'Agreed item (7):']);
  });

  test(`${locale}: the feed links to its home page, names itself and invents no day`, async ({ request }) => {
    const feed = at(locale, '/rss.xml');
    const rss = parseXml(feed, await (await request.get(feed)).text());
    const channel = childrenNamed(rss, '', 'channel')[0]!;
    const self = descendantsNamed(rss, NS.atom, 'link')[0];
    expect(
      {
        title: childText(channel, '', 'title'),
        link: childText(channel, '', 'link'),
        self: self && { href: self.attrs.href, rel: self.attrs.rel },
        pubDates: descendantsNamed(rss, '', 'pubDate').length,
      },
      `${feed}: title, link, self link and dates`,
    ).toEqual({
      title: `${locale === 'ja' ? 'お知らせ' : 'Announcement'} | ${locale === 'ja' ? '川崎市 × BioM ライフサイエンス交流' : 'City of Kawasaki × BioM Life-Science Exchange'}`,
      link: `${origin}${at(locale, '/')}`,
      self: { href: `${origin}${feed}`, rel: 'self' },
      pubDates: 0,
    });
  });
}

/** Every node with an @id in a page's JSON-LD, however deeply nested. */
async function nodes(request: Parameters<typeof fetchPage>[0], path: string) {
  const doc = (await fetchPage(request, path)).document;
  const script = one(doc, `${path}: JSON-LD`, { tag: 'script', attrs: { type: 'application/ld+json' } });
  const json = JSON.parse(textOf(script));
  const found: Record<string, unknown>[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ('@id' in value) found.push(value as Record<string, unknown>);
      Object.values(value).forEach(walk);
    }
  };
  walk(json);
  return found;
}

test('JSON-LD: each organisation and person is one node, the same on every page in both languages', async ({
  request,
}) => {
  const byId = new Map<string, string[]>();
  const events: Record<string, unknown>[] = [];
  for (const path of ['/', '/en/', '/ceremony/', '/en/ceremony/', '/partners/', '/en/partners/']) {
    for (const node of await nodes(request, path)) {
      const id = node['@id'] as string;
      if (node['@type'] === 'Event') events.push(node);
      if (!/#(org|person)-/.test(id)) continue;
      byId.set(id, [...(byId.get(id) ?? []), JSON.stringify(node)]);
    }
  }
  for (const [id, copies] of byId) expect(new Set(copies).size, id).toBe(1);
  const city = JSON.parse(byId.get(`${origin}/#org-city-of-kawasaki`)![0]!);
  expect([city.name, city.alternateName]).toEqual(['City of Kawasaki', { '@value': '川崎市', '@language': 'ja' }]);
  // This site's Japanese for a name the announcement gives only in English is no name of the council's.
  const king = JSON.parse(byId.get(`${origin}/#org-king-skyfront`)![0]!);
  expect([king.name, king.alternateName]).toEqual(['KING Skyfront Networking Council', undefined]);

  // The ceremony: one @id in both languages, named as an event, in Bavaria, Germany.
  expect(events.map((e) => e['@id'])).toEqual([
    `${origin}/#event-signing-ceremony`,
    `${origin}/#event-signing-ceremony`,
  ]);
  // The same node on both pages, each name tagged with its language.
  expect(JSON.stringify(events[0])).toBe(JSON.stringify(events[1]));
  expect([events[0]!.name, (events[0]!.location as { name: unknown }).name]).toEqual([
    [
      { '@value': readEntries('ceremony', 'ja').get('signing-ceremony')!.eventName, '@language': 'ja' },
      { '@value': readEntries('ceremony', 'en').get('signing-ceremony')!.eventName, '@language': 'en' },
    ],
    [
      { '@value': 'ドイツ・バイエルン州', '@language': 'ja' },
      { '@value': 'Bavaria, Germany', '@language': 'en' },
    ],
  ]);
  expect(JSON.stringify(events)).not.toContain('締結式の様子');
});
