/**
 * `npm run new -- <collection> <key>`: creates an entry in both languages with every required
 * field stubbed and every field explained by the hint its schema gives (src/schemas/), marked
 * draft: true so the build stays green until it is filled in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { parseFrontmatter, parseYaml } from '../content-checks/frontmatter';
import { findEntries } from '../content-checks/index';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  KEY_PATTERN,
  LOCALES,
  isCollectionName,
  type CollectionName,
  type Locale,
} from '../model';
import { canonicalEntryText } from '../cms/canonical';
import { schemaFor } from '../schemas';
import type { Localized } from '../schemas/common';
import { PARTIAL_DATE_PATTERN } from '../schemas/partial-date';

export class ScaffoldError extends Error {}

/** One field of a collection's schema as JSON Schema (the public z.toJSONSchema()), with its texts. */
interface FieldJson {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  default?: unknown;
  examples?: unknown[];
  image?: boolean;
  label?: Localized;
  hint?: Localized;
}

/** A collection's fields in schema order, which fields are required, from the schema itself. */
function fieldsOf(collection: CollectionName): { name: string; field: FieldJson; required: boolean }[] {
  const schema = schemaFor(collection, { image: () => z.string().meta({ image: true }) });
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, FieldJson>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, field]) => {
    if (!field.label || !field.hint)
      throw new ScaffoldError(`the schema of ${collection} gives ${name} no label or hint`);
    return { name, field, required: json.required?.includes(name) ?? false };
  });
}

const yamlValue = (value: unknown) => yaml.dump(value, { flowLevel: 0, lineWidth: -1 }).trim();

/** The entry numbers in use (`order`, `number`) among entries of the same kind, plus one. */
function nextNumber(root: string, collection: string, field: string, sameAs: Record<string, unknown>): number {
  const numbers = findEntries(root)
    .filter((e) => e.collection === collection)
    .map((e) => {
      const parsed = COLLECTIONS[e.collection].format === 'yaml' ? parseYaml(e.source) : parseFrontmatter(e.source);
      return parsed.ok && parsed.data && typeof parsed.data === 'object'
        ? (parsed.data as Record<string, unknown>)
        : {};
    })
    .filter((data) => Object.entries(sameAs).every(([k, v]) => data[k] === v))
    .map((data) => (typeof data[field] === 'number' ? data[field] : 0));
  return Math.max(0, ...numbers) + 1;
}

/**
 * A new entry in one language, written from the schema: each field with its hint as a comment
 * (plus what the content model says of it: optional, same in both languages, both or neither),
 * required fields stubbed with a value that passes the check, optional ones commented out, and
 * `draft: true`.
 */
function template(root: string, collection: CollectionName, locale: Locale): string {
  const ja = locale === 'ja';
  const spec = COLLECTIONS[collection];
  const lines: string[] = [];
  const written: Record<string, unknown> = {};
  for (const { name, field, required } of fieldsOf(collection)) {
    // Fields with a default (draft, partner, standIn) are written out, so the file says what it means.
    const given = field.default !== undefined;
    const notes = [
      required || given ? '' : ja ? '任意。' : 'Optional. ',
      field.hint![locale],
      (spec.same as readonly string[]).includes(name)
        ? ja
          ? '両言語で同じ値にします。'
          : ' Same in both languages.'
        : '',
      !required && !given && (spec.bothOrNeither as readonly string[]).includes(name)
        ? ja
          ? '両言語とも書くか、両方とも省きます。'
          : ' Give it in both languages or in neither.'
        : '',
    ];
    lines.push(`# ${notes.join('')}`);
    const date = field.pattern === PARTIAL_DATE_PATTERN.source;
    let value: unknown;
    if (name === 'draft') value = true;
    else if (field.examples?.length) value = field.examples[0];
    else if (date) value = required ? today() : 'YYYY-MM-DD';
    else if (field.type === 'integer') value = nextNumber(root, collection, name, written);
    else if (given) value = field.default;
    else if (field.enum) value = field.enum[0];
    else value = ja ? `TODO：${field.label!.ja}` : `TODO ${field.label!.en.toLowerCase()}`;
    if (required || given) {
      written[name] = value;
      lines.push(`${name}: ${yamlValue(value)}`);
    } else lines.push(`# ${name}: ${yamlValue(value)}`);
  }
  if (spec.format === 'yaml') return `${lines.join('\n')}\n`;
  const body = ja ? 'TODO：本文をMarkdownで書きます。' : 'TODO: the text, in Markdown.';
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * What to write in each field of a collection, in both languages, from the schema's hints: what
 * `npm run new` prints beside the files it created (the editor shows the same hints in its form).
 */
export function fieldGuide(collection: CollectionName): string[] {
  return fieldsOf(collection).map(({ name, field, required }) => {
    const optional = required || field.default !== undefined ? '' : ' (任意 / optional)';
    return `${name}${optional}: ${field.hint!.ja} / ${field.hint!.en}`;
  });
}

/** Creates both files and returns their paths relative to root. Throws ScaffoldError with an editor-readable message. */
export function createEntry(root: string, collection: string, key: string): string[] {
  if (!collection || !isCollectionName(collection)) {
    throw new ScaffoldError(
      `"${collection ?? ''}" is not a collection. Use one of: ${COLLECTION_NAMES.join(', ')}. Example: npm run new -- news my-announcement`,
    );
  }
  if (!key || !KEY_PATTERN.test(key)) {
    throw new ScaffoldError(
      `"${key ?? ''}" cannot be an entry name: use lower-case letters a–z, digits and single hyphens, e.g. item-12 or visit-2021.`,
    );
  }
  const spec = COLLECTIONS[collection];
  if ('onlyKey' in spec && key !== spec.onlyKey) {
    throw new ScaffoldError(`${collection} has exactly one entry, named ${spec.onlyKey}; edit that one instead.`);
  }
  const files = LOCALES.map((locale) => `content/${collection}/${locale}/${key}${spec.extensions[0]}`);
  const existing = findEntries(root).filter((e) => e.collection === collection && e.key === key);
  const taken = [
    ...new Set([...existing.map((e) => e.file), ...files.filter((file) => fs.existsSync(path.join(root, file)))]),
  ];
  if (taken.length > 0) {
    throw new ScaffoldError(
      `${taken.join(' and ')} already exist${taken.length === 1 ? 's' : ''}; nothing was changed. Edit the existing files or choose another name.`,
    );
  }
  // Both texts first: the second language's numbers must not count the first one's new file.
  // Written in the content editor's own form (src/cms/canonical.ts), so that the first save in
  // the editor changes only what the editor changed; the hints are in fieldGuide(), not comments.
  const texts = LOCALES.map((locale) => {
    const text = template(root, collection, locale);
    return canonicalEntryText(collection, text) ?? text;
  });
  LOCALES.forEach((_, i) => {
    const target = path.join(root, files[i]!);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, texts[i]!, { flag: 'wx' });
  });
  return files;
}
