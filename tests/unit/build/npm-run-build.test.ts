// Whole-build tests: the real `npm run build`, on one temporary copy of the project, only for what
// only a build proves. In order, on the same copy and cache:
// - a refusal at the content check runs no content code and leaves dist/ alone;
// - a failure later, while pages are written, leaves dist/ alone and prints no stack trace;
// - one successful build of a changed site (two more announcements and a draft, content whose ids
//   would collide with the site's, agreed item (11) deleted in both languages, a camera upload as
//   the group photo) swaps dist/ as a whole, and its dist/ is read by every test of the news
//   section, of the derived clause counts, of the ids and of the published photos;
// - the next build after a clause's .mdx → .md rename works from that build's cache;
// - with the content check off, the build guard refuses an upload cut short, naming it.
// What the check refuses, and with which line, is proven in-process (content-checks/:
// hostile-fixtures, malformed-entries, pairs, hostile-input).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'parse5';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-checks/index';
import { sitePaths } from '../../../src/content-checks/site-links';
import { imageAddressesOfPage, distPathOf } from '../../../src/integrations/unreferenced-images';
import { ADMIN_PATH } from '../../../src/deploy/headers.mjs';
import { builtFiles, htmlFiles, urlOf } from '../../../src/lib/built-html';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy';
import { LOCALES } from '../../../src/model/locales';

let copy: ProjectCopy;

const at = (file: string) => copy.at(file);
const read = (file: string) => fs.readFileSync(at(file), 'utf8');
const page = (file: string) => read(`dist/${file}`);

const build = (env: Record<string, string> = {}) => copy.build(env);
/** Written only if content code ran during the build. */
const MARKER = 'content-code-ran.txt';
/** An expression that would leave the marker file if MDX were ever run. */
const RUN_MARKER = `{(await import('node:fs')).writeFileSync(${JSON.stringify(MARKER)}, 'ran')}`;
const ITEM = (locale: string, number: string, ext: string) => `content/clauses/${locale}/item-${number}.${ext}`;
/** A stack trace line, as Node prints one. */
const STACK_LINE = /\n\s+at .+:\d+:\d+/;

/** Runs a build with one file changed, then puts the file back. */
function buildWith(file: string, change: (text: string) => string, env: Record<string, string> = {}) {
  const original = read(file);
  fs.writeFileSync(at(file), change(original));
  try {
    return build(env);
  } finally {
    fs.writeFileSync(at(file), original);
  }
}

function expectPreviousDistUntouched() {
  expect(read('dist/index.html')).toBe('previous build\n');
  expect(fs.readdirSync(at('dist')).sort()).toEqual(['index.html', 'marker.txt']);
  expect(fs.existsSync(at('.build-tmp'))).toBe(false);
}

// --- the changed site ---

const entry = (title: string, description: string, date: string, text: string, draft = false) =>
  `---\ntitle: ${title}\ndescription: ${description}\ndate: '${date}'\n${draft ? 'draft: true\n' : ''}---\n\n${text}\n`;

/** Titles of the list page's entries, in order, and the dates shown with them. */
function listOf(html: string) {
  const items = html.split('<li').slice(1);
  return items
    .filter((item) => item.includes('<h2'))
    .map((item) => ({
      date: /<time datetime="([^"]+)">([^<]+)<\/time>/.exec(item)?.slice(1, 3) ?? null,
      href: /<a href="([^"]+)"/.exec(item)![1],
    }));
}

/** Every id on a page, as a browser reads the HTML (templates included). */
function idsOf(html: string): string[] {
  type N = { attrs?: { name: string; value: string }[]; childNodes?: N[]; content?: N };
  const found: string[] = [];
  const visit = (node: N) => {
    for (const a of node.attrs ?? []) if (a.name === 'id') found.push(a.value);
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as N);
  return found;
}

/** Every HTML file of the public site (the content editor's page is not one). */
const builtPages = (dir: string) => htmlFiles(dir).filter((f) => !urlOf(f).startsWith(ADMIN_PATH));

const PHOTO_NAME = 'IMG_0001 (1).JPG';
const UPLOAD = `content/media/photos/${PHOTO_NAME}`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let upload: Buffer;

/** A camera-like JPEG: stored 1600 × 1200 with EXIF orientation 6 (shown 1200 × 1600), GPS position, camera make. */
async function cameraJpeg(): Promise<Buffer> {
  const { width, height } = { width: 1600, height: 1200 };
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 31/1 0/1' } })
    .toBuffer();
}

