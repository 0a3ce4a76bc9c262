import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, type Fixture } from '../helpers';

describe('drafts', () => {
  let f: Fixture;
  afterEach(() => f.cleanUp());

  it('may exist in one language only', () => {
    f = contentFixture();
    f.write(
      'content/news/en/visit.mdx',
      "---\ntitle: Visit\ndescription: A visit.\ndate: '2021'\ndraft: true\n---\n\nText.\n",
    );
    expect(f.check().lines).toEqual([]);
  });

  it('are not compared field by field when both languages are drafts', () => {
    f = contentFixture();
    for (const [locale, date] of [
      ['ja', '2021'],
      ['en', '2022'],
    ]) {
      f.write(
        `content/news/${locale}/visit.mdx`,
        `---\ntitle: Visit\ndescription: A visit.\ndate: '${date}'\ndraft: true\n---\n\nText.\n`,
      );
    }
    expect(f.check().lines).toEqual([]);
  });

  it('must be drafts in both languages when both exist', () => {
    f = contentFixture();
    f.edit('content/clauses/en/item-07.mdx', (t) => t.replace('draft: false', 'draft: true'));
    expect(f.check().lines).toEqual([
      'content/clauses/ja/item-07.mdx and content/clauses/en/item-07.mdx: draft: only the English version is a draft (ja: false, en: true); publish both languages together or keep both as drafts.',
    ]);
  });
});
