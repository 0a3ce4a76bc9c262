/**
 * The CMS configuration (Sveltia CMS, Decap-compatible), derived from the content model
 * (src/model/collections.ts) and the Zod schemas: one collection per model collection, one
 * field per schema field, labels and hints from the schemas' fieldText (Japanese label, both
 * languages in the hint), widgets from the schema's types, and the i18n mode from the model's field lists. The form refuses before saving
 * what the content check would refuse in one field, in Japanese and then in the check's words, from the check's own
 * definitions (src/content-policy/form-rule.ts): lengths and patterns read from the schemas
 * through Zod's public API, rules stated as form rules beside the check (dates, addresses, text
 * hygiene, image types and size, the Markdown link and tag rules). Nothing here is kept by hand
 * except the few choices the schemas cannot express (MEDIA_FOLDERS, the Markdown toolbar); the
 * unit tests tests/unit/cms/config.test.ts and form-rules.test.ts keep them in step.
 */
import { z, type ZodType } from 'astro/zod';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  DEFAULT_LOCALE,
  KEY_PATTERN,
  KEY_RULE,
  KEY_RULE_JA,
  LOCALES,
  REQUIRED_ENTRIES,
  type CollectionName,
} from '../model';
import { allOf, shownMessage, type FormRule, type RuleMessage } from '../content-policy/form-rule';
import { MARKDOWN_FORM_RULE } from '../content-policy/html';
import { IMAGE_ACCEPT, IMAGE_FILE_FORM_RULE, MAX_IMAGE_BYTES } from '../content-policy/images';
import { hygieneFormRule, nfcFormRule } from '../content-policy/text-hygiene';
import { schemaFor } from '../schemas';
import { fieldTextOf, patternMessageOf, type FieldText } from '../schemas/common';
import { CMS_APP_TITLE } from './title';

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

const metaOf = (schema: ZodType) =>
  (z.globalRegistry.get(schema) ?? {}) as { description?: string; references?: string; form?: FormRule };

interface Unwrapped {
  schema: ZodType;
  optional: boolean;
  defaultValue?: unknown;
  description?: string | undefined;
  references?: string | undefined;
  /** The field's label and hint in both languages (fieldText on the schema). */
  text?: FieldText | undefined;
  /** A rule the schema states for the form (src/content-policy/form-rule.ts), where a refinement has no pattern. */
  form?: FormRule | undefined;
  /** The message of the schema's pattern check in both languages (matching() in src/schemas/common.ts). */
  patternMessage?: RuleMessage | undefined;
}

/**
 * Peels optional, default and preprocess wrappers off a field through Zod's public API, keeping
 * the outermost description and form rule.
 */
export function unwrap(field: ZodType): Unwrapped {
  let schema = field;
  let optional = false;
  let defaultValue: unknown;
  let description: string | undefined;
  let references: string | undefined;
  let form: FormRule | undefined;
  let text: FieldText | undefined;
  let patternMessage: RuleMessage | undefined;
  for (;;) {
    const meta = metaOf(schema);
    text ??= fieldTextOf(schema);
    patternMessage ??= patternMessageOf(schema);
    description ??= meta.description ?? schema.description;
    references ??= meta.references;
    form ??= meta.form;
    if (schema instanceof z.ZodOptional) {
      optional = true;
      schema = schema.unwrap() as ZodType;
    } else if (schema instanceof z.ZodDefault) {
      optional = true;
      defaultValue = schema.parse(undefined);
      schema = schema.unwrap() as ZodType;
    } else if (schema instanceof z.ZodPipe && schema.in instanceof z.ZodTransform) {
      schema = schema.out as ZodType; // z.preprocess: the CMS writes what the schema finally accepts.
    } else return { schema, optional, defaultValue, description, references, form, text, patternMessage };
  }
}

/** A value no pattern of the schemas accepts, to read the message a pattern check gives. */
const FORMAT_PROBE = '\u0000';

/**
 * The pattern check of a string schema (z.string().regex(…)) as a form rule: the pattern from
 * the schema's JSON Schema, the English message from the schema itself, by parsing a value it
 * refuses, and its Japanese from the pair the schema states with matching(). A pattern without
 * Japanese stops the configuration: an editor would read only English.
 */
