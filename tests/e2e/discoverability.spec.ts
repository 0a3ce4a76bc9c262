/**
 * How the built site (dist/, served by nginx) is found and read: sitemap, robots.txt, feeds,
 * JSON-LD, Open Graph images, search, the print view, the language suggestion and the
 * accessibility statement.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { SITE_URL } from '../../site.config.mjs';
import { readEntries } from '../unit/helpers/content-files';
import { axeViolations } from './axe';
import { all, attr, fetchPage, meta, one, textOf, wordsOf, startTags } from './checks/html';
import { childText, childrenNamed, NS, parseXml, type XmlElement } from './checks/xml';
import { locales, sitePages } from './pages';

const origin = SITE_URL.replace(/\/$/, '');
const dist = path.resolve(import.meta.dirname, '../../dist');
const shots = path.resolve(import.meta.dirname, '../../test-results/discover');
/** Every indexable page: the site's pages, the accessibility statement and its test results. */
const pages = [
  ...sitePages,
  { key: 'accessibility', ja: '/accessibility/', en: '/en/accessibility/' },
  { key: 'accessibility-results', ja: '/accessibility/results/', en: '/en/accessibility/results/' },
];

/** One announcement in a feed, as a feed reader reads it. */
const feedItem = (item: XmlElement) => ({
  title: childText(item, '', 'title'),
  link: childText(item, '', 'link'),
  pubDate: childText(item, '', 'pubDate'),
  dcDate: childText(item, NS.dc, 'date'),
});

test.describe('sitemap and robots.txt', () => {
  test('robots.txt names the sitemap at the configured site URL', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });

  test('lists every page in both languages with ja/en alternates, and no 404 or duplicate', async ({ request }) => {
    const index = parseXml('/sitemap-index.xml', await (await request.get('/sitemap-index.xml')).text());
    expect(
      childrenNamed(index, NS.sitemap, 'sitemap').map((s) => childText(s, NS.sitemap, 'loc')),
      '/sitemap-index.xml: the sitemaps it names',
    ).toEqual([`${origin}/sitemap-0.xml`]);
    const urlset = parseXml('/sitemap-0.xml', await (await request.get('/sitemap-0.xml')).text());
    const urls = childrenNamed(urlset, NS.sitemap, 'url').map((url) => ({
      loc: childText(url, NS.sitemap, 'loc')!,
      alternates: Object.fromEntries(childrenNamed(url, NS.xhtml, 'link').map((l) => [l.attrs.hreflang, l.attrs.href])),
    }));
    const expected = pages.flatMap((p) => locales.map((l) => `${origin}${p[l]}`));
    expect(urls.map((u) => u.loc).sort(), '/sitemap-0.xml: the pages listed').toEqual(expected.sort());
    for (const p of pages) {
      for (const l of locales) {
        const entry = urls.find((u) => u.loc === `${origin}${p[l]}`)!;
        // The same three alternates each page declares in its head, x-default being the Japanese.
        expect(entry.alternates, `/sitemap-0.xml: alternates of ${entry.loc}`).toEqual({
          ja: `${origin}${p.ja}`,
          en: `${origin}${p.en}`,
          'x-default': `${origin}${p.ja}`,
        });
      }
    }
  });
});

