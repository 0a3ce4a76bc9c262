import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, setField, type Fixture } from '../helpers';
import { LOCALES } from '../../../src/model/locales';

let f: Fixture;
afterEach(() => f?.cleanUp());

/** Runs one change on a fresh copy of the real content and returns the lines the check prints. */
function problemsAfter(change: (f: Fixture) => void): string[] {
  f = contentFixture();
  change(f);
  return f.check().lines;
}

describe('malformed content is refused with the file and field named', () => {
  it('a number written in words', () => {
    expect(problemsAfter((f) => setField(f, 'content/clauses/ja/item-07.mdx', 'number', 'seven'))).toContain(
      'content/clauses/ja/item-07.mdx: number: must be a whole number (got "seven")',
    );
  });

  it('a number that is not whole', () => {
    expect(problemsAfter((f) => setField(f, 'content/mou/en/memorandum.yaml', 'termYears', '2.5'))).toContain(
      'content/mou/en/memorandum.yaml: termYears: must be a whole number (got 2.5)',
    );
  });

  it('a missing required field', () => {
    expect(
      problemsAfter((f) => f.edit('content/participants/en/kono.yaml', (t) => t.replace(/^role:.*\n/m, ''))),
    ).toEqual(['content/participants/en/kono.yaml: role: is required but missing; add it']);
  });

  it('a wrong type', () => {
    expect(problemsAfter((f) => setField(f, 'content/organisations/ja/biom.yaml', 'partner', 'yes please'))).toContain(
      'content/organisations/ja/biom.yaml: partner: must be true or false (got "yes please")',
    );
  });

  it('an impossible date', () => {
    expect(
      problemsAfter((f) => setField(f, 'content/ceremony/ja/signing-ceremony.mdx', 'date', "'2020-02-30'")),
    ).toContain('content/ceremony/ja/signing-ceremony.mdx: date: is not a real calendar date (got "2020-02-30")');
  });

  it('a date in the wrong form', () => {
    expect(problemsAfter((f) => setField(f, 'content/news/en/mou-renewal.mdx', 'date', 'February 2020'))).toContain(
      'content/news/en/mou-renewal.mdx: date: must be written as YYYY, YYYY-MM or YYYY-MM-DD (got "February 2020")',
    );
  });

  it('a misspelt field name', () => {
    expect(
      problemsAfter((f) => f.edit('content/participants/ja/kono.yaml', (t) => t.replace('honorific:', 'honourific:'))),
    ).toContain(
      'content/participants/ja/kono.yaml: honourific: is not a field of this kind of entry; check the spelling (fields: name, nameLanguage, reading, honorific, role, organisation, draft)',
    );
  });

  it('an empty text', () => {
    expect(problemsAfter((f) => setField(f, 'content/photos/en/group-photo.yaml', 'alt', "''"))).toEqual([
      'content/photos/en/group-photo.yaml: alt: must not be empty',
    ]);
  });

  it('an unknown clause kind', () => {
    expect(problemsAfter((f) => setField(f, 'content/clauses/en/item-02.mdx', 'kind', 'article'))).toContain(
      'content/clauses/en/item-02.mdx: kind: must be either purpose or item (got "article")',
    );
  });

  it('malformed YAML', () => {
    expect(
      problemsAfter((f) => f.edit('content/organisations/en/king-skyfront.yaml', (t) => `${t}shortName: [KING\n`)),
    ).toEqual([
      expect.stringMatching(
        /^content\/organisations\/en\/king-skyfront\.yaml:\d+: the YAML cannot be read \(.+\); check indentation, the colon after each field name, and quotes around text containing ": " or starting with a special character$/,
      ),
    ]);
  });

  it('malformed MDX frontmatter YAML', () => {
    expect(
      problemsAfter((f) =>
        f.edit('content/clauses/ja/item-03.mdx', (t) => t.replace('number: 3', 'number: 3\n  kind: purpose')),
      ),
    ).toEqual([expect.stringMatching(/^content\/clauses\/ja\/item-03\.mdx:\d+: the YAML cannot be read/)]);
  });

  it('frontmatter without its closing line', () => {
    expect(problemsAfter((f) => f.edit('content/clauses/ja/item-03.mdx', (t) => t.replace(/^---\n\n/m, '\n')))).toEqual(
      [
        'content/clauses/ja/item-03.mdx:1: the frontmatter starts with "---" but has no closing "---" line; add one after the last field',
      ],
    );
  });

  it('a reference to a participant that does not exist', () => {
    const change = (f: Fixture) => {
      for (const locale of LOCALES)
        f.edit(`content/photos/${locale}/signing-photo.yaml`, (t) => t.replace('  - takahashi', '  - tanaka'));
    };
    expect(problemsAfter(change)).toEqual([
      'content/photos/en/signing-photo.yaml: participants[2]: there is no participant "tanaka" (no file content/participants/en/tanaka.yaml); use the file name of an existing participant, without .yaml.',
      'content/photos/ja/signing-photo.yaml: participants[2]: there is no participant "tanaka" (no file content/participants/ja/tanaka.yaml); use the file name of an existing participant, without .yaml.',
    ]);
  });

  it('a reference to an organisation that does not exist', () => {
    const change = (f: Fixture) => {
      for (const locale of LOCALES) setField(f, `content/participants/${locale}/kono.yaml`, 'organisation', 'kiip');
    };
    expect(problemsAfter(change)).toEqual([
      'content/participants/en/kono.yaml: organisation: there is no organisation "kiip" (no file content/organisations/en/kiip.yaml); use the file name of an existing organisation, without .yaml.',
      'content/participants/ja/kono.yaml: organisation: there is no organisation "kiip" (no file content/organisations/ja/kiip.yaml); use the file name of an existing organisation, without .yaml.',
    ]);
  });

  it('an image path that does not exist', () => {
    expect(
      problemsAfter((f) =>
        setField(f, 'content/organisations/en/biom.yaml', 'logo', '../../media/logos/biom-2020.svg'),
      ),
    ).toEqual([
      'content/organisations/en/biom.yaml: logo: there is no image file at content/media/logos/biom-2020.svg (the path "../../media/logos/biom-2020.svg" is relative to this file; images live in content/media/)',
    ]);
  });

  it('an image given as a web address', () => {
    expect(
      problemsAfter((f) => setField(f, 'content/photos/ja/group-photo.yaml', 'image', 'https://example.org/a.jpg')),
    ).toContain(
      'content/photos/ja/group-photo.yaml: image: must be a file in content/media/, not a web address (got "https://example.org/a.jpg")',
    );
  });

  it('a duplicate clause number', () => {
    const change = (f: Fixture) => {
      for (const locale of LOCALES) setField(f, `content/clauses/${locale}/item-08.mdx`, 'number', '7');
    };
    expect(problemsAfter(change)).toEqual([
      'content/clauses/en/item-08.mdx: number: item number 7 is also used by content/clauses/en/item-07.mdx; each may be used only once.',
      'content/clauses/ja/item-08.mdx: number: item number 7 is also used by content/clauses/ja/item-07.mdx; each may be used only once.',
    ]);
  });

  it('a partner without a logo (a rule across fields)', () => {
    expect(
      problemsAfter((f) => {
        for (const locale of LOCALES)
          f.edit(`content/organisations/${locale}/biom.yaml`, (t) => t.replace(/^logo:.*\n/m, ''));
      }),
    ).toEqual([
      'content/organisations/en/biom.yaml: logo: a partner needs logo, logoAlt and url',
      'content/organisations/ja/biom.yaml: logo: a partner needs logo, logoAlt and url',
    ]);
  });

  it('a file outside the language folders', () => {
    expect(problemsAfter((f) => f.write('content/news/visit.mdx', '---\ntitle: x\n---\n'))).toEqual([
      'content/news/visit.mdx: is not in a language folder: entries go in content/news/ja/ or content/news/en/.',
    ]);
  });

  it('a file with the wrong extension', () => {
    expect(
      problemsAfter((f) => f.write('content/participants/en/tanaka.yml', f.read('content/participants/en/kono.yaml'))),
    ).toEqual([
      'content/participants/en/tanaka.yml: has the wrong file type: participants entries are .yaml files, so this one would not be published.',
    ]);
  });

  it('a file name that cannot be a key', () => {
    expect(
      problemsAfter((f) =>
        f.write('content/participants/en/Tanaka San.yaml', f.read('content/participants/en/kono.yaml')),
      ),
    ).toEqual([
      'content/participants/en/Tanaka San.yaml: the file name "Tanaka San" must use only lower-case letters a–z, digits and single hyphens (e.g. item-07).',
    ]);
  });

  it('a second memorandum', () => {
    expect(
      problemsAfter((f) => f.write('content/mou/en/memorandum-2023.yaml', f.read('content/mou/en/memorandum.yaml'))),
    ).toEqual([
      'content/mou/en/memorandum-2023.yaml: mou has exactly one entry, named memorandum.yaml; rename or remove this file.',
    ]);
  });
});
