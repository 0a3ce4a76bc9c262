import { expect, test } from '@playwright/test';
import { locales, sitePages } from './pages';

const origin = 'https://kawasaki-biom.example.jp';

for (const page of sitePages) {
  for (const locale of locales) {
    const path = page[locale];
    const other = locale === 'ja' ? 'en' : 'ja';

    test.describe(`${path}`, () => {
      test('serves the page in its language with alternates and a link to its twin', async ({ page: tab }) => {
        const errors: string[] = [];
        tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        tab.on('pageerror', (e) => errors.push(e.message));
        const response = await tab.goto(path);
        expect(response?.status()).toBe(200);
        await expect(tab.locator('html')).toHaveAttribute('lang', locale);
        await expect(tab.locator('h1')).toHaveCount(1);
        await expect(tab.locator('link[rel=canonical]')).toHaveAttribute('href', origin + path);
        await expect(tab.locator('link[rel=alternate][hreflang=ja]')).toHaveAttribute('href', origin + page.ja);
        await expect(tab.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', origin + page.en);
        await expect(tab.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute('href', origin + page.ja);

        const languageLink = tab.locator('a[data-language-link]');
        await expect(languageLink).toHaveAttribute('href', page[other]);
        await expect(languageLink).toHaveAttribute('hreflang', other);
        await expect(languageLink).toHaveAttribute('lang', other);
        await expect(tab.locator('nav a[aria-current=page]')).toHaveAttribute('href', path);

        // Every image loads: a broken one has naturalWidth 0 once complete.
        for (const img of await tab.locator('img').all()) {
          await img.scrollIntoViewIfNeeded();
          await expect
            .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
            .toBe(true);
        }
        expect(errors).toEqual([]);
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

  test('carry the same sixteen anchors in both languages, each clause with a visible number', async ({ page }) => {
    for (const path of ['/mou/', '/en/mou/']) {
      await page.goto(path);
      for (const id of anchors) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
      const clauseIds = await page.locator('li.clause').evaluateAll((els) => els.map((el) => el.id));
      expect(clauseIds).toEqual(anchors.filter((a) => a !== 'term'));
      await expect(page.locator('#item-8')).toContainText('(8)');
      await expect(page.locator('#item-8 a[data-copy-link]')).toHaveAttribute('href', '#item-8');
    }
  });

  test('reproduce the Japanese source word for word', async ({ page }) => {
    await page.goto('/mou/');
    await expect(page.locator('#purpose-1')).toContainText(
      'バイエルン州と川崎市双方の地域にとって有益な強固で長期にわたる関係の構築',
    );
    await expect(page.locator('#item-5')).toContainText(
      '両者は少なくとも年に1回、例えばBIO-EuropeやBIO International、BioJapanで面談を行うことを目標とする。',
    );
    await expect(page.locator('#term')).toContainText('2020年2月から3年間');
  });

  test('a deep link to an agreed item works in either language', async ({ page }) => {
    for (const path of ['/mou/#item-8', '/en/mou/#item-8']) {
      await page.goto(path);
      await expect(page.locator('#item-8')).toBeInViewport();
    }
  });
});

test.describe('the ceremony pages', () => {
  test('show both figures with participants in photo order', async ({ page }) => {
    for (const path of ['/ceremony/', '/en/ceremony/']) {
      await page.goto(path);
      const order = (figure: string) =>
        page
          .locator(`figure#${figure} [data-participant]`)
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-participant')));
      expect(await order('signing-photo')).toEqual(['domdey', 'takahashi']);
      expect(await order('group-photo')).toEqual([
        'kimura',
        'nomura',
        'geltinger',
        'wolter',
        'domdey',
        'kono',
        'takahashi',
        'shimamura',
      ]);
      const sources = page.locator('figure#signing-photo picture source');
      expect(await sources.evaluateAll((els) => els.map((el) => el.getAttribute('type')))).toEqual([
        'image/avif',
        'image/webp',
      ]);
      const img = page.locator('figure#signing-photo img');
      await expect(img).toHaveAttribute('width', /\d+/);
      await expect(img).toHaveAttribute('height', /\d+/);
      await expect(img).toHaveAttribute('fetchpriority', 'high');
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
  test('link each offer to its agreed item', async ({ page }) => {
    for (const [path, prefix] of [
      ['/business/', '/mou/'],
      ['/en/business/', '/en/mou/'],
    ] as const) {
      await page.goto(path);
      for (const n of [4, 5, 8, 9, 10, 11]) {
        await expect(page.locator(`[data-offer="${n}"] a`)).toHaveAttribute('href', `${prefix}#item-${n}`);
      }
    }
  });
});

test.describe('the 404 pages', () => {
  for (const [path, locale] of [
    ['/404.html', 'ja'],
    ['/en/404.html', 'en'],
  ] as const) {
    test(`${path} is in ${locale} and links home`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('main a').first()).toHaveAttribute('href', locale === 'ja' ? '/' : '/en/');
    });
  }
});