test.describe('feeds', () => {
  for (const locale of locales) {
    test(`${locale} RSS is valid, in its language, with the news items`, async ({ request }) => {
      const feedPath = locale === 'ja' ? '/rss.xml' : '/en/rss.xml';
      const response = await request.get(feedPath);
      expect(response.status(), `${feedPath}: HTTP status`).toBe(200);
      const rss = parseXml(feedPath, await response.text());
      const channel = childrenNamed(rss, '', 'channel')[0]!;
      expect(childText(channel, '', 'language'), `${feedPath}: language`).toBe(locale === 'ja' ? 'ja-JP' : 'en-GB');
      const items = childrenNamed(channel, '', 'item').map(feedItem);
      const news = [...readEntries('news', locale).values()];
      expect(items, `${feedPath}: one item per news entry`).toHaveLength(news.length);
      const renewal = readEntries('news', locale).get('mou-renewal')!;
      expect(items[0], `${feedPath}: the renewal announcement`).toEqual({
        title: renewal.title,
        link: `${origin}${locale === 'ja' ? '/' : '/en/'}`,
        // '2020-02' in the content has no day: the feed gives no pubDate (see src/lib/news.ts),
        // and Dublin Core's date, which may be a month, gives the month.
        pubDate: undefined,
        dcDate: '2020-02',
      });

      const mou = await fetchPage(request, locale === 'ja' ? '/mou/' : '/en/mou/');
      expect(
        startTags(
          all(
            mou.document,
            { tag: 'head' },
            { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', href: `${origin}${feedPath}` } },
          ),
        ),
        `${mou.path}: <link rel=alternate> to ${feedPath}`,
      ).toHaveLength(1);
    });
  }

  test('news pages exist; the announcement’s points to the home page as canonical', async ({ request }) => {
    for (const [newsPath, home] of [
      ['/news/mou-renewal/', '/'],
      ['/en/news/mou-renewal/', '/en/'],
    ] as const) {
      const news = await fetchPage(request, newsPath);
      const canonical = one(news.document, `${newsPath}: <link rel=canonical>`, {
        tag: 'link',
        attrs: { rel: 'canonical' },
      });
      expect(attr(canonical, 'href'), `${newsPath}: canonical`).toBe(`${origin}${home}`);
      expect(startTags(all(news.document, { tag: 'h1' })), `${newsPath}: one h1`).toHaveLength(1);
    }
  });
});

/** The JSON-LD graph of a page, read from the served HTML. */
async function jsonLd(request: APIRequestContext, url: string) {
  const page = await fetchPage(request, url);
  const scripts = all(page.document, { tag: 'script', attrs: { type: 'application/ld+json' } });
  expect(scripts, `${url}: JSON-LD scripts`).toHaveLength(1);
  const data = JSON.parse(textOf(scripts[0]!));
  expect(data['@context'], `${url}: JSON-LD @context`).toBe('https://schema.org');
  return data['@graph'] as Record<string, any>[];
}

test.describe('structured data', () => {
  for (const locale of locales) {
    const at = (p: string) => (locale === 'ja' ? p : `/en${p}`);

    test(`${locale}: NewsArticle on the home page, from the content`, async ({ request }) => {
      const news = readEntries('news', locale).get('mou-renewal')!;
      // Organisations are named in English in both languages (the Japanese is an alternateName).
      const city = readEntries('organisations', 'en').get('city-of-kawasaki')!;
      const [article] = await jsonLd(request, at('/'));
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        inLanguage: locale === 'ja' ? 'ja-JP' : 'en-GB',
        headline: news.title,
      });
      // The Japanese is the City's announcement; the English is this site's translation of it.
      if (locale === 'ja')
        expect(article).toMatchObject({
          datePublished: news.date,
          author: { '@type': 'GovernmentOrganization', name: city.name, url: city.url },
          publisher: { '@type': 'GovernmentOrganization', name: city.name, url: city.url },
          workTranslation: { '@id': `${origin}/en/#article` },
        });
      else {
        expect(article).toMatchObject({
          translationOfWork: { '@id': `${origin}/#article` },
          translator: { '@type': 'Organization', url: `${origin}/` },
        });
        expect(article).not.toHaveProperty('author');
        expect(article).not.toHaveProperty('datePublished');
      }
      expect(article!.about.map((o: any) => o['@type'])).toEqual(['GovernmentOrganization', 'Organization']);
    });

    test(`${locale}: Event on the ceremony page, attendees in photo order`, async ({ request }) => {
      const ceremony = readEntries('ceremony', locale).get('signing-ceremony')!;
      // People and organisations as the English captions give them, in both languages.
      const people = readEntries('participants', 'en');
      const orgs = readEntries('organisations', 'en');
      const group = readEntries('photos', locale).get('group-photo')!.participants as string[];
      const [event] = await jsonLd(request, at('/ceremony/'));
      const tag = locale;
      expect(event).toMatchObject({
        '@type': 'Event',
        name: expect.arrayContaining([{ '@value': ceremony.eventName, '@language': tag }]),
        startDate: '2020-02-11',
        location: { '@type': 'Place', name: expect.arrayContaining([{ '@value': ceremony.place, '@language': tag }]) },
        organizer: [{ '@type': 'GovernmentOrganization', name: orgs.get('city-of-kawasaki')!.name }],
      });
      expect(Object.keys(event!.location)).toEqual(['@type', 'name']);
      expect(event!.attendee.map((p: any) => p.name)).toEqual(group.map((k) => people.get(k)!.name));
      for (const [i, person] of event!.attendee.entries()) {
        const source = people.get(group[i]!)!;
        expect(person['@type']).toBe('Person');
        expect(person.jobTitle).toBe(source.role);
        expect(person.affiliation?.name).toBe(
          source.organisation ? orgs.get(source.organisation as string)!.name : undefined,
        );
      }
    });

    test(`${locale}: the partners as organisations`, async ({ request }) => {
      const graph = await jsonLd(request, at('/partners/'));
      expect(graph.map((o) => [o['@type'], o.url])).toEqual([
        ['GovernmentOrganization', 'https://www.city.kawasaki.jp/'],
        ['Organization', 'https://www.bio-m.org/'],
      ]);
    });
  }
});

