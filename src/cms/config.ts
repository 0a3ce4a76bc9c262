/**
 * The CMS configuration (Sveltia CMS, Decap-compatible), derived from the content model
 * (src/model/collections.ts) and the Zod schemas: one collection per model collection, one
 * field per schema field, labels from the field names, hints from `.describe()`, widgets and
 * validation from the schema's types and checks, and the i18n mode from the model's field lists.
 * Nothing here is kept by hand except the few choices the schemas cannot express (MEDIA_FOLDERS,
 * the Markdown toolbar); the unit test tests/unit/cms/config.test.ts keeps them in step.
 */
import { z, type ZodType } from 'astro/zod';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  DEFAULT_LOCALE,
  KEY_PATTERN,
  KEY_RULE,
  LOCALES,
  REQUIRED_ENTRIES,
  type CollectionName,
} from '../model';
import { schemaFor } from '../schemas';

/** Where uploaded images of each image field go, under content/media/. */
export const MEDIA_FOLDERS: Record<string, string> = {
  'photos.image': 'photos',
  'organisations.logo': 'logos',
};

/** Entries live at content/<collection>/<locale>/<key>; media at content/media/<folder>/. */
const relativeToEntry = (folder: string) => `../../media/${folder}`;

/**
 * The Markdown toolbar: what content may contain (see docs/editing.md, "Content is text, not
 * code"). No raw-source mode, so no HTML can be typed; no editor components (images, code
 * blocks, embeds), since the MDX allowlist has none.
 */
export const MARKDOWN_OPTIONS = {
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  modes: ['rich_text'],
  linked_images: false,
} as const;

export interface CmsBackendOptions {
  /** GitHub "owner/name". */
  repo: string;
  branch: string;
  /** The OAuth client (proxy) that signs editors in; see docs/editing.md. */
  authUrl?: string | undefined;
}

export type CmsField = Record<string, unknown> & { name: string; widget: string };
export interface CmsCollection {
  name: CollectionName;
  fields: CmsField[];
  [option: string]: unknown;
}

// Zod 4 keeps a schema's structure in `_zod.def`; these are the parts the CMS needs.
interface Def {
  type: string;
  innerType?: ZodType;
  defaultValue?: unknown;
  in?: ZodType;
  out?: ZodType;
  element?: ZodType;
  entries?: Record<string, string>;
  shape?: Record<string, ZodType>;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
}
const defOf = (schema: ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: ZodType) =>
  (z.globalRegistry.get(schema) ?? {}) as { description?: string; references?: string; [k: string]: unknown };

interface Unwrapped {
  schema: ZodType;
  optional: boolean;
  defaultValue?: unknown;
  description?: string | undefined;
  references?: string | undefined;
}

/** Peels optional, default and preprocess wrappers off a field, keeping the outermost description. */
export function unwrap(field: ZodType): Unwrapped {
  let schema = field;
  let optional = false;
  let defaultValue: unknown;
  let description: string | undefined;
  let references: string | undefined;
  for (;;) {
    const meta = metaOf(schema);
    description ??= meta.description ?? schema.description;
    references ??= meta.references;
    const def = defOf(schema);
    if (def.type === 'optional') {
      optional = true;
      schema = def.innerType!;
    } else if (def.type === 'default') {
      optional = true;
      defaultValue = def.defaultValue;
      schema = def.innerType!;
    } else if (def.type === 'pipe' && defOf(def.in!).type === 'transform') {
      schema = def.out!; // z.preprocess: the CMS writes what the schema finally accepts.
    } else return { schema, optional, defaultValue, description, references };
  }
}

const checksOf = (schema: ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);

/** "mouSigned" → "Mou signed". */
export const labelOf = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The object shape of a collection's schema (with the image() stand-in the checks use). */
export function schemaShape(collection: CollectionName): Record<string, ZodType> {
  const schema = schemaFor(collection, { image: () => z.string() });
  const shape = defOf(schema).shape;
  if (!shape) throw new Error(`CMS config: the schema of ${collection} is not an object`);
  return shape;
}

