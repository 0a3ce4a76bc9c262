import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { isLocale } from '../i18n/locales';
import { htmlFiles, htmlLang, metaContent } from '../lib/built-html';
import { ogSvg } from '../lib/og-text';

/**
 * Writes each page's Open Graph image (1200×630 PNG) after the build, at the URL its
 * <meta property="og:image"> names, from the og:title it carries, in the page's language.
 * Reading the built pages keeps the image and the page title in step without a second list
 * of titles. Text is set in Noto Sans CJK JP from Debian's fonts-noto-cjk; nothing is downloaded.
 */
export default function ogImages(): AstroIntegration {
  return {
    name: 'kawasaki:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Set<string>();
        const jobs: { svg: string; out: string }[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await fs.readFile(path.join(root, file), 'utf8');
          const image = metaContent(html, 'og:image');
          const title = metaContent(html, 'og:title');
          const lang = htmlLang(html);
          if (!image || !title || !isLocale(lang)) continue;
          const target = new URL(image).pathname;
          if (written.has(target)) continue;
          written.add(target);
          const svg = ogSvg({
            locale: lang,
            title,
            siteName: metaContent(html, 'og:site_name') ?? '',
            footer: new URL(image).host,
          });
          jobs.push({ svg, out: path.join(root, target) });
        }
        // Rendering dominates the build of a large site: one PNG per page. zlib level 6 is
        // four times faster than 9 for a file 1–2 % larger, and one worker per core halves it again.
        let next = 0;
        const worker = async () => {
          while (next < jobs.length) {
            const { svg, out } = jobs[next++]!;
            await fs.mkdir(path.dirname(out), { recursive: true });
            await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toFile(out);
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
        logger.info(`${written.size} Open Graph images written`);
      },
    },
  };
}
