// @ts-check
// Astro keeps the content it has read in a data store (node_modules/.astro/data-store.json) and
// lists the Markdown/MDX modules to load in .astro/content-modules.mjs. An entry's id does not
// include its extension, and an entry whose text did not change is not read again, so after a
// rename such as item-11.mdx -> item-11.md the store still points at the old file and the build
// fails to resolve it. Whenever the set of content files changes (added, removed or renamed), the
// store is dropped here, before Astro syncs, and rebuilt from the files; edits keep the cache.
import fs from 'node:fs';
import path from 'node:path';

const LISTING = 'content-files.txt';

/**
 * @param {{ root: string; cacheDir: string; files: readonly string[] }} options
 * @returns {boolean} whether the store was dropped
 */
export function dropStaleContentStore({ root, cacheDir, files }) {
  const listing = [...files].sort().join('\n') + '\n';
  const stamp = path.join(cacheDir, LISTING);
  const previous = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : undefined;
  if (previous === listing) return false;
  for (const stale of [
    path.join(cacheDir, 'data-store.json'),
    path.join(root, '.astro', 'content-modules.mjs'),
    path.join(root, '.astro', 'content-assets.mjs'),
  ])
    fs.rmSync(stale, { force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(stamp, listing);
  return previous !== undefined;
}
