// The news section with more than the one announcement: one real build of a project copy with
// two more entries (one dated by year only, one to the day) and a draft. Only a build shows the
// list page, the sitemap, the feeds and the search index together. The same build carries
// content whose ids would collide with the site's (a heading "Item 7" in clause (3), a footnote in
// two clauses), and checks the content check's list of pages against the pages built.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/index';
import { sitePaths } from '../../src/content-checks/site-links';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

let copy: ProjectCopy;
let output = '';
let status: number | null = null;

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

const builtPages = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
    .sort();

describe('the news section, built with three announcements and a draft', { timeout: 240_000 }, () => {
  beforeAll(() => {
    copy = projectCopy('news-build');
    for (const [locale, words] of [
      ['ja', ['テスト訪問', 'テスト用の記事です。', 'テスト用の本文です。', '春のテスト', '下書きのテスト']],
      ['en', ['Test visit', 'An entry for the test.', 'Text for the test.', 'Spring test', 'Draft test']],
    ] as const) {
      copy.write(`content/news/${locale}/visit-2021.mdx`, entry(words[0], words[1], '2021', words[2]));
      copy.write(`content/news/${locale}/spring-test.mdx`, entry(words[3], words[1], '2020-03-05', words[2]));
      copy.write(`content/news/${locale}/unfinished.mdx`, entry(words[4], words[1], '2022', words[2], true));
      // Hostile ids: a heading that slugs to the page's own anchor, and the same footnote in two clauses.
      for (const [file, addition] of [
        ['item-03', '\n#### Item 7\n\nSee the note[^1].\n\n[^1]: A note.\n'],
        ['item-04', '\nSee the note[^1].\n\n[^1]: A note.\n'],
      ] as const)
        copy.write(
          `content/clauses/${locale}/${file}.mdx`,
          copy.read(`content/clauses/${locale}/${file}.mdx`) + addition,
        );
    }
    ({ status, output } = copy.build());
  });
  afterAll(() => copy.cleanUp());

  it('lists every published entry newest first, each date at the precision the content has', () => {
    expect(output).toContain('Build complete');
    expect(status).toBe(0);
    expect(listOf(copy.read('dist/news/index.html'))).toEqual([
      { date: ['2021', '2021年'], href: '/news/visit-2021/' },
      { date: ['2020-03-05', '2020年3月5日'], href: '/news/spring-test/' },
      // The announcement is presented by the home page and, like its own page, shows no date.
      { date: null, href: '/' },
    ]);
    expect(listOf(copy.read('dist/en/news/index.html'))).toEqual([
      { date: ['2021', '2021'], href: '/en/news/visit-2021/' },
      { date: ['2020-03-05', '5 March 2020'], href: '/en/news/spring-test/' },
      { date: null, href: '/en/' },
    ]);
    expect(fs.existsSync(copy.at('dist/news/unfinished/index.html'))).toBe(false);
  });

  it('links the list from every page’s navigation and from the home page', () => {
    for (const [page, list] of [
      ['dist/index.html', '/news/'],
      ['dist/en/index.html', '/en/news/'],
      ['dist/mou/index.html', '/news/'],
    ] as const) {
      const html = copy.read(page);
      const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
      expect(nav, page).toContain(`href="${list}"`);
    }
    expect(copy.read('dist/index.html').split('href="/news/"').length - 1).toBe(2);
  });

  it('puts every published entry in the sitemap, the feeds and the search index, and the draft nowhere', () => {
    const sitemap = copy.read('dist/sitemap-0.xml');
    for (const path of ['/news/', '/news/visit-2021/', '/news/spring-test/', '/en/news/', '/en/news/visit-2021/'])
      expect(sitemap).toContain(`<loc>https://kawasaki-biom.example.jp${path}</loc>`);
    expect(copy.read('dist/rss.xml')).toContain('/news/visit-2021/');
    expect(copy.read('dist/en/rss.xml')).toContain('/en/news/spring-test/');
    const fragments = fs
      .readdirSync(copy.at('dist/pagefind/fragment'))
      .map((f) => zlib.gunzipSync(fs.readFileSync(copy.at(`dist/pagefind/fragment/${f}`))).toString());
    for (const url of ['/news/visit-2021/', '/en/news/spring-test/', '/news/'])
      expect(
        fragments.some((f) => f.includes(`"url":"${url}"`)),
        url,
      ).toBe(true);
    for (const text of [sitemap, copy.read('dist/rss.xml'), ...fragments]) expect(text).not.toContain('unfinished');
  });

  describe('ids and pages of the same build', () => {
    it('holds every id once on every page, with a heading "Item 7" in clause (3) and footnotes in two clauses', () => {
      expect(status).toBe(0);
      const pages = builtPages(copy.at('dist'));
      expect(pages.length).toBeGreaterThan(20);
      for (const page of pages) {
        const ids = idsOf(copy.read(`dist/${page}`));
        const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(twice, page).toEqual([]);
      }
      for (const page of ['dist/mou/index.html', 'dist/en/mou/index.html', 'dist/mou/print/index.html']) {
        const ids = idsOf(copy.read(page));
        // The site's anchor is the clause's own card, and the content's heading is its entry's.
        expect(ids, page).toContain('item-7');
        expect(ids.filter((id) => /item-7$/.test(id) && id !== 'item-7').length, page).toBeGreaterThanOrEqual(1);
        // Both clauses' footnotes are there, under different ids.
        expect(ids.filter((id) => /fn-1$/.test(id)).length, page).toBeGreaterThanOrEqual(2);
      }
    });

    it('the content check knows every page the build made, the new news pages included, and not the draft', () => {
      const { entries } = checkContent(copy.root);
      const known = sitePaths(entries);
      const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const missing = builtPages(copy.at('dist'))
        .map(urlOf)
        .filter((url) => !known.has(url));
      expect(missing).toEqual([]);
      expect(known.has('/news/visit-2021/')).toBe(true);
      expect(known.has('/en/news/spring-test/')).toBe(true);
      expect(known.has('/news/unfinished/')).toBe(false);
    });
  });
});
