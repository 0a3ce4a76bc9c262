// Screenshots of the content editor for docs/editing.md, at 1280 px, in its local mode on a copy
// of content/ (nothing is written to the project), in a Japanese browser as the editors use.
//   npm run cms:screenshots
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { browserPath, EDITOR_BROWSER } from '../browsers.mjs';
import { ROOT, copyOfContent, loadIntoBrowser, stubFolderPicker } from './local-repo.ts';

const port = process.env.PORT ?? '4339';
const out = path.join(ROOT, 'docs/images');
const server = spawn(process.execPath, ['scripts/authoring/serve-admin.mjs', '--port', port], {
  cwd: ROOT,
  stdio: 'inherit',
});
const base = `http://127.0.0.1:${port}/admin/`;
for (
  let i = 0;
  i < 300 &&
  !(await fetch(base).then(
    (r) => r.ok,
    () => false,
  ));
  i++
)
  await new Promise((r) => setTimeout(r, 200));

const browser = await chromium.launch({ executablePath: browserPath(EDITOR_BROWSER) });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
  await stubFolderPicker(page);
  await page.goto(base);
  await loadIntoBrowser(page, copyOfContent());
  /** A small PNG (256 colours): the docs' images stay well under 150 KB each. */
  const shoot = async (name) =>
    sharp(await page.screenshot())
      .png({ palette: true, colours: 256 })
      .toFile(path.join(out, name));
  await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).waitFor();
  await shoot('cms-sign-in.png');
  await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).click();
  await page.getByRole('treeitem', { name: /^覚書の目的と同意事項/ }).click();
  await page.getByRole('grid').first().waitFor();
  await shoot('cms-collection.png');
  await page.goto(`${base}#/collections/clauses/entries/item-07`);
  await page
    .getByRole('group', { name: /^\W*日本語\W*コンテンツをプレビュー$/ })
    .getByRole('radio', { name: '英語' })
    .click();
  await page
    .getByRole('group', { name: /^\W*英語\W*コンテンツを編集$/ })
    .getByRole('textbox', { name: '本文' })
    .waitFor();
  await shoot('cms-side-by-side.png');
  await page.goto(`${base}#/collections/photos/entries/group-photo`);
  await page.getByRole('button', { name: '画像を差し替え' }).waitFor();
  // The preview's copy of the photo has loaded (the field’s own thumbnail stays empty: see docs/decisions.md).
  await page.waitForFunction(() => [...document.querySelectorAll('img')].some((img) => img.naturalWidth > 0));
  await shoot('cms-photo.png');
  await page.goto(`${base}#/collections/news/new`);
  await page.getByRole('textbox', { name: 'スラッグ' }).waitFor();
  await shoot('cms-new-news.png');
  // A refusal as the editor sees it: a date that does not exist, saved; nothing is written.
  await page.goto(`${base}#/collections/news/entries/mou-renewal`);
  const date = page
    .getByRole('group', { name: /^\W*日本語\W*コンテンツを編集$/ })
    .getByRole('textbox', { name: '発表日', exact: true });
  await date.waitFor();
  await date.fill('2025-02-30');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'カレンダーにある日付にしてください' }).first();
  await refusal.waitFor();
  await date.evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await shoot('cms-refused-date.png');
} finally {
  await browser.close();
  server.kill();
}
