import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { IMMUTABLE_PREFIX } from '../deploy/headers.mjs';

const IMAGE = /\.(avif|gif|jpe?g|png|tiff?|webp)$/i;
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest|yml)$|(^|\/)_headers$/i;

/**
 * Deletes build images that nothing in dist/ refers to. Astro copies the original of every image
 * a content entry imports into /_astro/ even when pages use only its resized variants, so a
 * camera photo (5–10 MB) would otherwise be published, unlinked, beside its variants.
 */
export async function removeUnreferencedImages(dist: string): Promise<{ file: string; bytes: number }[]> {
  const files = (await fs.readdir(dist, { recursive: true })).map((f) => f.split(path.sep).join('/'));
  const assetDir = IMMUTABLE_PREFIX.replace(/^\/|\/$/g, '');
  const images = files.filter((f) => f.startsWith(`${assetDir}/`) && IMAGE.test(f));
  if (images.length === 0) return [];
  const referenced = new Set<string>();
  for (const file of files.filter((f) => TEXT.test(f))) {
    const text = await fs.readFile(path.join(dist, file), 'utf8');
    for (const image of images)
      if (!referenced.has(image) && text.includes(path.posix.basename(image))) referenced.add(image);
  }
  const removed = [];
  for (const image of images.filter((i) => !referenced.has(i))) {
    const full = path.join(dist, image);
    removed.push({ file: image, bytes: (await fs.stat(full)).size });
    await fs.rm(full);
  }
  return removed;
}

export default function unreferencedImages(): AstroIntegration {
  return {
    name: 'kawasaki:unreferenced-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const removed = await removeUnreferencedImages(fileURLToPath(dir));
        const total = removed.reduce((sum, r) => sum + r.bytes, 0);
        if (removed.length)
          logger.info(`${removed.length} unreferenced image(s) not published (${(total / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