function i18nMode(collection: CollectionName, name: string): true | 'duplicate' {
  const spec = COLLECTIONS[collection];
  if ((spec.same as readonly string[]).includes(name)) return 'duplicate';
  if ([...spec.bothOrNeither, ...spec.free].includes(name as never)) return true;
  throw new Error(
    `CMS config: ${collection}.${name} is in none of same, bothOrNeither or free in src/model/collections.ts`,
  );
}

// Sveltia reads "/source/flags" strings as regular expressions, so Unicode classes (\p{…}) keep the u flag.
const regexSource = (pattern: RegExp) => `/${pattern.source}/${pattern.flags.replace(/[gy]/g, '')}`;

/** The widget and validation for one value (a field, or a list's item). */
function widgetFor(collection: CollectionName, name: string, field: Unwrapped): Record<string, unknown> {
  const { schema, references } = field;
  const def = defOf(schema);
  const checks = checksOf(schema);
  const spec = COLLECTIONS[collection];
  if ((spec.images as readonly string[]).includes(name)) {
    const folder = MEDIA_FOLDERS[`${collection}.${name}`];
    if (!folder) throw new Error(`CMS config: no media folder for the image field ${collection}.${name}`);
    return {
      widget: 'image',
      // Stored under content/media/<folder>/ (a path from the project root), written into the
      // entry as the path relative to the entry file, as the schema's image() expects.
      media_folder: `/content/media/${folder}`,
      public_folder: relativeToEntry(folder),
      choose_url: false,
    };
  }
  if (references) {
    if (!(COLLECTION_NAMES as string[]).includes(references))
      throw new Error(`CMS config: ${collection}.${name} refers to the unknown collection ${references}`);
    const shown = 'name' in schemaShape(references as CollectionName) ? 'name' : '{{slug}}';
    return {
      widget: 'relation',
      collection: references,
      value_field: '{{slug}}',
      search_fields: [shown === 'name' ? 'name' : '{{slug}}'],
      display_fields: [shown],
    };
  }
  switch (def.type) {
    case 'string': {
      const out: Record<string, unknown> = { widget: 'string' };
      for (const check of checks) {
        if (check.check === 'min_length' && (check.minimum as number) > 1) out.minlength = check.minimum;
        if (check.check === 'max_length') {
          out.maxlength = check.maximum;
          if ((check.maximum as number) >= 100) out.widget = 'text';
        }
        if (check.check === 'string_format' && check.format === 'regex')
          out.pattern = [regexSource(check.pattern as RegExp), check.error ? messageOf(check) : 'has the wrong form'];
      }
      if (def.format === 'url') out.pattern = ['^https://', 'must be an https:// address'];
      return out;
    }
    case 'number': {
      const out: Record<string, unknown> = { widget: 'number', value_type: 'float' };
      for (const check of checks) {
        if (check.check === 'number_format' && /int/.test(String(check.format))) out.value_type = 'int';
        if (check.check === 'greater_than') out.min = (check.value as number) + (check.inclusive ? 0 : 1);
      }
      return out;
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries!) };
    default:
      throw new Error(`CMS config: ${collection}.${name} has a type (${def.type}) the CMS config cannot show`);
  }
}

/** The error message a check gives, as the content check would show it. */
function messageOf(check: Record<string, unknown>): string {
  const error = check.error as ((issue: unknown) => unknown) | undefined;
  const result = error?.({ input: '', code: 'invalid_format' });
  const text = typeof result === 'string' ? result : (result as { message?: string } | undefined)?.message;
  return text ?? 'has the wrong form';
}