export function regexRule(
  schema: z.ZodString | z.ZodStringFormat,
  message: RuleMessage | undefined,
): FormRule | undefined {
  const { pattern } = z.toJSONSchema(schema) as { pattern?: string };
  if (pattern === undefined) return undefined;
  const issue = schema.safeParse(FORMAT_PROBE).error?.issues.find((i) => i.code === 'invalid_format');
  if (!issue) throw new Error(`CMS config: no message for the pattern /${pattern}/`);
  if (message?.en !== issue.message)
    throw new Error(
      `CMS config: the pattern /${pattern}/ ("${issue.message}") has no Japanese message: state it with matching() from src/schemas/common.ts`,
    );
  return { pattern: new RegExp(pattern, 'u'), message };
}

/** The object shape of a collection's schema (with the image() stand-in the checks use). */
export function schemaShape(collection: CollectionName): Record<string, ZodType> {
  const schema = schemaFor(collection, { image: () => z.string() });
  if (!(schema instanceof z.ZodObject)) throw new Error(`CMS config: the schema of ${collection} is not an object`);
  return schema.shape as Record<string, ZodType>;
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

/** Sveltia's `pattern` option: one expression and its message. */
const patternOption = (rule: FormRule): [string, string] => [regexSource(rule.pattern), shownMessage(rule.message)];

/** Generated once from the Unicode data (src/content-policy/text-hygiene.ts). */
const NFC_FORM_RULE = nfcFormRule();

/** The widget and validation for one value (a field, or a list's item). */
function widgetFor(collection: CollectionName, name: string, field: Unwrapped): Record<string, unknown> {
  const { schema, references, form, patternMessage } = field;
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
      // The upload dialog offers only the check's image types; a file of another type that is
      // dropped in anyway (its name is what the pattern reads) is refused before saving.
      accept: IMAGE_ACCEPT,
      pattern: patternOption(IMAGE_FILE_FORM_RULE),
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
  // z.url() and the other formats are strings too, with the same public length properties.
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) {
    const out: Record<string, unknown> = { widget: 'string' };
    if ((schema.minLength ?? 0) > 1) out.minlength = schema.minLength;
    if (schema.maxLength !== null) {
      out.maxlength = schema.maxLength;
      if (schema.maxLength >= 100) out.widget = 'text';
    }
    // Every string the check reads passes text hygiene; the field's own format comes first (and
    // alone where it admits only visible characters, so the message says only what applies).
    const own = form ?? regexRule(schema, patternMessage);
    out.pattern = patternOption(
      own?.visibleOnly ? own : allOf(...(own ? [own] : []), hygieneFormRule(), NFC_FORM_RULE),
    );
    return out;
  }
  if (schema instanceof z.ZodNumber) {
    const json = z.toJSONSchema(schema) as { type?: string; minimum?: number; exclusiveMinimum?: number };
    const int = json.type === 'integer';
    const out: Record<string, unknown> = { widget: 'number', value_type: int ? 'int' : 'float' };
    if (json.exclusiveMinimum !== undefined && int) out.min = json.exclusiveMinimum + 1;
    else if (json.minimum !== undefined && json.minimum > Number.MIN_SAFE_INTEGER) out.min = json.minimum;
    return out;
  }
  if (schema instanceof z.ZodBoolean) return { widget: 'boolean' };
  if (schema instanceof z.ZodEnum) return { widget: 'select', options: [...schema.options] };
  throw new Error(`CMS config: ${collection}.${name} has a type the CMS config cannot show`);
}

/**
 * A field's label and hint for the editors, City staff whose browsers are set to Japanese. Sveltia
 * takes one label per field, whatever the interface language (its issue #403 asks for localised
 * labels), so the label is the Japanese one and the hint gives the Japanese hint, then the English
 * label and hint, for an editor who works in English. Both come from the schema (fieldText).
 */
function labelAndHint(collection: string, name: string, text: FieldText | undefined): { label: string; hint: string } {
  if (!text)
    throw new Error(
      `CMS config: ${collection}.${name} has no label and hint (fieldText) on its schema in src/schemas/`,
    );
  return { label: text.label.ja, hint: `${text.hint.ja}（${text.label.en}: ${text.hint.en}）` };
}

function fieldFor(collection: CollectionName, name: string, zodField: ZodType): CmsField {
  const field = unwrap(zodField);
  const i18n = i18nMode(collection, name);
  const base = { name, ...labelAndHint(collection, name, field.text), required: !field.optional, i18n };
  // A new entry starts as a draft, as `npm run new` makes it; the default applies only to new
  // entries, since every file in content/ writes its switches out (src/cms/canonical.ts).
  const defaultValue = name === 'draft' ? true : field.defaultValue;
  if (field.schema instanceof z.ZodArray) {
    const item = unwrap(field.schema.element as ZodType);
    const min = (z.toJSONSchema(field.schema) as { minItems?: number }).minItems;
    return {
      ...base,
      widget: 'list',
      // The order is meaningful (e.g. people from left to right): items can be dragged.
      allow_reorder: true,
      ...(min !== undefined ? { min } : {}),
      field: { name: 'item', label: base.label, ...widgetFor(collection, name, item) },
    } as CmsField;
  }
  return {
    ...base,
    ...widgetFor(collection, name, field),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
  } as unknown as CmsField;
}

