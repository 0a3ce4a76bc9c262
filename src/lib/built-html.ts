import fs from 'node:fs/promises';
import path from 'node:path';

/** Helpers for integrations that read the built HTML in dist/. */

/** Every .html file under a directory, as paths relative to it, sorted (deterministic). */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL path a built file answers at: 'en/mou/index.html' → '/en/mou/', '404.html' → '/404.html'. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
export function decodeAttr(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return entities[name] ?? match;
  });
}

/** The content of <meta property|name="…" content="…">, decoded; undefined when absent. */
export function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    const name = tag.match(/\b(?:property|name)="([^"]*)"/)?.[1];
    if (name !== key) continue;
    const content = tag.match(/\bcontent="([^"]*)"/)?.[1];
    return content === undefined ? undefined : decodeAttr(content);
  }
  return undefined;
}

export function htmlLang(html: string): string | undefined {
  return html.match(/<html\b[^>]*\blang="([^"]+)"/)?.[1];
}

export function canonicalHref(html: string): string | undefined {
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/\brel="canonical"/.test(tag)) return tag.match(/\bhref="([^"]*)"/)?.[1];
  }
  return undefined;
}
