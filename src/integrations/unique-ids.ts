import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'parse5';
import { htmlFiles } from '../lib/built-html';

interface Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Ids that occur more than once in one HTML document (a link or label to them is ambiguous). */
export function duplicateIds(html: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  const walk = (node: Node) => {
    const id = node.attrs?.find((a) => a.name === 'id')?.value;
    if (id !== undefined) (seen.has(id) ? twice : seen).add(id);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as Node);
  return [...twice];
}

/** After the build: every page's ids are unique, else the build fails naming page and id. */
export default function uniqueIds(): AstroIntegration {
  return {
    name: 'kawasaki:unique-ids',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = htmlFiles(dist);
        const problems: string[] = [];
        for (const page of pages)
          for (const id of duplicateIds(await fs.readFile(path.join(dist, page), 'utf8')))
            problems.push(`${page}: the id "${id}" is used more than once`);
        if (problems.length) {
          const error = new Error(
            `${problems.length} duplicate id(s) on the built pages; links and labels to them would be ambiguous. Report this to a developer:\n${problems.map((p) => `  ${p}`).join('\n')}`,
          );
          if (!process.env.DEBUG) error.stack = error.message;
          throw error;
        }
        logger.info(`ids unique on all ${pages.length} pages`);
      },
    },
  };
}
