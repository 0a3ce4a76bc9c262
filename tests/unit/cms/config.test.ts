import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_OPTIONS, cmsConfig, type CmsCollection } from '../../../src/cms/config';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  KEY_PATTERN,
  KEY_RULE,
  LOCALES,
  REQUIRED_ENTRIES,
  type CollectionName,
} from '../../../src/model';
import { schemaFor } from '../../../src/schemas';
import { fieldTextOf } from '../../../src/schemas/common';

const config = cmsConfig({ repo: 'owner/name', branch: 'main' });
const collectionOf = (name: string) => config.collections.find((c) => c.name === name)!;
const fieldOf = (collection: string, name: string) => collectionOf(collection).fields.find((f) => f.name === name)!;

/** The schema's own view of a collection: its object shape, read through Zod's public API. */
function shapeOf(name: CollectionName): Record<string, z.ZodType> {
  return (schemaFor(name, { image: () => z.string() }) as unknown as z.ZodObject).shape;
}

/** Schema fields without a CMS field, and CMS fields without a schema field (the body aside). */
function fieldDifferences(name: CollectionName, collection: CmsCollection) {
  const schema = Object.keys(shapeOf(name));
  const cms = collection.fields.map((f) => f.name).filter((f) => f !== 'body');
  return { missingInCms: schema.filter((f) => !cms.includes(f)), notInSchema: cms.filter((f) => !schema.includes(f)) };
}

/** Sveltia's "/source/flags" pattern string, as a RegExp. */
const patternOf = (field: Record<string, unknown>) => {
  const [source] = field.pattern as [string, string];
  const m = /^\/(.*)\/([a-z]*)$/.exec(source)!;
  return new RegExp(m[1]!, m[2]);
};

