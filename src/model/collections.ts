/**
 * The content contract: which collections exist, where their files live and which fields
 * must agree between the two languages. The content checks, the scaffolder and the
 * translation report all read this one table.
 */
import type { ZodType } from 'astro/zod';
import { ANNOUNCEMENT_KEY } from './announcement';
import { ceremonySchema, participantSchema, photoSchema } from '../schemas/ceremony';
import { clauseSchema, mouSchema } from '../schemas/mou';
import { newsSchema } from '../schemas/news';
import { organisationSchema } from '../schemas/organisation';
import { statementSchema } from '../schemas/statement';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A file name (without extension) that may name an entry: lower case, digits and single hyphens. */
export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What the schema factories receive. Mirrors Astro's SchemaContext, with a stand-in image(). */
export interface CheckSchemaContext {
  image: () => ZodType;
}

export interface CollectionSpec {
  /** File extensions accepted for entries, first one is the one to use for new entries. */
  extensions: readonly string[];
  /** Whether the file is YAML data or Markdown/MDX with YAML frontmatter. */
  format: 'yaml' | 'mdx';
  /** Collections with exactly one entry name it here. */
  onlyKey?: string;
  schema: (context: CheckSchemaContext) => ZodType;
  /** Fields whose values must be identical in both languages (dates, numbers, keys, paths). */
  same: readonly string[];
  /** Text fields that must be present in both languages or in neither. */
  bothOrNeither: readonly string[];
  /** Fields that may differ or exist in one language only (e.g. the katakana reading, Japanese only). */
  free: readonly string[];
  /** Fields holding image paths (compared and checked as files). */
  images: readonly string[];
}

// The schema modules type their context as Astro's SchemaContext; ours provides the image() they use.
const withContext = (factory: unknown) => factory as (context: CheckSchemaContext) => ZodType;
const fixed = (schema: ZodType) => () => schema;

export const COLLECTIONS = {
  news: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    schema: fixed(newsSchema),
    same: ['date', 'mouSigned', 'draft'],
    bothOrNeither: ['title', 'description'],
    free: [],
    images: [],
  },
  mou: {
    extensions: ['.yaml'],
    format: 'yaml',
    onlyKey: 'memorandum',
    schema: fixed(mouSchema),
    same: ['termStart', 'termYears', 'draft'],
    bothOrNeither: ['title', 'description', 'purposesHeading', 'lead', 'itemsHeading', 'termHeading', 'term'],
    free: [],
    images: [],
  },
  clauses: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    schema: fixed(clauseSchema),
    same: ['kind', 'number', 'draft'],
    bothOrNeither: [],
    free: [],
    images: [],
  },
  ceremony: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    onlyKey: 'signing-ceremony',
    schema: fixed(ceremonySchema),
    same: ['date', 'draft'],
    bothOrNeither: ['title', 'description', 'place', 'eventName'],
    free: [],
    images: [],
  },
  photos: {
    extensions: ['.yaml'],
    format: 'yaml',
    schema: withContext(photoSchema),
    same: ['order', 'image', 'standIn', 'participants', 'draft'],
    bothOrNeither: ['heading', 'caption', 'alt'],
    free: [],
    images: ['image'],
  },
  participants: {
    extensions: ['.yaml'],
    format: 'yaml',
    schema: fixed(participantSchema),
    same: ['name', 'organisation', 'draft'],
    bothOrNeither: ['role'],
    // Free: the Japanese 氏 says nothing about the person, an English Mr./Ms. says their gender.
    // The English captions give Shimamura none, so the English file has none; the Japanese has 氏.
    free: ['reading', 'honorific'],
    images: [],
  },
  organisations: {
    extensions: ['.yaml'],
    format: 'yaml',
    schema: withContext(organisationSchema),
    same: ['order', 'partner', 'url', 'logo', 'draft'],
    bothOrNeither: ['name', 'shortName', 'description', 'logoAlt'],
    free: [],
    images: ['logo'],
  },
  statements: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    schema: fixed(statementSchema),
    same: ['draft'],
    bothOrNeither: ['title', 'description'],
    free: [],
    images: [],
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * Entries the site cannot be built without, and what needs each: they may be edited, never
 * deleted or made drafts. The content check refuses a change that removes one (naming it and
 * what needs it), and the editor offers no Delete for them (src/cms/config.ts).
 */
export const REQUIRED_ENTRIES: readonly { collection: CollectionName; key: string; neededBy: string }[] = [
  { collection: 'news', key: ANNOUNCEMENT_KEY, neededBy: 'the home page presents this announcement' },
  { collection: 'mou', key: 'memorandum', neededBy: 'the memorandum page and its print view show it' },
  {
    collection: 'ceremony',
    key: 'signing-ceremony',
    neededBy: 'the ceremony page and the home page’s key facts show it',
  },
  { collection: 'statements', key: 'accessibility', neededBy: 'the accessibility statement page shows it' },
  {
    collection: 'organisations',
    key: 'city-of-kawasaki',
    neededBy: 'every page’s data for search engines names the City from it as the publisher',
  },
];

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}
