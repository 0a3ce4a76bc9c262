/**
 * What the site writes itself stays within what the City's announcement says: no day, role or
 * claim the source lacks, the clauses quoted whole where a page relies on them, one name per
 * partner, and the site's translations said to be translations.
 */
import { expect, test, type Page } from '@playwright/test';
import { SITE_URL } from '../../site.config.mjs';
import { readEntries } from '../unit/helpers/content-files';
import { locales, sitePages } from './pages';

const origin = SITE_URL.replace(/\/$/, '');
const at = (locale: 'ja' | 'en', path: string) => (locale === 'ja' ? path : `/en${path}`);
const pad = (n: number) => String(n).padStart(2, '0');
const clause = (locale: 'ja' | 'en', n: number) => readEntries('clauses', locale).get(`item-${pad(n)}`)!.body as string;
const text = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.textContent!.trim());

for (const locale of locales) {
  test(`${locale}: the announcement gives no publication date and no day the content lacks`, async ({ page }) => {
    for (const path of [at(locale, '/'), at(locale, '/news/mou-renewal/')]) {
      await page.goto(path);
      const main = (await text(page, 'main')).replace(/\s+/g, ' ');
      expect(main).not.toMatch(/発表[:：]|Published/);
      const dates = await page.locator('main time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
      // Only the dates the content holds, each as precise as the source: 2017年11月, 2020年2月, 2月11日.
      expect(new Set(dates)).toEqual(new Set(path.includes('news') ? [] : ['2017-11', '2020-02', '2020-02-11']));
    }
  });

  test(`${locale}: the timeline has one renewal entry with the 11 February ceremony inside it`, async ({ page }) => {
    await page.goto(at(locale, '/'));
    const entries = page.locator('[data-timeline] > li');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0).locator('> time')).toHaveAttribute('datetime', '2017-11');
    await expect(entries.nth(1).locator('> time')).toHaveAttribute('datetime', '2020-02');
    const ceremony = entries.nth(1).locator('li time');
    await expect(ceremony).toHaveAttribute('datetime', '2020-02-11');
    await expect(ceremony).toHaveText(locale === 'ja' ? '2月11日' : '11 February');
  });

  test(`${locale}: home, MoU and companies pages speak of the term as the 2020 record`, async ({ page }) => {
    const term = readEntries('mou', locale).get('memorandum')!.term as string;
    for (const path of ['/', '/mou/', '/business/']) {
      await page.goto(at(locale, path));
      const note = page.locator('[data-archive-note]');
      await expect(note).toHaveCount(1);
      await expect(note).toContainText(locale === 'ja' ? '2020年2月' : 'February 2020');
      // In a sentence the English term starts in lower case: 'three years from February 2020'.
      if (path !== '/mou/')
        await expect(note).toContainText(locale === 'ja' ? term : term[0]!.toLowerCase() + term.slice(1));
      await expect(note).toContainText(
        locale === 'ja'
          ? 'その後に延長されたかどうかは、発表には書かれていません。'
          : 'The announcement does not say whether the memorandum was later extended.',
      );
    }
    await expect(page.locator('main')).not.toContainText(/opens these opportunities|もたらす機会/);
  });

  test(`${locale}: the companies page quotes each agreed item whole, item (4) between the partners`, async ({
    page,
  }) => {
    await page.goto(at(locale, '/business/'));
    const offers = page.locator('[data-offer]');
    await expect(offers).toHaveCount(6);
    for (const offer of await offers.all()) {
      const n = Number(await offer.getAttribute('data-offer'));
      await expect(offer.locator('[data-offer-clause]')).toHaveText(clause(locale, n));
    }
    // The old wording gave companies a right the clause does not.
    await expect(page.locator('main')).not.toContainText(/を通じて相手方に直接依頼できます|can be passed directly/);
  });

  test(`${locale}: the partners page quotes item (7) whole and shows the logos in line with it`, async ({ page }) => {
    await page.goto(at(locale, '/partners/'));
    await expect(page.locator('[data-item7-quote]')).toHaveText(clause(locale, 7));
    await expect(page.locator('#item7-note')).toContainText(locale === 'ja' ? '同意事項(7)に沿って' : 'in line with');
    await expect(page.locator('main')).not.toContainText(/requires|に基づき/);
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

  test(`${locale}: each partner's website link has one name on every page`, async ({ page, request }) => {
    const names: [string, string][] = [];
    for (const p of sitePages) {
      const html = await (await request.get(p[locale])).text();
      names.push(
        ...(await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'text/html');
          // Logo links are named by the logo's alt text; every other link names the partner's site.
          const links = doc.querySelectorAll<HTMLAnchorElement>(
            'a[href^="https://www.city.kawasaki.jp/"]:not([data-logo-link]), a[href^="https://www.bio-m.org/"]:not([data-logo-link])',
          );
          return [...links].map((a) => [a.getAttribute('href')!, a.textContent!.trim()] as [string, string]);
        }, html)),
      );
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
    page,
  }) => {
    await page.goto(at(locale, '/mou/'));
    const heading = readEntries('mou', locale).get('memorandum')!.purposesHeading as string;
    expect(await text(page, 'h2#purposes')).toBe(`1 ${heading}`);
    expect(await text(page, '#item-7 > .sr-only')).toBe(locale === 'ja' ? '同意事項(7)：' : 'Agreed item (7):');
  });

  test(`${locale}: the feed links to its home page, names itself and invents no day`, async ({ page, request }) => {
    const feed = at(locale, '/rss.xml');
    const xml = await (await request.get(feed)).text();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const self = doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
      return {
        title: doc.querySelector('channel > title')?.textContent,
        link: doc.querySelector('channel > link')?.textContent,
        self: self && { href: self.getAttribute('href'), rel: self.getAttribute('rel') },
        pubDates: doc.querySelectorAll('pubDate').length,
      };
    }, xml);
    expect(parsed).toEqual({
      title: `${locale === 'ja' ? 'お知らせ' : 'Announcement'} | ${locale === 'ja' ? '川崎市 × BioM ライフサイエンス交流' : 'City of Kawasaki × BioM Life-Science Exchange'}`,
      link: `${origin}${at(locale, '/')}`,
      self: { href: `${origin}${feed}`, rel: 'self' },
      pubDates: 0,
    });
  });
}

/** Every node with an @id in a page's JSON-LD, however deeply nested. */
async function nodes(page: Page, path: string) {
  await page.goto(path);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
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
  page,
}) => {
  const byId = new Map<string, string[]>();
  const events: Record<string, unknown>[] = [];
  for (const path of ['/', '/en/', '/ceremony/', '/en/ceremony/', '/partners/', '/en/partners/']) {
    for (const node of await nodes(page, path)) {
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
