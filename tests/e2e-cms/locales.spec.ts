// The editor in the browser languages editors really use: its interface in Japanese for a
// Japanese browser and in English for any other, with every file from /admin/ and no request
// repeated after a failure. Runs once per locale project (playwright.cms.config.ts).
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { copyOfContent, loadIntoBrowser, stubFolderPicker } from '../../scripts/authoring/local-repo';

interface Traffic {
  requests: string[];
  failed: string[];
  blockedByPolicy: () => Promise<number>;
}

/** Records every request the page makes, every failed one, and every request the CSP blocked. */
async function recordTraffic(page: Page): Promise<Traffic> {
  const requests: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  // A request the CSP blocks never reaches the network, so only the page sees it.
  await page.addInitScript(() => {
    (window as unknown as { blocked: number }).blocked = 0;
    document.addEventListener('securitypolicyviolation', () => {
      (window as unknown as { blocked: number }).blocked++;
    });
  });
  return {
    requests,
    failed,
    blockedByPolicy: () => page.evaluate(() => (window as unknown as { blocked: number }).blocked),
  };
}

const origin = (url: string) => (/^(blob|data):/.test(url) ? 'self' : new URL(url).origin);

/** What the interface says in the browser's language: Japanese for ja, US English otherwise. */
function expected(locale: string) {
  return locale.startsWith('ja')
    ? {
        lang: 'ja',
        localRepo: 'ローカルリポジトリで作業',
        save: '保存',
        editJapanese: /^\W*日本語\W*コンテンツを編集$/,
      }
    : {
        lang: 'en-US',
        localRepo: 'Work with Local Repository',
        save: 'Save',
        editJapanese: /^Edit\W+Japanese\W+Content$/,
      };
}

let repo: string;
test.beforeEach(async ({ page }) => {
  repo = copyOfContent();
  await stubFolderPicker(page);
});
test.afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

test('the editor speaks the browser language, asks no other site and repeats no failing request', async ({
  page,
}, testInfo) => {
  const locale = testInfo.project.use.locale!;
  const want = expected(locale);
  const traffic = await recordTraffic(page);
  await page.goto('/admin/', { waitUntil: 'commit' });
  await loadIntoBrowser(page, repo);
  // Sign-in is not configured in the tests (no CMS_REPO): the start page says so, in both languages.
  const note = page.getByRole('note');
  await expect(note).toContainText('GitHub でのサインインは、まだ設定されていません。');
  await expect(note).toContainText('Sign-in with GitHub is not set up yet.');
  // The editor's name, in Japanese first whatever the browser's language: on the start page and in the tab.
  const name = '川崎市 × BioM コンテンツ編集（Kawasaki × BioM content editor）';
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await expect(page).toHaveTitle(name);
  await page.getByRole('button', { name: want.localRepo }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', want.lang);
  await expect(note, 'the note is gone once the editor is open').toBeHidden();
  await page.goto('/admin/#/collections/news/entries/mou-renewal');
  await expect(page.getByRole('group', { name: want.editJapanese })).toBeVisible();
  await expect(page.getByRole('button', { name: want.save, exact: true })).toBeVisible();
  // The tab: the page's name, then the editor's (which holds no character special in a pattern).
  await expect(page).toHaveTitle(new RegExp(`^\\S.* – ${name}$`));

  const elsewhere = traffic.requests.filter(
    (url) => origin(url) !== 'self' && origin(url) !== new URL(page.url()).origin,
  );
  expect(elsewhere, 'requests to other sites').toEqual([]);
  expect(await traffic.blockedByPolicy(), 'requests blocked by the editor’s CSP').toBe(0);
  expect(traffic.failed, 'failed requests').toEqual([]);
  // Two page loads, the bundle, config, fonts, icons, the language file: a few dozen at most.
  expect(traffic.requests.length, `requests made: ${traffic.requests.length}`).toBeLessThan(60);
  const counts = new Map<string, number>();
  // The browser fetches the tab's icon again each time the editor sets it (answered, not retried:
  // a failing one would be in `failed` above); seen 5 times in one run, so it is not counted.
  for (const url of traffic.requests)
    if (new URL(url).pathname !== '/favicon.svg') counts.set(url, (counts.get(url) ?? 0) + 1);
  expect(
    [...counts].filter(([, n]) => n > 4),
    'requests repeated more than 4 times',
  ).toEqual([]);
});

test('a language file that cannot be loaded leaves the editor in English after one request', async ({ page }) => {
  const traffic = await recordTraffic(page);
  let asked = 0;
  await page.route('**/admin/locales/**', (route) => {
    asked++;
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto('/admin/', { waitUntil: 'commit' });
  await loadIntoBrowser(page, repo);
  // In a Japanese browser the editor asks for its Japanese strings; refused, it stays English.
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('treeitem').first()).toBeVisible();
  expect(asked).toBeLessThanOrEqual(1);
  expect(await traffic.blockedByPolicy()).toBe(0);
});