test.describe('Open Graph', () => {
  for (const p of pages) {
    for (const locale of locales) {
      test(`${p[locale]} has cards and a 1200×630 image`, async ({ request }) => {
        const page = await fetchPage(request, p[locale]);
        const card = (key: string) => meta(page, key);
        const check = (key: string, want: string | undefined) =>
          expect.soft(card(key), `${page.path}: <meta ${key}>`).toBe(want);
        check('og:url', `${origin}${p[locale]}`);
        check('og:locale', locale === 'ja' ? 'ja_JP' : 'en_GB');
        check('og:locale:alternate', locale === 'ja' ? 'en_GB' : 'ja_JP');
        check('twitter:card', 'summary_large_image');
        check('og:image:width', '1200');
        check('og:image:height', '630');
        const title = card('og:title');
        expect(title, `${page.path}: <meta og:title>`).toBeTruthy();
        check('og:image:alt', title);
        const image = new URL(card('og:image')!);
        expect(image.origin, `${page.path}: og:image origin`).toBe(origin);
        const png = await fs.readFile(path.join(dist, image.pathname));
        const info = await sharp(png).metadata();
        expect([info.format, info.width, info.height], `${page.path}: ${image.pathname}`).toEqual(['png', 1200, 630]);
      });
    }
  }
});

test.describe('search', () => {
  async function search(page: Page, start: string, query: string) {
    await page.goto(start);
    await page.getByRole('button', { name: start.startsWith('/en/') ? 'Search' : '検索', exact: true }).click();
    const input = page.getByRole('searchbox');
    await expect(input).toBeFocused();
    await input.fill(query);
    const results = page.locator('[data-search-results] a');
    await expect(results.first()).toBeVisible();
    return results.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  }

  test('finds Japanese pages for a Japanese word, only in Japanese', async ({ page }) => {
    const hrefs = await search(page, '/', '締結式');
    expect(hrefs).toContain('/ceremony/');
    expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
    expect(await search(page, '/mou/', '覚書')).toContain('/mou/');
    // The language suggestion's English text is not part of the Japanese index.
    const input = page.getByRole('searchbox');
    await input.fill('Dismiss');
    await expect(page.locator('[data-search-status]')).toHaveText('「Dismiss」に一致するページはありません。');
  });

  test('finds English pages for an English word, only in English', async ({ page }) => {
    const hrefs = await search(page, '/en/', 'ceremony');
    expect(hrefs).toContain('/en/ceremony/');
    expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
    await page.screenshot({ path: path.join(shots, 'search-en.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(shots, 'search-en-390.png') });
  });

  test('loads Pagefind only when opened; closes with Escape and returns focus', async ({ page }) => {
    const pagefindRequests: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
    await page.goto('/en/');
    // Everything the page loads by itself has been requested by the load event (scripts are
    // modules, run before it); the browser's own record of its requests has no Pagefind file.
    await page.waitForLoadState('load');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    expect(pagefindRequests).toEqual([]);
    const button = page.getByRole('button', { name: 'Search', exact: true });
    await button.click();
    await expect.poll(() => pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  });
});

test.describe('Japanese typography', () => {
  test('headings break between BudouX phrases, each in a span, without overflow at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const h1 = page.locator('h1 .phrases');
    expect(await h1.locator('> span').count()).toBeGreaterThan(4);
    await expect(h1.locator('> span').first()).toHaveCSS('word-break', 'keep-all');
    await expect(h1.locator('wbr')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(shots, 'home-ja-390.png') });
    await page.goto('/ceremony/');
    await expect(page.locator('h1 .phrases > span').first()).toBeAttached();
    await page.goto('/en/');
    await expect(page.locator('h1 .phrases')).toHaveCount(0);
  });
});

test.describe('under a strict Content Security Policy', () => {
  // What the site's scripts need: external modules from 'self', and 'wasm-unsafe-eval' for
  // Pagefind's WebAssembly (in the page and in its worker). No inline script or style.
  const csp = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');

  test('search and the language suggestion work, with no violation', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/mou/');
    await expect(page.getByRole('region', { name: 'Language suggestion' })).toBeVisible();
    await page.getByRole('button', { name: '検索', exact: true }).click();
    await page.getByRole('searchbox').fill('覚書');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search control is absent and the navigation works', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-search]')).toBeHidden();
    await expect(page.locator('header nav a')).toHaveCount(sitePages.length);
    await expect(page.locator('[data-lang-suggest] section')).toHaveCount(0);
  });
});

