import fs from 'node:fs/promises';
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
          const out = path.join(root, target);
          await fs.mkdir(path.dirname(out), { recursive: true });
          await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(out);
        }
        logger.info(`${written.size} Open Graph images written`);
      },
    },
  };
}
