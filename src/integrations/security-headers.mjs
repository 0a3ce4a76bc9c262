// A tiny Astro integration: after the build, write dist/_headers from src/deploy/headers.mjs.
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { FEED_NAME, SERVED_IMAGE_EXTENSIONS, renderHeadersFile } from '../deploy/headers.mjs';

/** URL paths of every built HTML file: `x/index.html` answers at `/x/` and `/x/index.html`. */
export async function htmlPaths(dir) {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) => {
      const url = `/${relative(dir, join(dir, f)).split(sep).join('/')}`;
      return url.endsWith('/index.html') ? [url.slice(0, -'index.html'.length), url] : [url];
    });
}

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const paths = await htmlPaths(outDir);
        const feeds = (await readdir(outDir, { recursive: true }))
          .filter((f) => f === FEED_NAME || f.endsWith(`${sep}${FEED_NAME}`))
          .map((f) => `/${f.split(sep).join('/')}`);
        const images = (await readdir(outDir, { recursive: true }))
          .filter((f) => SERVED_IMAGE_EXTENSIONS.includes(f.split('.').pop()?.toLowerCase() ?? ''))
          .map((f) => `/${f.split(sep).join('/')}`);
        await writeFile(join(outDir, '_headers'), renderHeadersFile(paths, feeds, images));
        logger.info(`_headers written for ${paths.length} paths`);
      },
    },
  };
}
