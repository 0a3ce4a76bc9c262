import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { isLocale } from '../i18n/locales';
import { htmlFiles, htmlLang, metaContent, urlOf } from '../lib/built-html';
import { ogDateLine, ogSvg } from '../lib/og-text';
import { ANNOUNCEMENT_KEY } from '../lib/announcement';
import { parseFrontmatter } from '../content-checks/frontmatter';

/** The announcement's date as its content file gives it ('2020-02'), read with the content check's parser. */
async function announcementDate(root: string, locale: string): Promise<string> {
  const file = path.join(root, 'content/news', locale, `${ANNOUNCEMENT_KEY}.mdx`);
  const parsed = parseFrontmatter(await fs.readFile(file, 'utf8'));
  const date = parsed.ok ? (parsed.data as { date?: unknown }).date : undefined;
  if (typeof date !== 'string') throw new Error(`${path.relative(root, file)}: date: the announcement needs a date`);
  return date;
}

/**
 * Writes each page's Open Graph image (1200×630 PNG) after the build, at the URL its
 * <meta property="og:image"> names, from the og:title it carries, in the page's language.
 * Reading the built pages keeps the image and the page title in step without a second list
 * of titles. Text is set in Noto Sans CJK JP from Debian's fonts-noto-cjk; nothing is downloaded.
 */
export default function ogImages(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'kawasaki:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const dates = new Map<string, string>();
        const dateOf = async (lang: string) => {
          if (!dates.has(lang)) dates.set(lang, await announcementDate(projectRoot, lang));
          return dates.get(lang)!;
        };
        const written = new Set<string>();
        const jobs: { svg: string; out: string; page: string; title: string }[] = [];
        for (const file of htmlFiles(root)) {
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
            dateLine: ogDateLine(lang, new URL(metaContent(html, 'og:url') ?? image).pathname, await dateOf(lang)),
          });
          jobs.push({ svg, out: path.join(root, target), page: file, title });
        }
        // Rendering dominates the build of a large site: one PNG per page. zlib level 6 is
        // four times faster than 9 for a file 1–2 % larger, and one worker per core halves it again.
        let next = 0;
        const worker = async () => {
          while (next < jobs.length) {
            const { svg, out, page, title } = jobs[next++]!;
            await fs.mkdir(path.dirname(out), { recursive: true });
            try {
              await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toFile(out);
            } catch (error) {
              // One line naming the page and the title it was drawn from; the trace only with DEBUG=1.
              const reason = String((error as Error).message ?? error).split('\n')[0];
              const failure = new Error(
                `the Open Graph image of ${urlOf(page)} could not be drawn from its title ${JSON.stringify(title)} (${reason}); check that title in the content file of that page.`,
              );
              if (!process.env.DEBUG) failure.stack = failure.message;
              throw failure;
            }
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
        logger.info(`${written.size} Open Graph images written`);
      },
    },
  };
}
