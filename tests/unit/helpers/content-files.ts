import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter, parseYaml } from '../../../src/content-checks/frontmatter';

export const contentRoot = path.resolve(import.meta.dirname, '../../../content');

/** Reads content/<collection>/<locale>/*, with the content check's own parser, keyed by file name. */
export function readEntries(collection: string, locale: string): Map<string, Record<string, unknown>> {
  const dir = path.join(contentRoot, collection, locale);
  const entries = new Map<string, Record<string, unknown>>();
  for (const file of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const parsed = file.endsWith('.yaml') ? parseYaml(text) : parseFrontmatter(text);
    if (!parsed.ok) throw new Error(`${collection}/${locale}/${file}: ${parsed.message}`);
    const key = file.replace(/\.(mdx?|ya?ml)$/, '');
    entries.set(key, { ...(parsed.data as Record<string, unknown>), body: parsed.body.trim() });
  }
  return entries;
}
