import { expect, test } from '@playwright/test';
import { all, attr, byId, fetchPage, meta, one, wordsOf, type Match, startTags } from './checks/html';
import { urlOf } from './site';
import { locales, sitePages } from './pages';
import { PHOTO_PARTICIPANTS } from '../unit/helpers/source-facts';

const origin = 'https://kawasaki-biom.example.jp';

// Read from the served HTML: what a page declares needs no rendering. That every image of every
// page loads and decodes, and that no page logs an error, headers.spec.ts checks in Chromium.
for (const page of sitePages) {
  for (const locale of locales) {
    const path = page[locale];
    const other = locale === 'ja' ? 'en' : 'ja';

    test.describe(`${path}`, () => {
      test('serves the page in its language with alternates and a link to its twin', async ({ request }) => {
        const doc = (await fetchPage(request, path)).document;
        const head = one(doc, `${path}: <head>`, { tag: 'head' });
        const href = (what: string, ...match: Match[]) => attr(one(doc, `${path}: ${what}`, ...match), 'href');
        expect.soft(attr(one(doc, `${path}: <html>`, { tag: 'html' }), 'lang'), `${path}: lang`).toBe(locale);
        expect.soft(startTags(all(doc, { tag: 'h1' })), `${path}: one h1`).toHaveLength(1);
        expect
          .soft(href('canonical', { tag: 'head' }, { tag: 'link', attrs: { rel: 'canonical' } }))
          .toBe(origin + path);
        for (const [hreflang, want] of [
          ['ja', page.ja],
          ['en', page.en],
          ['x-default', page.ja],
        ] as const)
          expect
            .soft(
              all(head, { tag: 'link', attrs: { rel: 'alternate', hreflang } }).map((l) => attr(l, 'href')),
              `${path}: <link rel=alternate hreflang=${hreflang}>`,
            )
            .toEqual([origin + want]);

        const languageLink = one(doc, `${path}: the language link`, {
          tag: 'a',
          attrs: { 'data-language-link': true },
        });
        expect
          .soft(
            ['href', 'hreflang', 'lang'].map((a) => attr(languageLink, a)),
            `${path}: the language link's href, hreflang and lang`,
          )
          .toEqual([page[other], other, other]);
        expect
          .soft(
            href('the current page in the navigation', { tag: 'nav' }, { tag: 'a', attrs: { 'aria-current': 'page' } }),
          )
          .toBe(path);
      });
    });
  }
}

test.describe('the MoU pages', () => {
  const anchors = [
    ...[1, 2, 3, 4].map((n) => `purpose-${n}`),
    ...Array.from({ length: 11 }, (_, i) => `item-${i + 1}`),
    'term',
  ];

  test('carry the same sixteen anchors in both languages, each clause with a visible number', async ({ request }) => {
    for (const path of ['/mou/', '/en/mou/']) {
      const doc = (await fetchPage(request, path)).document;
      for (const id of anchors) byId(doc, id, `${path}#${id}`);
      const clauseIds = all(doc, { tag: 'li', attrs: { id: true } })
        .filter((li) => attr(li, 'class')?.split(/\s+/).includes('clause'))
        .map((li) => attr(li, 'id'));
      expect(clauseIds, `${path}: the clauses, in order`).toEqual(anchors.filter((a) => a !== 'term'));
      expect(wordsOf(byId(doc, 'item-8', `${path}#item-8`)), `${path}#item-8: its number`).toContain('(8)');
      const copy = one(
        doc,
        `${path}#item-8: its link`,
        { attrs: { id: 'item-8' } },
        { tag: 'a', attrs: { 'data-copy-link': true } },
      );
      expect(attr(copy, 'href'), `${path}#item-8: its link`).toBe('#item-8');
    }
  });

  test('reproduce the Japanese source word for word', async ({ request }) => {
    const doc = (await fetchPage(request, '/mou/')).document;
    for (const [id, words] of [
      ['purpose-1', 'バイエルン州と川崎市双方の地域にとって有益な強固で長期にわたる関係の構築'],
      [
        'item-5',
        '両者は少なくとも年に1回、例えばBIO-EuropeやBIO International、BioJapanで面談を行うことを目標とする。',
      ],
      ['term', '2020年2月から3年間'],
    ] as const)
      expect.soft(wordsOf(byId(doc, id, `/mou/#${id}`)), `/mou/#${id}: the source's words`).toContain(words);
  });

  test('a deep link to an agreed item works in either language', async ({ page }) => {
    for (const path of ['/mou/#item-8', '/en/mou/#item-8']) {
      await page.goto(path);
      await expect(page.locator('#item-8')).toBeInViewport();
    }
  });
});

