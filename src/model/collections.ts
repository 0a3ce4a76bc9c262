/**
 * The content contract: which collections exist, where their files live, in which format, and
 * which fields must agree between the two languages. Astro's collections (src/content.config.ts),
 * the content checks, the CMS, the scaffolder and the translation report all read this one table;
 * each collection's schema is in src/schemas/index.ts, keyed by the same names.
 */
import { ANNOUNCEMENT_KEY } from './announcement';
import { KEY_PATTERN } from './keys';
import { isLocale, LOCALES, type Locale } from './locales';

/** Where the content lives, relative to the project root: one folder per collection, and media. */
export const CONTENT_DIR = 'content';
export const MEDIA_DIR = `${CONTENT_DIR}/media`;

export interface CollectionSpec {
  /** File extensions accepted for entries, first one is the one to use for new entries. */
  extensions: readonly string[];
  /** Whether the file is YAML data or Markdown/MDX with YAML frontmatter. */
  format: 'yaml' | 'mdx';
  /** Collections with exactly one entry name it here. */
  onlyKey?: string;
  /** Fields whose values must be identical in both languages (dates, numbers, keys, paths). */
  same: readonly string[];
  /** Text fields that must be present in both languages or in neither. */
  bothOrNeither: readonly string[];
  /** Fields that may differ or exist in one language only (e.g. the katakana reading, Japanese only). */
  free: readonly string[];
  /** Fields holding image paths (compared and checked as files). */
  images: readonly string[];
}

export const COLLECTIONS = {
  news: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    same: ['date', 'mouSigned', 'draft'],
    bothOrNeither: ['title', 'description'],
    free: [],
    images: [],
  },
  mou: {
    extensions: ['.yaml'],
    format: 'yaml',
    onlyKey: 'memorandum',
    same: ['termStart', 'termYears', 'draft'],
    bothOrNeither: ['title', 'description', 'purposesHeading', 'lead', 'itemsHeading', 'termHeading', 'term'],
    free: [],
    images: [],
  },
  clauses: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    same: ['kind', 'number', 'draft'],
    bothOrNeither: [],
    free: [],
    images: [],
  },
  ceremony: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
    onlyKey: 'signing-ceremony',
    same: ['date', 'draft'],
    bothOrNeither: ['title', 'description', 'place', 'eventName'],
    free: [],
    images: [],
  },
  photos: {
    extensions: ['.yaml'],
    format: 'yaml',
    same: ['order', 'image', 'standIn', 'participants', 'draft'],
    bothOrNeither: ['heading', 'caption', 'alt'],
    free: [],
    images: ['image'],
  },
  participants: {
    extensions: ['.yaml'],
    format: 'yaml',
    same: ['name', 'nameLanguage', 'organisation', 'draft'],
    bothOrNeither: ['role'],
    // Free: the Japanese 氏 says nothing about the person, an English Mr./Ms. says their gender.
    // The English captions give Shimamura none, so the English file has none; the Japanese has 氏.
    free: ['reading', 'honorific'],
    images: [],
  },
  organisations: {
    extensions: ['.yaml'],
    format: 'yaml',
    same: ['order', 'partner', 'url', 'logo', 'draft'],
    bothOrNeither: ['name', 'shortName', 'description', 'logoAlt'],
    free: [],
    images: ['logo'],
  },
  statements: {
    extensions: ['.mdx', '.md'],
    format: 'mdx',
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

/** The folder of a collection's entries, relative to the project root: content/news. */
export const collectionFolder = (collection: CollectionName) => `${CONTENT_DIR}/${collection}`;

/**
 * The entry a file is, from its path: 'content/clauses/en/item-07.mdx', or an absolute path ending
 * so, is { collection: 'clauses', locale: 'en', key: 'item-07' }; any other file is undefined.
 */
export function entryOfPath(file: string): { collection: CollectionName; locale: Locale; key: string } | undefined {
  const [folder, collection, locale, name] = file.replaceAll('\\', '/').split('/').slice(-4);
  if (folder !== CONTENT_DIR || !collection || !isCollectionName(collection) || !isLocale(locale) || !name)
    return undefined;
  const extension = COLLECTIONS[collection].extensions.find((ext) => name.endsWith(ext));
  const key = extension && name.slice(0, -extension.length);
  return key && KEY_PATTERN.test(key) ? { collection, locale, key } : undefined;
}

/** The file-name pattern Astro's glob loader reads for a collection: '{ja,en}/*.{mdx,md}'. */
export function entryGlob(collection: CollectionName): string {
  const extensions = COLLECTIONS[collection].extensions.map((ext) => ext.slice(1));
  const any = (names: readonly string[]) => (names.length === 1 ? names[0] : `{${names.join(',')}}`);
  return `${any(LOCALES)}/*.${any(extensions)}`;
}