describe('CMS configuration generated from the content model', () => {
  it('has one collection per model collection, each at content/<collection>/<locale>/<key>', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    expect(config.i18n).toMatchObject({ structure: 'multiple_folders', locales: [...LOCALES], default_locale: 'ja' });
    for (const c of config.collections) expect(c.folder).toBe(`content/${c.name}`);
  });

  it.each(COLLECTION_NAMES)('%s: every schema field has a CMS field and every CMS field a schema field', (name) => {
    expect(fieldDifferences(name, collectionOf(name))).toEqual({ missingInCms: [], notInSchema: [] });
    expect(collectionOf(name).fields.some((f) => f.name === 'body')).toBe(COLLECTIONS[name].format === 'mdx');
  });

  it('notices a schema field the CMS lacks and a CMS field the schema lacks', () => {
    const news = collectionOf('news');
    const doctored = {
      ...news,
      fields: [...news.fields.filter((f) => f.name !== 'date'), { name: 'author', widget: 'string' }],
    };
    expect(fieldDifferences('news', doctored)).toEqual({ missingInCms: ['date'], notInSchema: ['author'] });
  });

  it.each(COLLECTION_NAMES)('%s: required exactly when the schema requires the field', (name) => {
    for (const [field, schema] of Object.entries(shapeOf(name)))
      expect(fieldOf(name, field).required, `${name}.${field}`).toBe(!schema.safeParse(undefined).success);
  });

  it.each(COLLECTION_NAMES)('%s: one shared value for the model’s "same" fields, translated otherwise', (name) => {
    const same: readonly string[] = COLLECTIONS[name].same;
    for (const field of Object.keys(shapeOf(name)))
      expect(fieldOf(name, field).i18n, `${name}.${field}`).toBe(same.includes(field) ? 'duplicate' : true);
  });

  it('labels each field in Japanese and gives both languages in the hint, from the schema’s fieldText', () => {
    let fields = 0;
    for (const name of COLLECTION_NAMES)
      for (const [field, schema] of Object.entries(shapeOf(name))) {
        const text = fieldTextOf(schema) ?? fieldTextOf((schema as z.ZodOptional).unwrap() as z.ZodType);
        expect(text, `${name}.${field} has fieldText`).toBeDefined();
        expect(fieldOf(name, field).label, `${name}.${field}`).toBe(text!.label.ja);
        expect(fieldOf(name, field).hint, `${name}.${field}`).toBe(
          `${text!.hint.ja}（${text!.label.en}: ${text!.hint.en}）`,
        );
        fields++;
      }
    expect(fields).toBeGreaterThan(30);
    expect(fieldOf('photos', 'participants')).toMatchObject({ label: '写っている人' });
    expect(fieldOf('photos', 'participants').hint).toContain('左から順に');
    expect(collectionOf('clauses').label).toBe('覚書の目的と同意事項');
  });

  it('writes dates in the schema’s partial formats only', () => {
    const date = patternOf(fieldOf('news', 'date'));
    for (const ok of ['2020', '2020-02', '2020-02-11']) expect(date.test(ok), ok).toBe(true);
    for (const bad of ['2020/02', '11 Feb 2020', '2020-2']) expect(date.test(bad), bad).toBe(false);
  });

  it('keeps Unicode patterns Unicode-aware (katakana reading, Latin name)', () => {
    expect(patternOf(fieldOf('participants', 'reading')).test('コウノ')).toBe(true);
    expect(patternOf(fieldOf('participants', 'reading')).test('河野')).toBe(false);
    expect(patternOf(fieldOf('participants', 'name')).test('Domdey')).toBe(true);
  });

  it('edits the people in a photo as an ordered list of participants, and organisations as a relation', () => {
    expect(fieldOf('photos', 'participants')).toMatchObject({
      widget: 'list',
      allow_reorder: true,
      min: 1,
      field: { widget: 'relation', collection: 'participants', value_field: '{{slug}}' },
    });
    expect(fieldOf('participants', 'organisation')).toMatchObject({ widget: 'relation', collection: 'organisations' });
  });

  it('picks widgets by type: number, boolean, select, image', () => {
    expect(fieldOf('clauses', 'number')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(fieldOf('organisations', 'partner')).toMatchObject({ widget: 'boolean' });
    expect(fieldOf('clauses', 'kind')).toMatchObject({ widget: 'select', options: ['purpose', 'item'] });
    expect(patternOf(fieldOf('organisations', 'url')).test('https://www.bio-m.org/')).toBe(true);
    expect(patternOf(fieldOf('organisations', 'url')).test('http://www.bio-m.org/')).toBe(false);
  });

  it('stores images under content/media/ and writes the path relative to the entry file', () => {
    expect(fieldOf('photos', 'image')).toMatchObject({
      widget: 'image',
      media_folder: '/content/media/photos',
      public_folder: '../../media/photos',
    });
    expect(fieldOf('organisations', 'logo')).toMatchObject({ media_folder: '/content/media/logos' });
  });

  it('offers a Markdown editor without raw source, HTML or components', () => {
    for (const c of config.collections.filter((c) => COLLECTIONS[c.name].format === 'mdx'))
      expect(c.fields.find((f) => f.name === 'body')).toMatchObject({
        widget: 'markdown',
        modes: ['rich_text'],
        editor_components: [],
        buttons: [...MARKDOWN_OPTIONS.buttons],
      });
  });

  it('asks for a key that follows the key pattern; one-entry collections cannot gain or lose entries', () => {
    for (const c of config.collections) {
      const slug = c.slug as { pattern: [string, string] };
      expect(slug.pattern[0]).toBe(`/${KEY_PATTERN.source}/`);
      // In Japanese first, then the check's own words: the form and the content check name the rule alike.
      expect(slug.pattern[1]).toMatch(/^キーには、.+（The key .+）$/u);
      expect(slug.pattern[1]).toContain(`（The key ${KEY_RULE}.）`);
      expect(c.create).toBe(!('onlyKey' in COLLECTIONS[c.name]));
    }
  });

  it('starts every new entry as a draft, as npm run new does', () => {
    for (const c of config.collections)
      expect(
        c.fields.find((f) => f.name === 'draft'),
        c.name,
      ).toMatchObject({ widget: 'boolean', default: true });
  });

  it('offers no Delete in collections holding an entry the site needs, the clauses or the people photos name', () => {
    for (const { collection } of REQUIRED_ENTRIES) expect(collectionOf(collection).delete).toBe(false);
    expect(collectionOf('clauses').delete).toBe(false);
    expect(collectionOf('participants').delete).toBe(false);
    // Photos: nothing refers to one, so an editor may delete it.
    expect(collectionOf('photos').delete).toBe(true);
  });

  it('publishes through pull requests on GitHub, with every language created at once', () => {
    expect(config.backend).toEqual({ name: 'github', repo: 'owner/name', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.i18n.initial_locales).toBe('all');
  });
});
