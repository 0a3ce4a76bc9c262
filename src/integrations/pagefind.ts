import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { canonicalHref, htmlFiles, urlOf } from '../lib/built-html';
import { searchableHtml } from '../lib/search-text';

/**
 * Builds the Pagefind search index after the build, into dist/pagefind/. Pagefind splits the
 * index by <html lang>, one per language, and segments Japanese (the pagefind_extended binary
 * from the @pagefind/<platform> registry package). Only pages that are their own canonical URL
 * are indexed: 404s, the print view (noindex) and the announcement's news page (canonical is
 * the home page) stay out, so each result appears once.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kawasaki:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let count = 0;
        for (const file of htmlFiles(root)) {
          const html = await fs.readFile(path.join(root, file), 'utf8');
          const url = urlOf(file);
          const canonical = canonicalHref(html);
          if (!canonical || new URL(canonical).pathname !== url) continue;
          const added = await index.addHTMLFile({ url, content: searchableHtml(html) });
          if (added.errors.length) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
          count++;
        }
        const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`${count} pages indexed`);
      },
    },
  };
}
