import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTION_NAMES } from '../../../src/model';
import { schemaFor } from '../../../src/schemas';
import { fieldTextOf } from '../../../src/schemas/common';
import { ScaffoldError, createEntry, fieldGuide } from '../../../src/authoring/scaffold';
import { canonicalEntryText } from '../../../src/cms/canonical';
import { contentFixture, repoRoot, type Fixture } from '../helpers';
import { LOCALES } from '../../../src/model/locales';

let f: Fixture;
afterEach(() => f?.cleanUp());

// Runs npm run new and the content check in a temporary copy: seconds each, more when busy.
describe('npm run new', { timeout: 60_000 }, () => {
  it.each(COLLECTION_NAMES.filter((c) => c !== 'mou' && c !== 'ceremony'))(
    'creates a %s entry in both languages, as a draft in the editor’s own form that passes the checks',
    (collection) => {
      f = contentFixture();
      const files = createEntry(f.root, collection, 'new-thing');
      expect(files).toHaveLength(2);
      for (const file of files) {
        const text = f.read(file);
        expect(text).toMatch(/^draft: true$/m);
        expect(text).toContain('TODO');
        expect(canonicalEntryText(collection, text), file).toBe(text);
      }
      expect(f.check().lines).toEqual([]);
    },
  );

  it('explains every field with the hint its schema gives, in both languages', () => {
    const shape = (schemaFor('organisations', { image: () => z.string() }) as z.ZodObject).shape;
    const guide = fieldGuide('organisations');
    expect(guide).toHaveLength(Object.keys(shape).length);
    for (const [name, field] of Object.entries(shape)) {
      const text = fieldTextOf(field as z.ZodType)!;
      const line = guide.find((l) => l.startsWith(`${name}`));
      expect(line, name).toContain(text.hint.ja);
      expect(line, name).toContain(text.hint.en);
    }
    expect(guide.find((l) => l.startsWith('shortName'))).toContain('(任意 / optional)');
    expect(guide.find((l) => l.startsWith('name:'))).not.toContain('任意');
  });

  it('gives both languages the same next number', () => {
    f = contentFixture();
    const [ja, en] = createEntry(f.root, 'photos', 'new-thing').map((file) => f.read(file));
    const order = (text: string) => /^order: (\d+)$/m.exec(text)?.[1];
    expect(order(ja!)).toBeDefined();
    expect(order(ja!)).toBe(order(en!));
  });

  it('writes Japanese stubs that pass lint:ja', () => {
    f = contentFixture();
    const files = ['news', 'clauses'].map((c) => createEntry(f!.root, c, 'new-thing')[0]!);
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts/verify/lint-ja.mjs'), ...files.map((file) => path.join(f!.root, file))],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('creates the single memorandum when it is missing, as a draft the check refuses until it is filled in', () => {
    f = contentFixture();
    for (const locale of LOCALES) f.remove(`content/mou/${locale}/memorandum.yaml`);
    expect(createEntry(f.root, 'mou', 'memorandum')).toEqual([
      'content/mou/ja/memorandum.yaml',
      'content/mou/en/memorandum.yaml',
    ]);
    // The site cannot be built without the memorandum, so its stub may not stay a draft: the
    // check names both files and nothing else (the stub itself is well formed).
    expect(f.check().lines).toEqual(
      ['en', 'ja'].map(
        (locale) =>
          `content/mou/${locale}/memorandum.yaml: draft: cannot be a draft, because the memorandum page and its print view show it; set draft to false.`,
      ),
    );
  });

  it('refuses to overwrite', () => {
    f = contentFixture();
    const before = f.read('content/participants/ja/kono.yaml');
    expect(() => createEntry(f.root, 'participants', 'kono')).toThrow(
      new ScaffoldError(
        'content/participants/en/kono.yaml and content/participants/ja/kono.yaml already exist; nothing was changed. Edit the existing files or choose another name.',
      ),
    );
    expect(f.read('content/participants/ja/kono.yaml')).toBe(before);
  });

  it('refuses when only one language exists, and creates nothing', () => {
    f = contentFixture();
    f.remove('content/participants/en/kono.yaml');
    expect(() => createEntry(f.root, 'participants', 'kono')).toThrow(
      /content\/participants\/ja\/kono\.yaml already exists/,
    );
    expect(fs.existsSync(path.join(f.root, 'content/participants/en/kono.yaml'))).toBe(false);
  });

  it('refuses an unknown collection', () => {
    f = contentFixture();
    expect(() => createEntry(f.root, 'people', 'tanaka')).toThrow(
      '"people" is not a collection. Use one of: news, mou, clauses, ceremony, photos, participants, organisations, statements. Example: npm run new -- news my-announcement',
    );
  });

  it.each(['Tanaka', 'tanaka san', 'item_12', '-x', '../x'])('refuses the key %j', (key) => {
    f = contentFixture();
    expect(() => createEntry(f.root, 'participants', key)).toThrow(
      `"${key}" cannot be an entry name: use lower-case letters a–z, digits and single hyphens, e.g. item-12 or visit-2021.`,
    );
  });

  it('refuses a second entry in a one-entry collection', () => {
    f = contentFixture();
    expect(() => createEntry(f.root, 'ceremony', 'second-ceremony')).toThrow(
      'ceremony has exactly one entry, named signing-ceremony; edit that one instead.',
    );
  });

  it('prints the refusal from the command line with a non-zero exit', () => {
    f = contentFixture();
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts/authoring/new-entry.mjs'), 'people', 'tanaka'],
      {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_ROOT: f.root },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot create the entry: "people" is not a collection.');
  });
});
