import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES } from '../../../src/model';
import { imageContext } from '../../../src/content-checks/schema';
import { schemaFor } from '../../../src/schemas';
import { contentFixture, repoRoot, setField, type Fixture } from '../helpers';

let f: Fixture;
afterEach(() => f?.cleanUp());

function problemsAfter(change: (f: Fixture) => void): string[] {
  f = contentFixture();
  change(f);
  return f.check().lines;
}

const SAME = 'dates, numbers, keys, links and image paths must be the same in both.';
const pair = (collection: string, file: string) =>
  `content/${collection}/ja/${file} and content/${collection}/en/${file}`;

describe('both languages agree field by field', () => {
  it('an entry missing in one language', () => {
    expect(problemsAfter((f) => f.remove('content/clauses/en/item-11.mdx'))).toEqual([
      'content/clauses/ja/item-11.mdx: has no English version (content/clauses/en/item-11.mdx); add the translation, or mark this entry draft: true until both exist.',
    ]);
  });

  it('an entry only in English', () => {
    expect(problemsAfter((f) => f.write('content/participants/en/tanaka.yaml', 'name: Tanaka\nrole: Guest\n'))).toEqual(
      [
        'content/participants/en/tanaka.yaml: has no Japanese version (content/participants/ja/tanaka.yaml); add the translation, or mark this entry draft: true until both exist.',
      ],
    );
  });

  it.each([
    ['clauses', 'item-07.mdx', 'number', '8', 'ja: 7, en: 8'],
    ['clauses', 'purpose-2.mdx', 'kind', 'item', 'ja: "purpose", en: "item"'],
    ['news', 'mou-renewal.mdx', 'date', "'2020-03'", 'ja: "2020-02", en: "2020-03"'],
    ['news', 'mou-renewal.mdx', 'mouSigned', "'2017-12'", 'ja: "2017-11", en: "2017-12"'],
    ['mou', 'memorandum.yaml', 'termStart', "'2020-03'", 'ja: "2020-02", en: "2020-03"'],
    ['mou', 'memorandum.yaml', 'termYears', '5', 'ja: 3, en: 5'],
    ['ceremony', 'signing-ceremony.mdx', 'date', "'2020-02-12'", 'ja: "2020-02-11", en: "2020-02-12"'],
    ['photos', 'group-photo.yaml', 'order', '3', 'ja: 2, en: 3'],
    [
      'photos',
      'group-photo.yaml',
      'image',
      '../../media/photos/signing-photo.jpg',
      'ja: "../../media/photos/group-photo.jpg", en: "../../media/photos/signing-photo.jpg"',
    ],
    [
      'organisations',
      'biom.yaml',
      'url',
      'https://www.bio-m.org/en/',
      'ja: "https://www.bio-m.org/", en: "https://www.bio-m.org/en/"',
    ],
    [
      'organisations',
      'biom.yaml',
      'logo',
      '../../media/logos/city-of-kawasaki.svg',
      'ja: "../../media/logos/biom.svg", en: "../../media/logos/city-of-kawasaki.svg"',
    ],
    ['organisations', 'king-skyfront.yaml', 'partner', 'true', 'ja: false, en: true'],
    ['participants', 'domdey.yaml', 'organisation', 'city-of-kawasaki', 'ja: "biom", en: "city-of-kawasaki"'],
  ])('%s/%s: %s', (collection, file, field, value, shown) => {
    const lines = problemsAfter((f) => {
      if (field === 'partner') {
        // A partner needs a logo and url; give it the same ones as BioM so only the flag differs.
        f.edit(`content/organisations/en/${file}`, (t) =>
          t.replace(
            'partner: false',
            'partner: true\nurl: https://www.bio-m.org/\nlogo: ../../media/logos/biom.svg\nlogoAlt: stand-in',
          ),
        );
      } else setField(f, `content/${collection}/en/${file}`, field, value);
    });
    expect(lines).toContain(`${pair(collection, file)}: ${field}: the two languages disagree (${shown}); ${SAME}`);
  });

  it('photo participants in a different order', () => {
    expect(
      problemsAfter((f) =>
        f.edit('content/photos/en/signing-photo.yaml', (t) =>
          t.replace('  - domdey\n  - takahashi', '  - takahashi\n  - domdey'),
        ),
      ),
    ).toEqual([
      `${pair('photos', 'signing-photo.yaml')}: participants: the two languages disagree (ja: ["domdey", "takahashi"], en: ["takahashi", "domdey"]); ${SAME}`,
    ]);
  });

  it('a text given in one language only', () => {
    expect(
      problemsAfter((f) => f.edit('content/organisations/en/biom.yaml', (t) => t.replace(/^description:.*\n/m, ''))),
    ).toEqual([
      `${pair('organisations', 'biom.yaml')}: description: is given in ja but missing in en; every text must exist in both languages.`,
    ]);
  });

  it('a caption missing in one language', () => {
    expect(
      problemsAfter((f) => f.edit('content/photos/ja/signing-photo.yaml', (t) => t.replace(/^caption:.*\n/m, ''))),
    ).toEqual(['content/photos/ja/signing-photo.yaml: caption: is required but missing; add it']);
  });
});

describe('the bilingual rules cover every field', () => {
  it.each(COLLECTION_NAMES)(
    '%s: each schema field is compared, required in both languages, or explicitly free',
    (name) => {
      const spec = COLLECTIONS[name];
      const schema = schemaFor(name, imageContext(path.join(repoRoot, 'content', name, 'ja', 'x.yaml'), repoRoot));
      if (!(schema instanceof z.ZodObject)) throw new Error(`${name}: the schema is not an object schema`);
      const classified = new Set<string>([...spec.same, ...spec.bothOrNeither, ...spec.free]);
      const unclassified = Object.keys(schema.shape).filter((field) => !classified.has(field));
      // A new field must be added to `same`, `bothOrNeither` or `free` in src/model/collections.ts.
      expect(unclassified).toEqual([]);
    },
  );
});

describe('the text of Markdown entries', () => {
  it('must exist in both languages', () => {
    expect(
      problemsAfter((f) =>
        f.edit('content/statements/en/accessibility.mdx', (t) => t.replace(/---\n\n[\s\S]*$/, '---\n')),
      ),
    ).toEqual([
      `${pair('statements', 'accessibility.mdx')}: text: the text below the frontmatter is written in ja but empty in en; every text must exist in both languages.`,
    ]);
  });
});
