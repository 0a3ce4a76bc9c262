import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const contentRoot = path.resolve(import.meta.dirname, '../../../content');

/** Reads content/<collection>/<locale>/*: frontmatter or YAML data, keyed by file name. */
export function readEntries(collection: string, locale: string): Map<string, Record<string, unknown>> {
  const dir = path.join(contentRoot, collection, locale);
  const entries = new Map<string, Record<string, unknown>>();
  for (const file of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const key = file.replace(/\.(mdx?|ya?ml)$/, '');
    if (file.endsWith('.yaml')) entries.set(key, parse(text));
    else {
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${collection}/${locale}/${file}: no frontmatter`);
      entries.set(key, { ...parse(match[1]!), body: match[2]!.trim() });
    }
  }
  return entries;
}
