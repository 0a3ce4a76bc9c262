// A tiny Astro integration: after the build, write dist/_headers from src/deploy/headers.mjs.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { FEED_NAME, SERVED_IMAGE_EXTENSIONS, renderHeadersFile } from '../deploy/headers.mjs';
import { builtFiles, htmlFiles, urlOf } from '../lib/built-html.ts';

/** URL paths of every built HTML file: `x/index.html` answers at `/x/` and `/x/index.html`. */
export function htmlPaths(dir) {
  return htmlFiles(dir).flatMap((f) => (urlOf(f) === `/${f}` ? [`/${f}`] : [urlOf(f), `/${f}`]));
}

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir);
        const paths = htmlPaths(outDir);
        const feeds = files.filter((f) => f === FEED_NAME || f.endsWith(`/${FEED_NAME}`)).map((f) => `/${f}`);
        const images = files
          .filter((f) => SERVED_IMAGE_EXTENSIONS.includes(f.split('.').pop()?.toLowerCase() ?? ''))
          .map((f) => `/${f}`);
        await writeFile(join(outDir, '_headers'), renderHeadersFile(paths, feeds, images));
        logger.info(`_headers written for ${paths.length} paths`);
      },
    },
  };
}
