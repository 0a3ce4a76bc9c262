import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../model/locales';

/**
 * Astro writes only a static /404 route as 404.html; our one 404 route serves both
 * languages through [...lang], so its pages land in 404/index.html and en/404/index.html.
 * Static hosts look for 404.html and <locale>/404.html, so move them there.
 */
export function localized404(): AstroIntegration {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const locale of LOCALES) {
          const prefix = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
          const from = fileURLToPath(new URL(`${prefix}404/index.html`, dir));
          const to = fileURLToPath(new URL(`${prefix}404.html`, dir));
          await fs.rename(from, to);
          await fs.rmdir(fileURLToPath(new URL(`${prefix}404/`, dir)));
        }
      },
    },
  };
}