test.describe('the ceremony pages', () => {
  test('show both figures with participants in photo order', async ({ request }) => {
    for (const path of ['/ceremony/', '/en/ceremony/']) {
      const doc = (await fetchPage(request, path)).document;
      const order = (figure: string) =>
        all(doc, { tag: 'figure', attrs: { id: figure } }, { attrs: { 'data-participant': true } }).map((el) =>
          attr(el, 'data-participant'),
        );
      for (const [photo, participants] of Object.entries(PHOTO_PARTICIPANTS))
        expect(order(photo), `${path}#${photo}: participants`).toEqual(participants);
      const signing = { tag: 'figure', attrs: { id: 'signing-photo' } };
      const sources = all(doc, signing, { tag: 'picture' }, { tag: 'source' });
      expect(
        sources.map((el) => attr(el, 'type')),
        `${path}#signing-photo: image formats`,
      ).toEqual(['image/avif', 'image/webp']);
      const img = one(doc, `${path}#signing-photo: <img>`, signing, { tag: 'img' });
      expect.soft(attr(img, 'width'), `${path}#signing-photo: img width`).toMatch(/^\d+$/);
      expect.soft(attr(img, 'height'), `${path}#signing-photo: img height`).toMatch(/^\d+$/);
      expect.soft(attr(img, 'fetchpriority'), `${path}#signing-photo: img fetchpriority`).toBe('high');
    }
  });
});

test.describe('the partners pages', () => {
  test('show both logos linked to the official home pages and point to agreed item (7)', async ({ page }) => {
    for (const [path, mou] of [
      ['/partners/', '/mou/#item-7'],
      ['/en/partners/', '/en/mou/#item-7'],
    ] as const) {
      await page.goto(path);
      const links = page.locator('[data-partner] a[data-logo-link]');
      expect(await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual([
        'https://www.city.kawasaki.jp/',
        'https://www.bio-m.org/',
      ]);
      const heights = await page
        .locator('[data-partner] img')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
      expect(heights[0]).toBeGreaterThan(0);
      expect(heights[0]).toBe(heights[1]);
      await expect(page.locator(`a[href="${mou}"]`)).toHaveCount(1);
    }
  });
});

test.describe('the business pages', () => {
  test('link each offer to its agreed item', async ({ request }) => {
    for (const [path, prefix] of [
      ['/business/', '/mou/'],
      ['/en/business/', '/en/mou/'],
    ] as const) {
      const doc = (await fetchPage(request, path)).document;
      for (const n of [4, 5, 8, 9, 10, 11]) {
        const links = all(doc, { attrs: { 'data-offer': String(n) } }, { tag: 'a' }).map((a) => attr(a, 'href'));
        expect.soft(links, `${path}: offer ${n}'s link`).toEqual([`${prefix}#item-${n}`]);
      }
    }
  });
});

test.describe('the 404 pages', () => {
  for (const [path, locale] of [
    ['/404.html', 'ja'],
    ['/en/404.html', 'en'],
  ] as const) {
    test(`${path} is in ${locale} and links home`, async ({ request }) => {
      // Reached as visitors reach it: at an address that does not exist.
      const page = await fetchPage(request, urlOf(path), 404);
      expect(attr(one(page.document, `${path}: <html>`, { tag: 'html' }), 'lang'), `${path}: lang`).toBe(locale);
      expect(meta(page, 'robots'), `${path}: <meta robots>`).toBe('noindex');
      const first = all(page.document, { tag: 'main' }, { tag: 'a' })[0];
      expect(first && attr(first, 'href'), `${path}: the first link in main`).toBe(locale === 'ja' ? '/' : '/en/');
    });
  }
});
