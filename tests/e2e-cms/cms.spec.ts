// The content editor (Sveltia CMS) driven in Chromium, in its local mode, on a temporary copy of
// content/: what an editor does in the browser lands in the right files, and the content check
// accepts it. No network: only /admin/ is served, on a loopback port. The browser is set to
// Japanese, as the editors' browsers are (playwright.cms.config.ts), so the editor's own words
// are Japanese, and so are the field labels (the configuration's, from the schemas).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import {
  changedFiles,
  checkContent,
  copyBackFromBrowser,
  copyOfContent,
  loadIntoBrowser,
  snapshot,
  stubFolderPicker,
} from '../../scripts/authoring/local-repo';
import { LOCALES } from '../../src/model/locales';

let repo: string;
let offSite: string[];
let errors: string[];

test.beforeEach(async ({ page }) => {
  offSite = [];
  errors = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && !['blob:', 'data:'].includes(url.protocol)) offSite.push(url.href);
  });
  page.on('console', (message) => {
    // The resource's address is not in the message text: add it, so a failure names what failed.
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`.trim());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  repo = copyOfContent();
  await stubFolderPicker(page);
  // The copy is written as soon as the editor's page is there, while its script is still loading.
  await page.goto('/admin/', { waitUntil: 'commit' });
  await loadIntoBrowser(page, repo);
  await page.getByRole('button', { name: 'ローカルリポジトリで作業' }).click();
  await expect(page.getByRole('treeitem', { name: /^覚書の目的と同意事項/ })).toBeVisible();
});

test.afterEach(() => {
  fs.rmSync(repo, { recursive: true, force: true });
  // Whatever the test did: nothing was asked of another site, and nothing went wrong in the console.
  expect(offSite, 'requests to other sites').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

/** The editor pane of one language; the second pane is switched from the preview to English. */
async function panes(page: Page): Promise<{ ja: Locator; en: Locator }> {
  // The editor wraps language names in direction isolates (U+2068 … U+2069).
  const ja = page.getByRole('group', { name: /^\W*日本語\W*コンテンツを編集$/ });
  const en = page.getByRole('group', { name: /^\W*英語\W*コンテンツを編集$/ });
  // The editor keeps the pane's choice from one entry to the next, and may redraw the pane while
  // an entry opens: switch until the English pane is there.
  await expect(async () => {
    if (!(await en.isVisible()))
      await page
        .getByRole('group', { name: /^\W*日本語\W*コンテンツをプレビュー$/ })
        .getByRole('radio', { name: '英語' })
        .click({ timeout: 2_000 });
    await expect(en).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(ja).toBeVisible();
  await expect(en).toBeVisible();
  return { ja, en };
}

/**
 * Replaces the text of a rich-text (Markdown) field. The editor may still be settling when it
 * first shows (it then resets its text), so the typing is repeated until the text holds.
 */
async function typeInto(field: Locator, text: string) {
  await expect(async () => {
    await field.fill(text);
    await expect(field).toHaveText(text, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

/** Reads a file of the folder the CMS works on, or null when it does not exist. */
const browserFile = (page: Page, file: string) =>
  page.evaluate(async (file) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = file.split('/');
    try {
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return null;
    }
  }, file);

/**
 * What the open entry's editor options menu offers, closed again afterwards. Deletion is set per
 * collection (src/cms/config.ts, UNDELETABLE), so one entry shows its collection's setting.
 */
async function editorOptions(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'エディターオプションを表示' }).click();
  const menu = page.getByRole('menu', { name: 'エディターオプション' });
  await expect(menu.getByRole('menuitem', { name: 'すべての変更を取り消す' })).toBeVisible();
  const items = await menu.getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  return items.join(' | ');
}

/** Expects the open entry's menu to offer Delete (削除) or not, naming the entry on failure. */
async function expectDelete(page: Page, entry: string, offered: boolean) {
  await test.step(`${entry}: the editor options ${offered ? 'offer' : 'offer no'} Delete`, async () => {
    const items = await editorOptions(page);
    if (offered) expect.soft(items, `${entry}: the editor options`).toContain('削除');
    else expect.soft(items, `${entry}: the editor options`).not.toContain('削除');
  });
}

const escaped = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Expects the form's message for a refused value as the editor reads it (the accessibility tree
 * of the field's alert; its icon is hidden from it): it starts with the Japanese (`ja`, the
 * message's first words) and ends with the content check's English (containing `en`) in
 * brackets, as the field hints do.
 */
async function expectFormMessage(page: Page, ja: string, en: string) {
  const alert = page.getByRole('alert').filter({ hasText: ja }).filter({ hasText: en }).first();
  await expect(alert).toBeVisible();
  // The snapshot quotes a text with a colon in it ("https://").
  expect(await alert.ariaSnapshot()).toMatch(
    new RegExp(`^- alert: "?${escaped(ja)}[^]*（[^]*${escaped(en)}[^]*）"?$`, 'u'),
  );
}

test('a key with a capital letter is stopped in the form in Japanese and the check’s words; under a lower-case key a new news entry is made in both languages and the check passes', async ({
  page,
}) => {
  await page.goto('/admin/#/collections/news/new');
  const key = page.getByRole('textbox', { name: 'スラッグ' });
  await test.step('key Visit-2021: refused', async () => {
    await key.fill('Visit-2021');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expectFormMessage(
      page,
      'キーには、小文字の英字 a–z、数字、ハイフン（-）だけを使ってください。',
      'The key must use only lower-case letters a–z, digits and single hyphens (e.g. item-07).',
    );
    for (const locale of LOCALES)
      expect(
        await browserFile(page, `content/news/${locale}/Visit-2021.mdx`),
        `news/${locale}/Visit-2021.mdx`,
      ).toBeNull();
  });
  await test.step('key visit-2021: both languages saved', async () => {
    await key.fill('visit-2021');
    const { ja, en } = await panes(page);
    await ja.getByRole('textbox', { name: '見出し', exact: true }).fill('ミュンヘン訪問');
    await ja.getByRole('textbox', { name: '説明', exact: true }).fill('川崎市の代表団がミュンヘンを訪問しました。');
    await ja.getByRole('textbox', { name: '発表日', exact: true }).fill('2021');
    await typeInto(ja.getByRole('textbox', { name: '本文' }), '川崎市の代表団がミュンヘンを訪問しました。');
    await en.getByRole('textbox', { name: '見出し', exact: true }).fill('Visit to Munich');
    await en.getByRole('textbox', { name: '説明', exact: true }).fill('A delegation from Kawasaki visited Munich.');
    await typeInto(en.getByRole('textbox', { name: '本文' }), 'A delegation from Kawasaki visited Munich.');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => browserFile(page, 'content/news/en/visit-2021.mdx')).toContain('Visit to Munich');
    await expect.poll(() => browserFile(page, 'content/news/ja/visit-2021.mdx')).toContain('ミュンヘン訪問');
  });

  await copyBackFromBrowser(page, repo);
  const ja_ = fs.readFileSync(path.join(repo, 'content/news/ja/visit-2021.mdx'), 'utf8');
  const en_ = fs.readFileSync(path.join(repo, 'content/news/en/visit-2021.mdx'), 'utf8');
  expect(ja_).toMatch(/^date: '2021'$/m);
  expect(en_).toMatch(/^date: '2021'$/m);
  // A new entry starts as a draft, as one made with `npm run new` does.
  expect(ja_).toMatch(/^draft: true$/m);
  expect(en_).toMatch(/^draft: true$/m);
  expect(await checkContent(repo), 'the content check').toEqual({ ok: true, problems: '' });
});

/**
 * Tries a value in a field: saving is refused with the message (its Japanese first words and the
 * check's English words, expectFormMessage), and the file keeps its bytes.
 */
async function refusedInForm(page: Page, file: string, fill: () => Promise<void>, ja: string, en: string) {
  const before = await browserFile(page, file);
  await fill();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expectFormMessage(page, ja, en);
  expect(await browserFile(page, file), `${file} after a refused save`).toBe(before);
}

test('an empty required field, impossible dates and invisible characters are stopped in the form in Japanese and the check’s words; the real ones save', async ({
  page,
}) => {
  await page.goto('/admin/#/collections/news/entries/mou-renewal');
  const { ja, en } = await panes(page);
  // The form speaks the editor's language: Japanese labels, the hint in Japanese, then in English.
  await expect(
    ja.getByText(
      'ページの見出し。検索結果にも表示されます。（Title: Page heading and the title shown in search results.）',
    ),
  ).toBeVisible();
  await expect(ja.getByRole('textbox', { name: '発表日', exact: true })).toBeVisible();
  const file = 'content/news/en/mou-renewal.mdx';
  const date = ja.getByRole('textbox', { name: '発表日', exact: true });
  const title = en.getByRole('textbox', { name: '見出し', exact: true });
  await expect(date).toHaveValue('2020-02');
  const original = await title.inputValue();
  await test.step('title emptied: refused as required', async () => {
    const before = await browserFile(page, file);
    await title.fill('');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(en.getByText('この項目は必須です。')).toBeVisible();
    expect(await browserFile(page, file), `${file} after a refused save`).toBe(before);
    await title.fill(original);
  });
  for (const impossible of ['2025-13-01', '2025-02-30', '1820-02'])
    await refusedInForm(
      page,
      file,
      () => date.fill(impossible),
      '日付は、年だけ・年と月・年月日のどれかで、2020、2020-02、2020-02-11 のように書いてください。カレンダーにある日付にしてください（2月30日や13月はありません）。年は1900年から2100年までのどれかを、',
      'be a real calendar date and have a year from 1900 to 2100',
    );
  await date.fill('2020-02');
  await refusedInForm(
    page,
    file,
    () => title.fill(`${original}\u202E`),
    '画面に表示されない文字（ほかの文書から貼り付けたときに紛れ込むことがあります）は使えません。',
    'invisible characters can make text read differently from what is published',
  );
  // A letter stored as a letter and a separate mark (u + ¨, as some PDFs and Mac file names give it).
  await refusedInForm(
    page,
    file,
    () => title.fill(`${original} Mu\u0308nchen`),
    '画面に表示されない文字（ほかの文書から貼り付けたときに紛れ込むことがあります）は使えません。',
    'must be in Unicode normalization form NFC',
  );
  // The legitimate neighbours: a leap day and an emoji sequence (a joiner inside 👩‍💻) save.
  await date.fill('2024-02-29');
  await title.fill(`${original} 👩‍💻`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  // The editor writes the date without quotes, which the schema reads as the same day.
  await expect.poll(() => browserFile(page, file)).toMatch(/^date: '?2024-02-29'?$/m);
  expect(await browserFile(page, file)).toContain('👩‍💻');
});

test('an http:, scheme-less, user-name or lookalike address is stopped in the form; an https:// page saves', async ({
  page,
}) => {
  await page.goto('/admin/#/collections/organisations/entries/city-of-kawasaki');
  const { ja } = await panes(page);
  const file = 'content/organisations/ja/city-of-kawasaki.yaml';
  const url = ja.getByRole('textbox', { name: '公式サイト' });
  await expect(url).toHaveValue('https://www.city.kawasaki.jp/');
  for (const bad of [
    'http://www.city.kawasaki.jp/',
    'www.city.kawasaki.jp',
    'https://www.city.kawasaki.jp@evil.example/',
    'https://www.city.kаwasaki.jp/', // a Cyrillic а: a site name that passes for the City's
  ])
    await refusedInForm(
      page,
      file,
      () => url.fill(bad),
      'アドレスは https:// で始まる形で書いてください。',
      'must be an https:// address',
    );
  await url.fill('https://www.city.kawasaki.jp/shisei/');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => browserFile(page, file)).toContain('url: https://www.city.kawasaki.jp/shisei/');
});

test('in an agreed item, a script tag or a javascript: link is stopped in the form; plain English text saves, changes that text only, and the check passes', async ({
  page,
}) => {
  const before = snapshot(repo);
  await page.goto('/admin/#/collections/clauses/entries/item-07');
  const { en } = await panes(page);
  const file = 'content/clauses/en/item-07.mdx';
  const text = en.getByRole('textbox', { name: '本文' });
  // The editor shows the stored text first; typing before that would be overwritten by it.
  await expect(text).toContainText('respective websites');
  // The clauses are the memorandum's text as the City published it.
  await expectDelete(page, 'clauses/item-07', false);
  const rule = [
    'リンク先は、https:// で始まるウェブページか、このサイトのページにしてください。<script> や <iframe> など',
    'links must point to web pages (https://…) or pages of this site',
  ] as const;
  await refusedInForm(page, file, () => typeInto(text, 'Both parties agree. <script>alert(1)</script>'), ...rule);
  await refusedInForm(page, file, () => typeInto(text, 'Both parties agree: [see](javascript:alert(1)).'), ...rule);
  await refusedInForm(page, file, () => typeInto(text, 'Both parties agree: [see](www.example.jp).'), ...rule);
  // Brackets that are no link, and a typographic apostrophe.
  const sentence = 'Both parties agree to promote the partner region (on their websites), using each other’s logo.';
  await typeInto(text, sentence);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => browserFile(page, file)).toContain(sentence);

  await copyBackFromBrowser(page, repo);
  const after = snapshot(repo);
  // The CMS saves both languages of an entry together; the files are kept in the form it writes
  // (npm run canonical), so the Japanese file comes back byte for byte and the English one
  // differs only in its text.
  expect(changedFiles(before, after), 'the files that changed').toEqual([file]);
  expect(after.get(file)!.toString(), file).toBe(
    before
      .get(file)!
      .toString()
      .replace(/\n\n[^]*$/, `\n\n${sentence}\n`),
  );
  expect(await checkContent(repo), 'the content check').toEqual({ ok: true, problems: '' });
});

test('an uploaded photo lands in content/media/photos, both languages point to it by the same path, and only the edited lines change', async ({
  page,
}) => {
  const before = snapshot(repo);
  const photo = path.join(repo, 'ceremony-real.jpg');
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4a7' } })
    .jpeg()
    .toFile(photo);
  await page.goto('/admin/#/collections/photos/entries/group-photo');
  const { ja, en } = await panes(page);
  const caption = en.getByRole('textbox', { name: '説明文', exact: true });
  const oldCaption = 'Group photo of the participants in the signing ceremony.';
  await expect(caption).toHaveValue(oldCaption);
  await test.step('photos/group-photo: image replaced by an upload, caption revised, saved', async () => {
    // Both languages share the image; it is chosen in the Japanese pane (the English one's is disabled).
    await ja.getByRole('button', { name: '画像を差し替え' }).click();
    const dialog = page.getByRole('dialog', { name: '画像を選択' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'アップロード' }).click();
    await (await chooser).setFiles(photo);
    await dialog.getByRole('option', { name: 'ceremony-real.jpg' }).click();
    await dialog.getByRole('button', { name: '挿入' }).click();
    // The editor enables 保存 before the new path shows in the form (here 0.45 s after 挿入, and
    // the path at 1.0 s, in both panes); a save in between kept the old photo in the files. Save
    // once both languages show the new path, as an editor who looks at the form would.
    for (const pane of [ja, en]) await expect(pane.getByText('../../media/photos/ceremony-real.jpg')).toBeVisible();
    await caption.fill(`${oldCaption} (revised)`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    for (const locale of LOCALES)
      await expect
        .poll(() => browserFile(page, `content/photos/${locale}/group-photo.yaml`))
        .toContain('ceremony-real.jpg');
  });

  await copyBackFromBrowser(page, repo);
  const after = snapshot(repo);
  const newImage = (text: string) => text.replace(/^image: .*$/m, 'image: ../../media/photos/ceremony-real.jpg');
  expect(changedFiles(before, after), 'the files that changed').toEqual([
    'content/media/photos/ceremony-real.jpg',
    'content/photos/en/group-photo.yaml',
    'content/photos/ja/group-photo.yaml',
  ]);
  expect(after.get('content/media/photos/ceremony-real.jpg')!.equals(fs.readFileSync(photo)), 'the photo’s bytes').toBe(
    true,
  );
  expect(after.get('content/photos/ja/group-photo.yaml')!.toString(), 'content/photos/ja/group-photo.yaml').toBe(
    newImage(before.get('content/photos/ja/group-photo.yaml')!.toString()),
  );
  expect(after.get('content/photos/en/group-photo.yaml')!.toString(), 'content/photos/en/group-photo.yaml').toBe(
    newImage(before.get('content/photos/en/group-photo.yaml')!.toString()).replace(
      `caption: ${oldCaption}\n`,
      `caption: ${oldCaption} (revised)\n`,
    ),
  );
  expect(await checkContent(repo), 'the content check').toEqual({ ok: true, problems: '' });
});

test('the upload dialog offers only the check’s image types, and a GIF dropped in anyway is refused before saving; a photo offers Delete', async ({
  page,
}) => {
  const gif = path.join(repo, 'signing.gif');
  await sharp({ create: { width: 40, height: 30, channels: 3, background: '#4a7' } })
    .gif()
    .toFile(gif);
  await page.goto('/admin/#/collections/photos/entries/group-photo');
  // Photos may be deleted: no page needs one, and none names another.
  await expectDelete(page, 'photos/group-photo', true);
  await page.getByRole('button', { name: '画像を差し替え' }).click();
  const dialog = page.getByRole('dialog', { name: '画像を選択' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'アップロード' }).click();
  const input = (await chooser).element();
  expect((await input.getAttribute('accept'))?.split(',')).toEqual([
    '.jpg',
    '.jpeg',
    '.png',
    '.webp',
    '.avif',
    '.svg',
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/avif',
    'image/svg+xml',
  ]);
  await (await chooser).setFiles(gif);
  const file = 'content/photos/en/group-photo.yaml';
  const before = await browserFile(page, file);
  // A file given to the dialog directly (as a drag and drop would) is taken, and refused on saving.
  await dialog.getByRole('option', { name: 'signing.gif' }).click();
  await dialog.getByRole('button', { name: '挿入' }).click();
  // Saved before the form shows the new path, the save would not include it (see the photo test).
  const { ja, en } = await panes(page);
  for (const pane of [ja, en]) await expect(pane.getByText('../../media/photos/signing.gif')).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expectFormMessage(
    page,
    'このファイルは画像として使えません。.jpg、.jpeg、.png、.webp、.avif、.svg のファイルを使ってください',
    'is not an image; use a .jpg, .jpeg, .png, .webp, .avif, .svg file',
  );
  expect(await browserFile(page, file)).toBe(before);
  expect(await browserFile(page, 'content/media/photos/signing.gif')).toBeNull();
});

type Edit = [hash: string, file: string, label: string, key: string, offersDelete: boolean];

/**
 * Opens each entry, looks whether it can be deleted, changes one English field, saves, and checks
 * that of all the files only the edited English ones changed, each by that one line (the CMS
 * writes both languages of an entry).
 */
async function expectOnlyTheEditedLines(page: Page, edits: Edit[]) {
  const before = snapshot(repo);
  const expected = new Map<string, string>();
  for (const [hash, file, label, key, offersDelete] of edits) {
    const entry = hash.replace('/entries/', '/');
    const old = before.get(`content/${file}`)!.toString();
    const value = new RegExp(`^${key}: (.*)$`, 'm').exec(old)![1]!;
    const field = await test.step(`${entry}: open`, async () => {
      await page.goto(`/admin/#/collections/${hash}`);
      const { en } = await panes(page);
      const field = en.getByRole('textbox', { name: label, exact: true });
      await expect(field, `${entry}: ${label}`).toHaveValue(value);
      return field;
    });
    await expectDelete(page, entry, offersDelete);
    await test.step(`${entry}: ${label} revised and saved`, async () => {
      await field.fill(`${value} (revised)`);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect.poll(() => browserFile(page, `content/${file}`)).toContain(`${value} (revised)`);
    });
    await test.step(`${entry}: closed`, async () => {
      // The editor closes the entry after saving by going back in its history; the next entry is
      // opened once it has (opened earlier, that step back would return to this entry).
      await expect(page).not.toHaveURL(/\/entries\//);
      await expect(page.getByRole('button', { name: '保存', exact: true })).toBeHidden();
    });
    expected.set(`content/${file}`, old.replace(`${key}: ${value}\n`, `${key}: ${value} (revised)\n`));
  }
  await copyBackFromBrowser(page, repo);
  const after = snapshot(repo);
  expect(changedFiles(before, after)).toEqual([...expected.keys()].sort());
  for (const [file, text] of expected) expect(after.get(file)!.toString(), file).toBe(text);
}

// Every collection but the clauses and the photos (the tests above edit one of each): split in two
// so that each test stays far below its limit on a busy machine. The collections holding an entry
// the site needs, and the participants (photos name them), offer no Delete.
test('saving a news, ceremony or statement entry changes only the line the editor changed; none offers Delete', async ({
  page,
}) => {
  await expectOnlyTheEditedLines(page, [
    ['news/entries/mou-renewal', 'news/en/mou-renewal.mdx', '見出し', 'title', false],
    ['ceremony/entries/signing-ceremony', 'ceremony/en/signing-ceremony.mdx', '見出し', 'title', false],
    ['statements/entries/accessibility', 'statements/en/accessibility.mdx', '見出し', 'title', false],
  ]);
});

test('saving a memorandum, organisation or participant entry changes only the line the editor changed; none offers Delete', async ({
  page,
}) => {
  await expectOnlyTheEditedLines(page, [
    ['mou/entries/memorandum', 'mou/en/memorandum.yaml', '導入文', 'lead', false],
    ['organisations/entries/biom', 'organisations/en/biom.yaml', '正式名称', 'name', false],
    ['participants/entries/kono', 'participants/en/kono.yaml', '役職', 'role', false],
  ]);
});
