/**
 * The form the content editor writes an entry file in, so that the files in content/ can be kept
 * in it and an unchanged entry saved in the editor changes no byte. It mirrors Sveltia CMS 0.221.1
 * (src/lib/services/contents/file/format.js and draft/save/serialize.js in its source): YAML from
 * the `yaml` package with two-space indents, indented block lists, no line folding, plain scalars
 * unless a value needs quotes (then single quotes); keys in the order of the collection's fields;
 * empty optional values left out; switches written out (false included); in Markdown files the
 * YAML between `---` lines, a blank line, the text, a line break.
 */
import { parse, stringify } from 'yaml';
import { cmsCollections, type CmsField } from './config';
import type { CollectionName } from '../model';

const YAML_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** An entry's values in the order and with the switches the editor writes. */
function editorOrder(fields: readonly CmsField[], data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.name === 'body') continue;
    const value = data[field.name];
    if (field.widget === 'boolean') out[field.name] = value ?? false;
    else if (!isEmpty(value)) out[field.name] = value;
  }
  // Keys the configuration does not know stay, after the known ones (the check refuses them).
  for (const [key, value] of Object.entries(data)) if (!(key in out) && key !== 'body') out[key] = value;
  return out;
}

/** Splits a Markdown file into its YAML frontmatter and its text. */
export function splitFrontmatter(text: string): { head: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { head: match[1]!, body: match[2]! } : undefined;
}

/**
 * The text the editor would write for this file's content, or undefined when the file cannot be
 * read as an entry (the content check names that problem).
 */
export function canonicalEntryText(collection: CollectionName, text: string): string | undefined {
  const config = cmsCollections().find((c) => c.name === collection);
  if (!config) return undefined;
  const markdown = config.format === 'frontmatter';
  const parts = markdown ? splitFrontmatter(text) : { head: text, body: '' };
  if (!parts) return undefined;
  let data: unknown;
  try {
    data = parse(parts.head);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const head = stringify(editorOrder(config.fields, data as Record<string, unknown>), YAML_OPTIONS).trim();
  if (!markdown) return `${head}\n`;
  const body = parts.body.trim();
  return `---\n${head}\n---\n${body ? `\n${body}\n` : ''}`;
}
