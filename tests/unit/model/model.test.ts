// The content model's few functions: which file is which entry, what Astro's loader reads, and
// the anchors of clauses, each against the variants an editor's file names produce.
import { describe, expect, it } from 'vitest';
import {
  clauseAnchor,
  entryGlob,
  entryOfPath,
  KEY_PATTERN,
  localeOfPath,
  otherLocale,
  parseClauseAnchor,
} from '../../../src/model';

describe('the entry a file is', () => {
  it('is read from the last four parts of its path, relative or absolute, with either kind of slash', () => {
    const item = { collection: 'clauses', locale: 'en', key: 'item-07' };
    expect(entryOfPath('content/clauses/en/item-07.mdx')).toEqual(item);
    expect(entryOfPath('/tmp/site/content/clauses/en/item-07.mdx')).toEqual(item);
    expect(entryOfPath('C:\\site\\content\\clauses\\en\\item-07.mdx')).toEqual(item);
    expect(entryOfPath('/site/content/news/ja/mou-renewal.md')).toEqual({
      collection: 'news',
      locale: 'ja',
      key: 'mou-renewal',
    });
    expect(entryOfPath('content/photos/ja/group-photo.yaml')).toEqual({
      collection: 'photos',
      locale: 'ja',
      key: 'group-photo',
    });
  });

  it('is none for a file outside an entry folder, in another language or format, or under a key the model refuses', () => {
    for (const file of [
      '/site/src/pages/index.astro',
      '/site/content/media/photos/x.mdx',
      '/site/content/unknown/en/x.mdx',
      '/site/content/clauses/de/item-07.mdx',
      '/site/content/clauses/en/item-07.yaml',
      '/site/content/clauses/en/Item-07.mdx',
      '/site/content/clauses/en/.mdx',
      '/site/other/clauses/en/item-07.mdx',
      'item-07.mdx',
    ])
      expect(entryOfPath(file), file).toBeUndefined();
  });
});

describe('keys and anchors', () => {
  it('a key is lower-case letters and digits in parts joined by single hyphens', () => {
    for (const key of ['item-07', 'a', '2020', 'mou-renewal']) expect(KEY_PATTERN.test(key), key).toBe(true);
    for (const key of ['Item-07', 'item--07', '-item', 'item-', 'item_07', 'ítem', 'item 07', ''])
      expect(KEY_PATTERN.test(key), key).toBe(false);
  });

  it('a clause anchor is read back as the kind and number it was made from, and nothing else is', () => {
    expect(parseClauseAnchor(clauseAnchor('item', 8))).toEqual(['item', '8']);
    expect(parseClauseAnchor(clauseAnchor('purpose', 1))).toEqual(['purpose', '1']);
    for (const anchor of ['item-', 'items-8', 'item-8a', 'xitem-8', 'fn-1'])
      expect(parseClauseAnchor(anchor)).toBeUndefined();
  });
});

describe('languages and the files Astro reads', () => {
  it('the language of a path is its prefix, else the default', () => {
    expect(localeOfPath('/en/mou/')).toBe('en');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/english/')).toBe('ja');
    expect(localeOfPath('/mou/')).toBe('ja');
    expect(otherLocale('ja')).toBe('en');
  });

  it('a collection is read in every language, in each of its formats', () => {
    expect(entryGlob('clauses')).toBe('{ja,en}/*.{mdx,md}');
    expect(entryGlob('photos')).toBe('{ja,en}/*.yaml');
  });
});
