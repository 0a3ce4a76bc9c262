// A link to a page of this site must name a page the build will make: the list comes from the
// route files and the content (news entries are pages, drafts are not), never from a list kept
// by hand. Whole-build agreement of the list with dist/ is in build/npm-run-build.test.ts (the
// changed site, built once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../../site.config.mjs';
import { sitePaths, siteLinkProblem } from '../../../src/content-checks/site-links';
import { contentFixture, type Fixture } from '../helpers';

let f: Fixture;
beforeAll(() => (f = contentFixture()));
afterAll(() => f.cleanUp());

const NEWS = (title: string, body: string, draft = false) =>
  `---\ntitle: ${title}\ndescription: A note.\ndate: '2020-02'\n${draft ? 'draft: true\n' : ''}---\n\n${body}\n`;

describe('site links are checked against the pages that will be built', () => {
  it('knows every page of both languages, the feeds, the print view, the 404 pages and the public files', () => {
    const paths = sitePaths(f.check().entries);
    for (const page of [
      '/',
      '/en/',
      '/mou/',
      '/en/mou/',
      '/mou/print/',
      '/ceremony/',
      '/en/partners/',
      '/business/',
      '/news/',
      '/news/mou-renewal/',
      '/en/news/mou-renewal/',
      '/accessibility/',
      '/en/accessibility/results/',
      '/rss.xml',
      '/en/rss.xml',
      '/404.html',
      '/en/404.html',
      '/favicon.svg',
      '/robots.txt',
    ])
      expect(paths.has(page), page).toBe(true);
    for (const missing of ['/en/partner/', '/ja/mou/', '/en/mou/print/', '/news/other/', '/mou', '/en/news'])
      expect(paths.has(missing), missing).toBe(false);
  });

  it('refuses a link to a missing page, a page without its slash, and a full address on the site’s own host', () => {
    const paths = sitePaths(f.check().entries);
    expect(siteLinkProblem('/en/partner/', paths)).toBe(
      'the link "/en/partner/" goes to a page this site does not have; link to one of its pages (such as /en/mou/ or /en/partners/) or remove the link.',
    );
    expect(siteLinkProblem('/mou#item-3', paths)).toBe(
      'the link "/mou#item-3" must end its page address with a slash (/mou/); correct the link.',
    );
    expect(siteLinkProblem(`${SITE_URL}/en/partner/`, paths)).toMatch(
      /goes to a page this site does not have \(\/en\/partner\/\)/,
    );
    for (const fine of [
      '/en/partners/',
      '/en/partners/?from=news',
      `${SITE_URL}/mou/`,
      '/%6Dou/',
      '#item-3',
      'https://www.bio-m.org/partner/',
    ])
      expect(siteLinkProblem(fine, paths), fine).toBeUndefined();
  });

  it('a published news entry is a page; a draft is not, and a draft’s own links are not judged', () => {
    const body = (target: string) => `See [the other note](${target}).`;
    f.write('content/news/en/visit.mdx', NEWS('A visit', body('/en/news/plans/')));
    f.write('content/news/ja/visit.mdx', NEWS('訪問', body('/news/plans/')));
    f.write('content/news/en/plans.mdx', NEWS('Plans', body('/en/nowhere/'), true));
    f.write('content/news/ja/plans.mdx', NEWS('計画', body('/nowhere/'), true));
    try {
      expect(f.check().lines).toEqual([
        'content/news/en/visit.mdx:7: the link "/en/news/plans/" goes to a page this site does not have; link to one of its pages (such as /en/mou/ or /en/partners/) or remove the link.',
        'content/news/ja/visit.mdx:7: the link "/news/plans/" goes to a page this site does not have; link to one of its pages (such as /mou/ or /partners/) or remove the link.',
      ]);
      // Published, the draft becomes a page, and its own links are checked.
      f.edit('content/news/en/plans.mdx', (t) => t.replace('draft: true\n', ''));
      f.edit('content/news/ja/plans.mdx', (t) => t.replace('draft: true\n', ''));
      expect(f.check().lines).toEqual([
        'content/news/en/plans.mdx:7: the link "/en/nowhere/" goes to a page this site does not have; link to one of its pages (such as /en/mou/ or /en/partners/) or remove the link.',
        'content/news/ja/plans.mdx:7: the link "/nowhere/" goes to a page this site does not have; link to one of its pages (such as /mou/ or /partners/) or remove the link.',
      ]);
    } finally {
      for (const file of ['en/visit', 'ja/visit', 'en/plans', 'ja/plans']) f.remove(`content/news/${file}.mdx`);
    }
  });

  it('finds links inside emphasis and tables, and in reference definitions', () => {
    f.write(
      'content/news/en/links.mdx',
      NEWS('Links', '| a |\n| - |\n| *[this](/en/partner/)* |\n\n[x][p]\n\n[p]: /en/nowhere/'),
    );
    f.write('content/news/ja/links.mdx', NEWS('リンク', '[パートナー](/partners/)'));
    try {
      expect(f.check().lines.map((l) => l.replace(/;.*/, ''))).toEqual([
        'content/news/en/links.mdx:9: the link "/en/partner/" goes to a page this site does not have',
        'content/news/en/links.mdx:13: the link "/en/nowhere/" goes to a page this site does not have',
      ]);
    } finally {
      for (const file of ['en/links', 'ja/links']) f.remove(`content/news/${file}.mdx`);
    }
  });
});
