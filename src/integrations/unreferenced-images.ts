import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'parse5';
import sharp from 'sharp';
import { IMMUTABLE_PREFIX, SERVED_IMAGE_EXTENSIONS } from '../deploy/headers.mjs';
import { builtFiles } from '../lib/built-html';
import { SITE_URL } from '../../site.config.mjs';

/** The extension of a file or address, lower case, without query or fragment: '/a/B.JPG?v=1' → 'jpg'. */
const extensionOf = (address: string) => /\.([^./]+)$/.exec(address.split(/[?#]/)[0]!)?.[1]?.toLowerCase() ?? '';
/** What the server sends as an image (src/deploy/headers.mjs). */
const isServedImage = (address: string) => SERVED_IMAGE_EXTENSIONS.includes(extensionOf(address));
/** Served images that are pixels: SVG is text (searched below with the other text files), and sharp reads no icon file. */
const isRasterImage = (address: string) => isServedImage(address) && !['svg', 'ico'].includes(extensionOf(address));
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest|yml)$|(^|\/)_headers$/i;

interface Node {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

function walk(node: Node, fn: (el: Node) => void) {
  if (node.tagName) fn(node);
  for (const child of node.childNodes ?? []) walk(child, fn);
  if (node.content) walk(node.content, fn);
}
const attr = (el: Node, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const textOf = (el: Node) => (el.childNodes ?? []).map((c) => c.value ?? '').join('');

/** Every string in a JSON value. */
function* stringsOf(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsOf(v);
}

/**
 * The image addresses a page gives a browser, a search engine or a link preview, as written:
 * img/source src and srcset, og:image and twitter:image, icons and preloads, and the JSON-LD's
 * strings that end like an image.
 */
export function imageAddressesOfPage(html: string): string[] {
  const found: string[] = [];
  walk(parse(html) as Node, (el) => {
    const tag = el.tagName;
    if (tag === 'img' || tag === 'source') {
      const src = attr(el, 'src');
      if (src) found.push(src.trim());
      const srcset = attr(el, 'srcset');
      if (srcset)
        for (const candidate of srcset.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) found.push(url);
        }
    } else if (
      tag === 'meta' &&
      /^(og|twitter):image(:url|:secure_url)?$/.test(attr(el, 'property') ?? attr(el, 'name') ?? '')
    ) {
      const content = attr(el, 'content');
      if (content) found.push(content.trim());
    } else if (tag === 'link' && /\b(icon|apple-touch-icon|preload)\b/.test(attr(el, 'rel') ?? '')) {
      const href = attr(el, 'href');
      if (href && isServedImage(href)) found.push(href.trim());
    } else if (tag === 'script' && attr(el, 'type') === 'application/ld+json') {
      try {
        for (const s of stringsOf(JSON.parse(textOf(el))))
          if (/^(https?:\/\/|\/)/.test(s) && isServedImage(s)) found.push(s);
      } catch {
        // not JSON: the HTML check reports it
      }
    }
  });
  return found;
}

/** The file in dist/ an address of `page` names (decoded: a page holds `a%20b.jpg` for `a b.jpg`), or undefined for another site. */
export function distPathOf(address: string, page: string): string | undefined {
  const base = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(address, new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, base));
  } catch {
    return '\0unparsable';
  }
  if (url.origin === new URL(SITE_URL).origin) url = new URL(url.pathname, base);
  if (url.origin !== base) return undefined;
  try {
    return decodeURIComponent(url.pathname).replace(/^\//, '');
  } catch {
    return '\0unparsable';
  }
}

/**
 * Deletes build images that nothing in dist/ refers to. Astro copies the original of every image
 * a content entry imports into /_astro/ even when pages use only its resized variants, so a
 * camera photo (5–10 MB) would otherwise be published, unlinked, beside its variants. Pages are
 * read as HTML and their addresses decoded, so `IMG_0001 (1).jpg` (written `IMG_0001%20(1).jpg`)
 * counts as referenced; other text files are searched for the name, raw and URL-encoded.
 */
export async function removeUnreferencedImages(dist: string): Promise<{ file: string; bytes: number }[]> {
  const files = builtFiles(dist);
  const assetDir = IMMUTABLE_PREFIX.replace(/^\/|\/$/g, '');
  const images = files.filter((f) => f.startsWith(`${assetDir}/`) && isRasterImage(f));
  if (images.length === 0) return [];
  const referenced = new Set<string>();
  for (const file of files.filter((f) => TEXT.test(f))) {
    const text = await fs.readFile(path.join(dist, file), 'utf8');
    if (file.endsWith('.html'))
      for (const address of imageAddressesOfPage(text)) {
        const target = distPathOf(address, file);
        if (target) referenced.add(target);
      }
    for (const image of images) {
      if (referenced.has(image)) continue;
      const name = path.posix.basename(image);
      if (text.includes(name) || text.includes(encodeURIComponent(name)) || text.includes(encodeURI(name)))
        referenced.add(image);
    }
  }
  const removed = [];
  for (const image of images.filter((i) => !referenced.has(i))) {
    const full = path.join(dist, image);
    removed.push({ file: image, bytes: (await fs.stat(full)).size });
    await fs.rm(full);
  }
  return removed;
}

/** Image addresses of built pages that name no file in dist/, as "page: address" lines. */
export async function missingImageAddresses(dist: string): Promise<string[]> {
  const files = builtFiles(dist);
  const present = new Set(files);
  const missing = new Set<string>();
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    for (const address of imageAddressesOfPage(await fs.readFile(path.join(dist, page), 'utf8'))) {
      const target = distPathOf(address, page);
      if (target !== undefined && !present.has(target)) missing.add(`${page}: ${address}`);
    }
  }
  return [...missing];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Published files that are a raster upload byte for byte (under any name), and raster images that
 * carry EXIF, XMP or IPTC metadata (a camera's GPS position, serial number, the photographer's
 * notes), as one line each.
 */
export async function leakingImages(dist: string, mediaDir: string): Promise<string[]> {
  const uploads = new Map<string, string>();
  const mediaFiles = await fs.readdir(mediaDir, { recursive: true }).catch(() => [] as string[]);
  for (const f of mediaFiles) {
    const full = path.join(mediaDir, f);
    // SVG uploads are published as they are, after the content check's SVG rules.
    if (isRasterImage(f) && (await fs.stat(full)).isFile())
      uploads.set(sha256(await fs.readFile(full)), `content/media/${f.split(path.sep).join('/')}`);
  }
  const problems: string[] = [];
  const files = builtFiles(dist);
  // Every file is compared with the photo uploads, whatever its name: a copy renamed is still the upload.
  for (const file of files) {
    const bytes = await fs.readFile(path.join(dist, file));
    const upload = uploads.get(sha256(bytes));
    if (upload) {
      problems.push(`${file} is the upload ${upload} unchanged; only converted variants may be published.`);
      continue;
    }
    if (!isRasterImage(file)) continue;
    const meta = await sharp(bytes).metadata();
    const kinds = (['exif', 'xmp', 'iptc'] as const).filter((k) => meta[k]);
    if (kinds.length) problems.push(`${file} carries ${kinds.map((k) => k.toUpperCase()).join(', ')} metadata.`);
  }
  return problems;
}

/** A build failure of one line per problem, without a stack trace (DEBUG=1 shows it). */
function failure(title: string, lines: string[]): Error {
  const error = new Error(`${title}\n${lines.map((l) => `  ${l}`).join('\n')}`);
  if (!process.env.DEBUG) error.stack = error.message;
  return error;
}

export default function unreferencedImages(): AstroIntegration {
  let root = '';
  return {
    name: 'kawasaki:unreferenced-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const removed = await removeUnreferencedImages(dist);
        const total = removed.reduce((sum, r) => sum + r.bytes, 0);
        if (removed.length)
          logger.info(`${removed.length} unreferenced image(s) not published (${(total / 1024).toFixed(0)} KB)`);
        const missing = await missingImageAddresses(dist);
        if (missing.length)
          throw failure(
            `${missing.length} image address(es) of the built pages name no published file; the site was not published. Report this to a developer:`,
            missing,
          );
        const leaks = await leakingImages(dist, path.join(root, 'content', 'media'));
        if (leaks.length)
          throw failure(
            `${leaks.length} published file(s) would leak an upload or its metadata; the site was not published. Report this to a developer:`,
            leaks,
          );
        logger.info('every image address resolves; no published image is an upload or carries metadata');
      },
    },
  };
}
