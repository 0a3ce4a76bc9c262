// What the server sends for the content editor's page, read without opening the editor: it is not
// indexed, and it runs only its own script under its own policy (src/deploy/headers.mjs).
import { expect, test } from '@playwright/test';

test('the editor page is noindex and runs under its own policy, with no script from elsewhere', async ({ request }) => {
  const response = await request.get('/admin/');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(response.headers()['x-robots-tag']).toBe('noindex');
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
  expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/admin/sveltia-cms.js']);
});