/** The changes of the changed site, applied to the copy once (they stay for the builds after it). */
async function changeTheSite() {
  for (const [locale, words] of [
    ['ja', ['テスト訪問', 'テスト用の記事です。', 'テスト用の本文です。', '春のテスト', '下書きのテスト']],
    ['en', ['Test visit', 'An entry for the test.', 'Text for the test.', 'Spring test', 'Draft test']],
  ] as const) {
    copy.write(`content/news/${locale}/visit-2021.mdx`, entry(words[0], words[1], '2021', words[2]));
    copy.write(`content/news/${locale}/spring-test.mdx`, entry(words[3], words[1], '2020-03-05', words[2]));
    copy.write(`content/news/${locale}/unfinished.mdx`, entry(words[4], words[1], '2022', words[2], true));
    // Hostile ids: a heading that slugs to the page's own anchor, and the same footnote in two clauses.
    for (const [file, addition] of [
      ['03', '\n#### Item 7\n\nSee the note[^1].\n\n[^1]: A note.\n'],
      ['04', '\nSee the note[^1].\n\n[^1]: A note.\n'],
    ] as const)
      copy.write(ITEM(locale, file, 'mdx'), copy.read(ITEM(locale, file, 'mdx')) + addition);
    // Counts and links to clauses are derived from the content, not written twice.
    fs.rmSync(at(ITEM(locale, '11', 'mdx')));
    // A camera upload (GPS EXIF, rotated by its EXIF orientation, a name with a space and brackets).
    const photo = `content/photos/${locale}/group-photo.yaml`;
    copy.write(
      photo,
      copy
        .read(photo)
        .replace(/^image: .*$/m, `image: '../../media/photos/${PHOTO_NAME}'`)
        .replace(/^standIn: true$/m, 'standIn: false'),
    );
  }
  upload = await cameraJpeg();
  expect((await sharp(upload).metadata()).exif).toBeDefined();
  copy.write(UPLOAD, upload);
}

// Each test runs a whole build: up to 103.6 s (the rename) was seen with the load average at
// about 24 on a 2-core machine, so the limit is over three times that.
const BUILD_LIMIT = 360_000;