test.describe('print view', () => {
  test('pairs all fifteen clauses with lead and term, English cells marked', async ({ request }) => {
    const print = await fetchPage(request, '/mou/print/');
    expect(attr(one(print.document, '/mou/print/: <html>', { tag: 'html' }), 'lang'), '/mou/print/: lang').toBe('ja');
    expect(meta(print, 'robots'), '/mou/print/: <meta robots>').toBe('noindex');
    const rows = all(print.document, { tag: 'tr', attrs: { 'data-pair': true } });
    expect(
      rows.map((r) => attr(r, 'data-pair')),
      '/mou/print/: the rows, in order',
    ).toEqual([
      'lead',
      ...[1, 2, 3, 4].map((n) => `purpose-${n}`),
      ...Array.from({ length: 11 }, (_, i) => `item-${i + 1}`),
      'term',
    ]);
    const pad = (n: number) => String(n).padStart(2, '0');
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [kind, n] of [
      ...[1, 2, 3, 4].map((n) => ['purpose', n] as const),
      ...Array.from({ length: 11 }, (_, i) => ['item', i + 1] as const),
    ]) {
      const file = kind === 'purpose' ? `purpose-${n}` : `item-${pad(n)}`;
      const row = one(print.document, `/mou/print/: row ${kind}-${n}`, {
        tag: 'tr',
        attrs: { 'data-pair': `${kind}-${n}` },
      });
      const cells = all(row, { tag: 'td' });
      expect
        .soft(wordsOf(cells[0]!), `/mou/print/: ${kind}-${n}, Japanese cell`)
        .toContain(words(readEntries('clauses', 'ja').get(file)!.body as string));
      const en = one(row, `/mou/print/: ${kind}-${n}, English cell (lang=en)`, { tag: 'td', attrs: { lang: 'en' } });
      expect
        .soft(wordsOf(en), `/mou/print/: ${kind}-${n}, English cell`)
        .toContain(words(readEntries('clauses', 'en').get(file)!.body as string));
    }
    for (const mouPath of ['/mou/', '/en/mou/']) {
      const mou = await fetchPage(request, mouPath);
      expect(
        startTags(all(mou.document, { tag: 'a', attrs: { href: '/mou/print/' } })),
        `${mouPath}: link to the print view`,
      ).toHaveLength(1);
    }
  });

  test('prints cleanly (screenshot)', async ({ page }) => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.goto('/mou/print/');
    await expect(page.locator('[data-print-hide]')).toBeHidden();
    await page.screenshot({ path: path.join(shots, 'print-view.png'), fullPage: true });
    await page.goto('/en/mou/');
    await expect(page.locator('header nav')).toBeHidden();
    await expect(page.locator('[data-search]')).toBeHidden();
    await page.screenshot({ path: path.join(shots, 'print-mou-en.png'), fullPage: true });
  });
});

