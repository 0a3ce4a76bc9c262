import { afterEach, describe, expect, it } from 'vitest';
import { REQUIRED_ENTRIES } from '../../../src/model/collections';
import { contentFixture, type Fixture } from '../helpers';
import { LOCALES } from '../../../src/model/locales';

let f: Fixture;
afterEach(() => f?.cleanUp());

function linesAfterChange(change: (f: Fixture) => void): string[] {
  f = contentFixture();
  change(f);
  return f.check().lines;
}

describe('entries the site needs cannot be deleted or hidden', () => {
  it('deleting the announcement in both languages is refused, naming it and the page that needs it', () => {
    const lines = linesAfterChange((f) => {
      f.remove('content/news/ja/mou-renewal.mdx');
      f.remove('content/news/en/mou-renewal.mdx');
    });
    expect(lines).toEqual([
      'content/news/en/mou-renewal.mdx: is missing, but the home page presents this announcement: this entry cannot be deleted; restore it (undo the change that removed it).',
      'content/news/ja/mou-renewal.mdx: is missing, but the home page presents this announcement: this entry cannot be deleted; restore it (undo the change that removed it).',
    ]);
  });

  // One content check per required entry (2–5 s each on a busy 2-core machine), on one copy.
  it('every required entry, deleted in one language only, is named', { timeout: 90_000 }, () => {
    f = contentFixture();
    const entries = f.check().entries;
    for (const { collection, key, neededBy } of REQUIRED_ENTRIES) {
      const file = entries.find((e) => e.collection === collection && e.key === key && e.locale === 'en')!.file;
      const original = f.read(file);
      f.remove(file);
      try {
        expect(f.check().lines).toContain(
          `${file}: is missing, but ${neededBy}: this entry cannot be deleted; restore it (undo the change that removed it).`,
        );
      } finally {
        f.write(file, original);
      }
    }
  });

  it('making the memorandum a draft in both languages is refused', () => {
    const lines = linesAfterChange((f) => {
      for (const locale of LOCALES)
        f.edit(`content/mou/${locale}/memorandum.yaml`, (t) => t.replace('draft: false', 'draft: true'));
    });
    expect(lines).toContain(
      'content/mou/ja/memorandum.yaml: draft: cannot be a draft, because the memorandum page and its print view show it; set draft to false.',
    );
  });

  it('deleting a participant a photo still shows is refused, naming the photo that refers to it', () => {
    const lines = linesAfterChange((f) => {
      f.remove('content/participants/ja/takahashi.yaml');
      f.remove('content/participants/en/takahashi.yaml');
    });
    expect(lines).toContain(
      'content/photos/ja/signing-photo.yaml: participants[2]: there is no participant "takahashi" (no file content/participants/ja/takahashi.yaml); use the file name of an existing participant, without .yaml.',
    );
  });

  it('deleting an entry nothing needs (a second news entry) passes', () => {
    const lines = linesAfterChange((f) => {
      for (const locale of LOCALES) {
        f.write(`content/news/${locale}/visit-2021.mdx`, f.read(`content/news/${locale}/mou-renewal.mdx`));
        f.remove(`content/news/${locale}/visit-2021.mdx`);
      }
    });
    expect(lines).toEqual([]);
  });
});
