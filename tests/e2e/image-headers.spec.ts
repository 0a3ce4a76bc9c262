// The Content-Security-Policy the deployed server (nginx with deploy/nginx.conf) sends, by type:
// every image carries a policy that forbids script (an SVG opened directly is a document with the
// site's origin), every other response the site's own header policy.
import { expect, test } from '@playwright/test';
import { builtFiles } from '../../src/lib/built-html';
import { CONTENT_SECURITY_POLICY, SERVED_IMAGE_EXTENSIONS, SECURITY_HEADERS } from '../../src/deploy/headers.mjs';
import { DIST, PAGES } from './site';

/** URL paths of every image in dist/: logos, photos in every format and width, the favicon. */
const IMAGES = builtFiles(DIST)
  .filter((f) => SERVED_IMAGE_EXTENSIONS.includes(f.split('.').pop()!.toLowerCase()))
  .map((f) => `/${f}`)
  .sort();

test('every image is served with the image CSP: no script, no request, sandboxed', async ({ request }) => {
  expect(IMAGES.some((p) => p.endsWith('.svg') && p.startsWith('/_astro/'))).toBe(true);
  for (const path of IMAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], path).toMatch(/^image\//);
    expect(headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY.image);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  }
});

test('pages and other files keep the site CSP header, not the image one', async ({ request }) => {
  for (const path of [...PAGES, '/no-such-page/', '/sitemap-index.xml']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY.default);
  }
});

test('a published logo opened directly has no script, handler or external reference', async ({ page }) => {
  const logo = IMAGES.find((p) => p.endsWith('.svg') && p.startsWith('/_astro/'))!;
  const response = await page.goto(logo);
  expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY.image);
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    return {
      root: document.documentElement.localName,
      scripts: document.querySelectorAll('script, foreignObject, iframe, object, embed, image, a').length,
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      external: all.flatMap((e) =>
        [...e.attributes].filter((a) => /href$/i.test(a.name) && !a.value.startsWith('#')).map((a) => a.value),
      ),
    };
  });
  expect(found).toEqual({ root: 'svg', scripts: 0, handlers: [], external: [] });
});
