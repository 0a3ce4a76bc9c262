// What the deployed server (nginx with deploy/nginx.conf, serving dist/) actually sends, and what
// every page does in Chromium: no CSP violation, no console error, no third-party request, no cookie.
import { expect, test, type Page } from '@playwright/test';
import { CACHE_CONTROL, CONTENT_TYPES, SECURITY_HEADERS } from '../../src/deploy/headers.mjs';
import { existsSync } from 'node:fs';
import { ASSETS, DIST, PAGES, langOf } from './site';

const expectSecurityHeaders = (headers: Record<string, string>) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
};

/**
 * Records CSP violations (from the page's own event) and console errors/warnings about policies.
 * `expected404` is the one error a 404 page must log: its own document's status.
 */
async function watch(page: Page, expected404?: string) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (expected404 && m.location().url === expected404 && /status of 404/.test(m.text())) return;
    if (m.type() === 'error' || (m.type() === 'warning' && /security policy|permissions-policy/i.test(m.text())))
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return problems;
}

for (const path of PAGES) {
  test(`page ${path}: headers, CSP, console, requests, images, cookies`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const is404 = path.endsWith('404.html');
    // A 404 page is reached the way visitors reach it: by a URL that does not exist.
    const url = is404 ? `${path.replace(/404\.html$/, '')}no-such-page-${Date.now()}/` : path;
    const problems = await watch(page, is404 ? new URL(url, origin).href : undefined);
    const foreign: string[] = [];
    const setCookies: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== origin) foreign.push(r.url());
    });
    page.on('response', async (r) => {
      const cookie = await r.headerValue('set-cookie');
      if (cookie) setCookies.push(`${r.url()}: ${cookie}`);
    });

    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response!.status()).toBe(is404 ? 404 : 200);
    const headers = response!.headers();
    expectSecurityHeaders(headers);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe(CACHE_CONTROL.html);
    expect(headers['content-encoding']).toBe('gzip');
    await expect(page.locator('html')).toHaveAttribute('lang', langOf(path));
    // Astro's policy is a <meta>: it must be there and free of unsafe sources.
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-|data:|\*/);

    // Scroll to the end so lazy images load too, and wait until every image has arrived (or failed,
    // which the request watcher reports).
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    // A complete image that failed to decode (or answered with something that is not an image) has
    // no natural width.
    const broken = await page.evaluate(() =>
      [...document.images].filter((img) => img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
    );
    expect(broken, `${path}: images that did not load`).toEqual([]);

    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
}

test('hashed assets are immutable, typed and carry the security headers', async ({ request }) => {
  expect(ASSETS.length).toBeGreaterThan(0);
  for (const asset of ASSETS) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    const headers = response.headers();
    expectSecurityHeaders(headers);
    expect(headers['cache-control'], asset).toBe(CACHE_CONTROL.immutable);
    const ext = asset.split('.').pop()! as keyof typeof CONTENT_TYPES;
    expect(headers['content-type']?.split(';')[0], asset).toBe(CONTENT_TYPES[ext]);
  }
});

test('unhashed files: content types and an hour of caching', async ({ request }) => {
  const files: [string, string][] = [
    ['/favicon.svg', 'image/svg+xml'],
    ['/sitemap-index.xml', 'application/xml'],
  ];
  // Present once the feeds and robots.txt exist (issue 5).
  if (existsSync(`${DIST}/rss.xml`)) files.push(['/rss.xml', 'application/rss+xml']);
  if (existsSync(`${DIST}/en/rss.xml`)) files.push(['/en/rss.xml', 'application/rss+xml']);
  if (existsSync(`${DIST}/robots.txt`)) files.push(['/robots.txt', 'text/plain']);
  for (const [path, type] of files) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response.headers());
    expect(response.headers()['content-type']?.split(';')[0], path).toBe(type);
    expect(response.headers()['cache-control'], path).toBe(CACHE_CONTROL.other);
  }
});

test('misses get the 404 page of their language, with status 404', async ({ request }) => {
  for (const [path, lang] of [
    ['/no-such-page/', 'ja'],
    ['/deep/no/such/file.png', 'ja'],
    ['/en/no-such-page/', 'en'],
    ['/en/deep/no/such/file.png', 'en'],
    ['/en/no/rss.xml', 'en'],
    ['/_astro/no-such-asset.css', 'ja'],
  ]) {
    const response = await request.get(path!);
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response.headers());
    expect(await response.text(), path).toMatch(new RegExp(`<html[^>]* lang="${lang}"`));
  }
});

test('directories without a trailing slash redirect relatively; _headers is not served', async ({ request }) => {
  const response = await request.get('/en', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/en/');
  expect((await request.get('/_headers')).status()).toBe(404);
});

// Interaction loads more code (Pagefind's JS, its worker and WebAssembly): still no violation.
for (const path of ['/', '/en/']) {
  test(`search on ${path} runs under the site's own CSP without a violation`, async ({ page }) => {
    const problems = await watch(page);
    await page.goto(path);
    const open = page.locator('[data-search-toggle]');
    test.skip((await open.count()) === 0, 'no search control on this build');
    await open.click();
    await page.getByRole('searchbox').fill(path === '/' ? '覚書' : 'memorandum');
    // Results are shown only once Pagefind's script, worker and WebAssembly have all run.
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}