function fieldFor(collection: CollectionName, name: string, zodField: ZodType): CmsField {
  const field = unwrap(zodField);
  const i18n = i18nMode(collection, name);
  const base = {
    name,
    label: labelOf(name),
    ...(field.description ? { hint: field.description } : {}),
    required: !field.optional,
    i18n,
  };
  // A schema default of false is what an absent field means: no default, so that saving an
  // entry does not add `draft: false` (or `standIn: false`) to files that never had it.
  const defaultValue = field.defaultValue === false ? undefined : field.defaultValue;
  const def = defOf(field.schema);
  if (def.type === 'array') {
    const item = unwrap(def.element!);
    const min = checksOf(field.schema).find((c) => c.check === 'min_length')?.minimum;
    return {
      ...base,
      widget: 'list',
      // The order is meaningful (e.g. people from left to right): items can be dragged.
      allow_reorder: true,
      ...(min !== undefined ? { min } : {}),
      field: { name: 'item', label: labelOf(name), ...widgetFor(collection, name, item) },
    } as CmsField;
  }
  return {
    ...base,
    ...widgetFor(collection, name, field),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
  } as unknown as CmsField;
}

const COLLECTION_LABELS: Partial<Record<CollectionName, string>> = { mou: 'Memorandum' };

/**
 * Collections whose entries the editor cannot delete. Sveltia's `delete` is per collection, so
 * every collection holding an entry the site needs (REQUIRED_ENTRIES) is closed to deletion, as
 * are the clauses (the memorandum's text as the City published it) and the participants (the
 * photos name them; Sveltia 0.221.1 offers Delete even for a participant a photo refers to).
 * An announcement that should leave the site is switched to Draft instead (docs/editing.md).
 */
export const UNDELETABLE: ReadonlySet<CollectionName> = new Set([
  ...REQUIRED_ENTRIES.map((r) => r.collection),
  'clauses',
  'participants',
]);

export function cmsCollections(): CmsCollection[] {
  return COLLECTION_NAMES.map((name) => {
    const spec = COLLECTIONS[name];
    const shape = schemaShape(name);
    const fields = Object.entries(shape).map(([field, schema]) => fieldFor(name, field, schema));
    if (spec.format === 'mdx')
      fields.push({
        name: 'body',
        label: 'Text',
        widget: 'markdown',
        i18n: true,
        required: true,
        ...MARKDOWN_OPTIONS,
        buttons: [...MARKDOWN_OPTIONS.buttons],
        editor_components: [],
        modes: [...MARKDOWN_OPTIONS.modes],
      });
    const identifier = ['title', 'name', 'caption'].find((f) => f in shape);
    const onlyOne = 'onlyKey' in spec;
    return {
      name,
      label: COLLECTION_LABELS[name] ?? labelOf(name),
      folder: `content/${name}`,
      extension: spec.extensions[0]!.slice(1),
      format: spec.format === 'mdx' ? 'frontmatter' : 'yaml',
      i18n: true,
      create: !onlyOne,
      delete: !onlyOne && !UNDELETABLE.has(name),
      ...(identifier ? { identifier_field: identifier } : { summary: '{{slug}}' }),
      slug: {
        editable: ['create'],
        // The content check's own words for the rule, so the form says what the check says.
        pattern: [regexSource(KEY_PATTERN), `The key ${KEY_RULE}.`],
        hint: 'The key: the file name in both languages. Lower-case letters, digits and hyphens.',
      },
      fields,
    };
  });
}

/** The whole configuration. `local` leaves out nothing: local mode is chosen in the browser. */
export function cmsConfig({ repo, branch, authUrl }: CmsBackendOptions) {
  return {
    app_title: 'Kawasaki × BioM — content',
    backend: { name: 'github', repo, branch, ...(authUrl ? { base_url: authUrl } : {}) },
    // Every change is a pull request that CI checks before anyone merges it.
    publish_mode: 'editorial_workflow',
    media_folder: 'content/media',
    public_folder: '/content/media',
    show_preview_links: false,
    i18n: {
      structure: 'multiple_folders',
      locales: [...LOCALES],
      default_locale: DEFAULT_LOCALE,
      // Both languages are created together: the content check requires both files.
      initial_locales: 'all',
    },
    // Only the repository's own images: no stock-photo services (third parties).
    media_libraries: { stock_assets: false },
    output: { omit_empty_optional_fields: true },
    collections: cmsCollections(),
  };
}