test.describe('language suggestion, English browser', () => {
  test.use({ locale: 'en-GB' });

  test('appears on a Japanese page: named, linked, no axe violations, never hiding focus; stays dismissed', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // no smooth scrolling to wait for
    await page.goto('/mou/');
    const region = page.getByRole('region', { name: 'Language suggestion' });
    await expect(region, '/mou/: the suggestion is shown').toBeVisible();
    await test.step('/mou/, suggestion shown: in English, links to the English page', async () => {
      await expect.soft(region, '/mou/: the suggestion is in English').toHaveAttribute('lang', 'en');
      await expect
        .soft(
          region.getByRole('link', { name: 'Read this page in English' }),
          '/mou/: the suggestion links to its twin',
        )
        .toHaveAttribute('href', '/en/mou/');
      await page.screenshot({ path: path.join(shots, 'suggestion-en.png') });
    });
    await test.step('/mou/, suggestion shown: no axe violations, 1280 px', async () => {
      expect.soft(await axeViolations(page), 'axe, suggestion shown, 1280 px: /mou/').toEqual([]);
    });
    await test.step('/mou/, suggestion shown: never hides the focused element at 390 px (WCAG 2.4.11)', async () => {
      await page.setViewportSize({ width: 390, height: 700 });
      // The footer's last link is the element most at risk: focus it and compare with the banner.
      const last = page.locator('footer a').last();
      await last.focus();
      await expect(last).toBeFocused();
      const linkBox = (await last.boundingBox())!;
      const bannerBox = (await region.boundingBox())!;
      expect.soft(linkBox.y, '/mou/ at 390 px: the focused footer link is on screen').toBeGreaterThanOrEqual(0);
      expect
        .soft(linkBox.y + linkBox.height, '/mou/ at 390 px: the focused footer link ends above the suggestion')
        .toBeLessThanOrEqual(bannerBox.y);
    });
    await test.step('/mou/: dismissed, the suggestion stays away after a reload', async () => {
      await region.getByRole('button', { name: 'Dismiss this suggestion' }).click();
      await expect(region).toHaveCount(0);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expect(
        page.getByRole('region', { name: 'Language suggestion' }),
        '/mou/ reloaded: no suggestion',
      ).toHaveCount(0);
    });
  });

  test('does not appear on an English page', async ({ page }) => {
    await page.goto('/en/mou/');
    await page.waitForLoadState('load');
    await expect(page.locator('[data-lang-suggest] section')).toHaveCount(0);
  });
});

test.describe('language suggestion, Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('does not appear on a Japanese page, and offers Japanese on an English one', async ({ page }) => {
    await page.goto('/ceremony/');
    await page.waitForLoadState('load');
    await expect(page.locator('[data-lang-suggest] section')).toHaveCount(0);
    await page.goto('/en/ceremony/');
    const region = page.getByRole('region', { name: '言語の案内' });
    await expect(region).toBeVisible();
    await expect(region.getByRole('link')).toHaveAttribute('href', '/ceremony/');
    await page.screenshot({ path: path.join(shots, 'suggestion-ja.png') });
  });
});

test.describe('accessibility statement and search panel', () => {
  // Every page is scanned by a11y.spec.ts; here the state only a visitor's action reaches: the
  // search panel open with results. One test per scheme and width.
  test('the open search panel with results has no axe violations, light and dark, 390 and 1280 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').fill('memorandum');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    // The same open panel, results shown, in each scheme and at each width.
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        await test.step(`the open search panel with results has no axe violations, ${scheme}, ${width} px`, async () => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: 900 });
          await expect
            .soft(page.locator('#site-search-panel'), `search panel still open, ${scheme}, ${width} px`)
            .toBeVisible();
          expect
            .soft(await axeViolations(page), `axe, search open with results, ${scheme}, ${width} px: /en/`)
            .toEqual([]);
        });
      }
    }
  });

  test('every footer links to the accessibility statement', async ({ request }) => {
    for (const [url, href] of [
      ['/', '/accessibility/'],
      ['/en/partners/', '/en/accessibility/'],
    ] as const) {
      const page = await fetchPage(request, url);
      expect(
        startTags(all(page.document, { tag: 'footer' }, { tag: 'a', attrs: { href } })),
        `${url}: footer link to ${href}`,
      ).toHaveLength(1);
    }
  });
});