describe('npm run build', { timeout: BUILD_LIMIT }, () => {
  beforeAll(() => {
    copy = projectCopy('build-test');
    copy.seedPreviousDist();
  });
  afterAll(() => copy.cleanUp());

  it('refuses {process.env.SECRET} and an import in MDX without evaluating either, and leaves dist/ alone', () => {
    const { status, output } = buildWith(
      'content/news/en/mou-renewal.mdx',
      (t) => `${t.trimEnd()}\n\n{process.env.SECRET}\n\n${RUN_MARKER}\n`,
      { SECRET: 'do-not-leak-this' },
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/news\/en\/mou-renewal\.mdx:\d+: "\{process\.env\.SECRET\}": expressions in curly braces are not allowed in content/,
    );
    expect(output).toContain('Build failed: dist/ was not changed');
    expect(output).not.toContain('do-not-leak-this');
    expect(output).not.toMatch(STACK_LINE); // no stack trace without DEBUG=1
    expect(fs.existsSync(at(MARKER)), 'content code ran during the build').toBe(false);
    expectPreviousDistUntouched();
  });

  it('leaves dist/ alone when the build fails later, while pages are being written, with no stack trace unless DEBUG=1', () => {
    const broken = at('src/pages/zz-broken.astro');
    fs.writeFileSync(broken, "---\nthrow new Error('deliberate failure while rendering');\n---\n");
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain('deliberate failure while rendering');
      expect(output).toContain('(stack trace left out; run with DEBUG=1 to see it)');
      expect(output).not.toMatch(STACK_LINE);
      expectPreviousDistUntouched();
    } finally {
      fs.rmSync(broken);
    }
  });

  describe('a changed site, built once', () => {
    let output = '';
    let status: number | null = null;
    beforeAll(async () => {
      await changeTheSite();
      ({ status, output } = build());
    }, BUILD_LIMIT);

    it('replaces dist/ as a whole when the build succeeds', () => {
      expect(output).toContain('Build complete: dist/ now holds the new site.');
      expect(status).toBe(0);
      expect(read('dist/index.html')).toContain('<html');
      expect(fs.existsSync(at('dist/marker.txt'))).toBe(false);
      expect(fs.existsSync(at('dist/en/index.html'))).toBe(true);
      expect(fs.existsSync(at('.build-tmp'))).toBe(false);
    });

    describe('the news section with three announcements and a draft', () => {
      it('lists every published entry newest first, each date at the precision the content has', () => {
        expect(status).toBe(0);
        expect(listOf(page('news/index.html'))).toEqual([
          { date: ['2021', '2021年'], href: '/news/visit-2021/' },
          { date: ['2020-03-05', '2020年3月5日'], href: '/news/spring-test/' },
          // The announcement is presented by the home page and, like its own page, shows no date.
          { date: null, href: '/' },
        ]);
        expect(listOf(page('en/news/index.html'))).toEqual([
          { date: ['2021', '2021'], href: '/en/news/visit-2021/' },
          { date: ['2020-03-05', '5 March 2020'], href: '/en/news/spring-test/' },
          { date: null, href: '/en/' },
        ]);
        expect(fs.existsSync(at('dist/news/unfinished/index.html'))).toBe(false);
      });

      it('links the list from every page’s navigation and from the home page', () => {
        for (const [file, list] of [
          ['index.html', '/news/'],
          ['en/index.html', '/en/news/'],
          ['mou/index.html', '/news/'],
        ] as const) {
          const html = page(file);
          const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
          expect(nav, file).toContain(`href="${list}"`);
        }
        expect(page('index.html').split('href="/news/"').length - 1).toBe(2);
      });

      it('puts every published entry in the sitemap, the feeds and the search index, and the draft nowhere', () => {
        const sitemap = page('sitemap-0.xml');
        for (const url of ['/news/', '/news/visit-2021/', '/news/spring-test/', '/en/news/', '/en/news/visit-2021/'])
          expect(sitemap).toContain(`<loc>https://kawasaki-biom.example.jp${url}</loc>`);
        expect(page('rss.xml')).toContain('/news/visit-2021/');
        expect(page('en/rss.xml')).toContain('/en/news/spring-test/');
        const fragments = fs
          .readdirSync(at('dist/pagefind/fragment'))
          .map((f) => zlib.gunzipSync(fs.readFileSync(at(`dist/pagefind/fragment/${f}`))).toString());
        for (const url of ['/news/visit-2021/', '/en/news/spring-test/', '/news/'])
          expect(
            fragments.some((f) => f.includes(`"url":"${url}"`)),
            url,
          ).toBe(true);
        for (const text of [sitemap, page('rss.xml'), ...fragments]) expect(text).not.toContain('unfinished');
      });
    });

    describe('ids and pages', () => {
      it('holds every id once on every page, with a heading "Item 7" in clause (3) and footnotes in two clauses', () => {
        expect(status).toBe(0);
        const pages = builtPages(at('dist'));
        expect(pages.length).toBeGreaterThan(20);
        for (const file of pages) {
          const ids = idsOf(page(file));
          const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
          expect(twice, file).toEqual([]);
        }
        for (const file of ['mou/index.html', 'en/mou/index.html', 'mou/print/index.html']) {
          const ids = idsOf(page(file));
          // The site's anchor is the clause's own card, and the content's heading is its entry's.
          expect(ids, file).toContain('item-7');
          expect(ids.filter((id) => /item-7$/.test(id) && id !== 'item-7').length, file).toBeGreaterThanOrEqual(1);
          // Both clauses' footnotes are there, under different ids.
          expect(ids.filter((id) => /fn-1$/.test(id)).length, file).toBeGreaterThanOrEqual(2);
        }
      });

      it('the content check knows every page the build made, the new news pages included, and not the draft', () => {
        const { entries } = checkContent(copy.root);
        const known = sitePaths(entries);
        const missing = builtPages(at('dist'))
          .map(urlOf)
          .filter((url) => !known.has(url));
        expect(missing).toEqual([]);
        expect(known.has('/news/visit-2021/')).toBe(true);
        expect(known.has('/en/news/spring-test/')).toBe(true);
        expect(known.has('/news/unfinished/')).toBe(false);
      });
    });

    describe('agreed item (11) deleted in both languages', () => {
      it('builds, and the check names the site text it leaves out', () => {
        expect(status).toBe(0);
        expect(output).toContain(
          'src/lib/business.ts: the offer "business.11.title" on /business/ rests on agreed item (11), which is not in content/clauses/ (ja, en); the page leaves it out until the clause exists again.',
        );
      });

      it('the home pages count ten agreed items', () => {
        expect(page('index.html')).toContain('同意事項（10項目）');
        expect(page('index.html')).not.toContain('11項目');
        expect(page('en/index.html')).toContain('Purposes, the ten agreed items and the term');
        expect(page('en/index.html')).not.toMatch(/eleven/i);
      });

      it('no page links to #item-11, and the MoU page has no such anchor', () => {
        const pages = htmlFiles(at('dist'));
        expect(pages.length).toBeGreaterThan(10);
        for (const file of pages) expect(page(file), file).not.toMatch(/#item-11\b|id="item-11"/);
        // The offer that rested on item (11) is gone; the others stay.
        expect(page('business/index.html')).not.toContain('data-offer="11"');
        expect(page('en/business/index.html')).toContain('data-offer="10"');
      });
    });

    describe('a camera upload', () => {
      it('is published only as metadata-free, upright variants that every page address finds', async () => {
        expect(status, output.slice(-3000)).toBe(0);
        const dist = at('dist');
        const files = builtFiles(dist);
        const images = files.filter((f) => /\.(avif|webp|jpe?g|png|gif)$/i.test(f));
        const fromUpload = images.filter((f) => path.posix.basename(f).startsWith('IMG_0001 (1).'));
        expect(fromUpload.length).toBeGreaterThanOrEqual(6);
        const uploadHash = sha(upload);
        for (const file of images) {
          const bytes = fs.readFileSync(path.join(dist, file));
          expect(sha(bytes), `${file} is the upload`).not.toBe(uploadHash);
          const meta = await sharp(bytes).metadata();
          expect([meta.exif, meta.xmp, meta.iptc], `${file} carries metadata`).toEqual([
            undefined,
            undefined,
            undefined,
          ]);
        }
        for (const file of fromUpload) {
          const meta = await sharp(path.join(dist, file)).metadata();
          expect(meta.height!, `${file} is not upright`).toBeGreaterThan(meta.width!);
        }
        // Every image address of every page names a file (the name holds a space and brackets: %20).
        let addresses = 0;
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          for (const address of imageAddressesOfPage(fs.readFileSync(path.join(dist, file), 'utf8'))) {
            const target = distPathOf(address, file);
            if (target === undefined) continue;
            addresses++;
            expect(files, `${file}: ${address}`).toContain(target);
          }
        }
        expect(addresses).toBeGreaterThan(60);
        // The ceremony's structured data names a generated variant, never an upload's own address.
        const html = page('ceremony/index.html');
        const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!);
        const event = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'Event');
        expect(event.image).toHaveLength(1);
        const variant = decodeURIComponent(new URL(event.image[0]).pathname).slice(1);
        expect(fromUpload).toContain(variant);
        expect(output).toContain('no published image is an upload or carries metadata');
      });
    });
  });

  // Runs after the successful build above, on its cache: that cache is what went stale before.
  it('builds again after a clause is renamed from .mdx to .md, without deleting any cache', () => {
    expect(fs.existsSync(at('dist/en/mou/index.html')), 'the build before the rename').toBe(true);
    for (const locale of LOCALES) fs.renameSync(at(ITEM(locale, '10', 'mdx')), at(ITEM(locale, '10', 'md')));
    try {
      const { status, output } = build();
      expect(output).toContain('Build complete: dist/ now holds the new site.');
      expect(status).toBe(0);
      expect(page('en/mou/index.html')).toContain('Technology transfer between companies');
    } finally {
      for (const locale of LOCALES) fs.renameSync(at(ITEM(locale, '10', 'md')), at(ITEM(locale, '10', 'mdx')));
    }
  });

  it('with the content check off, the build guard still refuses an upload cut short, naming it', () => {
    // The image service's own refusal is proven in-process (image-service.test.ts); here the layer
    // before it: Vite's guard decodes every image a content file imports.
    copy.write(UPLOAD, upload.subarray(0, Math.floor(upload.length * 0.45)));
    copy.seedPreviousDist();
    const { status, output } = build({ CONTENT_CHECK_SKIP_FOR_TESTS: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/media/photos/${PHOTO_NAME} is damaged or incomplete (its picture data ends early or cannot be decoded); export or copy it again from the original.`,
    );
    expect(output).not.toContain('used unoptimized');
    expect(output).toContain('Build failed: dist/ was not changed');
    expect(read('dist/index.html')).toBe('previous build\n');
  });
});