/**
 * Each collection's name in the editor's list, in Japanese (the editors' language) with the
 * English as its description; the Japanese words are the site's own (覚書, 締結式, お知らせ).
 */
const COLLECTION_TEXT: Record<CollectionName, FieldText['label']> = {
  news: { ja: 'お知らせ', en: 'News' },
  mou: { ja: '覚書', en: 'Memorandum' },
  clauses: { ja: '覚書の目的と同意事項', en: 'Purposes and agreed items of the memorandum' },
  ceremony: { ja: '締結式', en: 'Signing ceremony' },
  photos: { ja: '締結式の写真', en: 'Photos of the ceremony' },
  participants: { ja: '締結式の参加者', en: 'Participants in the ceremony' },
  organisations: { ja: '団体', en: 'Organisations' },
  statements: { ja: 'サイトについてのページ', en: 'Pages about the site (such as accessibility)' },
};

/** The text below the frontmatter, which no schema describes. */
const BODY_TEXT: FieldText = {
  label: { ja: '本文', en: 'Text' },
  hint: {
    ja: '本文。リンクは https:// で始まるページか、このサイトのページ（/mou/ など）に向けます。',
    en: 'The text. Links lead to https:// pages or to pages of this site (such as /mou/).',
  },
};

/** The key, which names both files of an entry. */
const KEY_TEXT: FieldText = {
  label: { ja: 'キー', en: 'Key' },
  hint: {
    ja: 'キー：両方の言語のファイル名。小文字の英字 a–z、数字とハイフンだけ（例：visit-2021）。',
    en: 'The key: the file name in both languages. Lower-case letters, digits and hyphens.',
  },
};

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
        ...labelAndHint(name, 'body', BODY_TEXT),
        widget: 'markdown',
        i18n: true,
        required: true,
        pattern: patternOption(allOf(MARKDOWN_FORM_RULE, hygieneFormRule({ allowTab: true }), NFC_FORM_RULE)),
        ...MARKDOWN_OPTIONS,
        buttons: [...MARKDOWN_OPTIONS.buttons],
        editor_components: [],
        modes: [...MARKDOWN_OPTIONS.modes],
      });
    const identifier = ['title', 'name', 'caption'].find((f) => f in shape);
    const onlyOne = 'onlyKey' in spec;
    return {
      name,
      label: COLLECTION_TEXT[name].ja,
      description: `${COLLECTION_TEXT[name].ja}（${COLLECTION_TEXT[name].en}）`,
      folder: `content/${name}`,
      extension: spec.extensions[0]!.slice(1),
      format: spec.format === 'mdx' ? 'frontmatter' : 'yaml',
      i18n: true,
      create: !onlyOne,
      delete: !onlyOne && !UNDELETABLE.has(name),
      ...(identifier ? { identifier_field: identifier } : { summary: '{{slug}}' }),
      slug: {
        editable: ['create'],
        // The content check's own words for the rule, after the Japanese, as for every field.
        pattern: patternOption({
          pattern: KEY_PATTERN,
          message: { ja: `キーには、${KEY_RULE_JA}`, en: `The key ${KEY_RULE}.` },
        }),
        hint: labelAndHint(name, 'slug', KEY_TEXT).hint,
      },
      fields,
    };
  });
}

/** The whole configuration. `local` leaves out nothing: local mode is chosen in the browser. */
export function cmsConfig({ repo, branch, authUrl }: CmsBackendOptions) {
  return {
    app_title: CMS_APP_TITLE,
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
    // Only the repository's own images: no stock-photo services (third parties); no upload
    // larger than the check accepts, as the shared option every library's upload reads. Sveltia
    // 0.221.1's image-field dialog checks no size (its upload goes straight into the entry's
    // draft): there the content check refuses an oversized file, on the preview and the PR.
    media_libraries: { stock_assets: false, all: { max_file_size: MAX_IMAGE_BYTES } },
    output: { omit_empty_optional_fields: true },
    collections: cmsCollections(),
  };
}
