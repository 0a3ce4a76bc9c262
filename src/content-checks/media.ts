/**
 * Photos and logos are untrusted files. An image is accepted only when it is a real file (no
 * symbolic link on the way) inside content/media/, its name ends in an allowed extension, its
 * bytes are that format (checked by magic number, never trusted from the name), it is within
 * the size and pixel limits, and, for SVG, it passes the SVG allowlist. The same rules guard
 * the build itself (see module-guard.ts), so a file that slipped past the check is still never
 * imported as code. Messages name files and never print a file's contents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { spawnSync } from 'node:child_process';
import {
  FORMAT_NAMES,
  IMAGE_EXTENSIONS,
  IMAGE_LIMITS,
  IMAGE_TYPE_RULE,
  type ImageFormat,
} from '../content-policy/images';
import { caseKey, fileNameProblem } from '../content-policy/file-names';
import { sanitizeSvg } from '../content-policy/svg';

/**
 * Files the operating system writes next to the user's files, never read or published:
 * macOS Finder's .DS_Store, Windows Explorer's Thumbs.db and desktop.ini. Every other file
 * under content/ is read by a collection, is media, or is refused with its name.
 */
export const SYSTEM_FILES: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

const MEDIA = ['content', 'media'];
const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The format of a file from its first bytes (its magic number), or undefined. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // An ISO-BMFF "ftyp" box: the major brand and the compatible brands must include an AVIF brand.
    const size = Math.min(((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0, bytes.length);
    for (let at = 8; at + 4 <= size; at += 4) {
      if (at === 12) continue; // minor version
      if (['avif', 'avis'].includes(ascii(bytes, at, at + 4))) return 'avif';
    }
    return undefined;
  }
  // SVG is text: UTF-8 (optionally with a BOM) whose first markup is "<". sanitizeSvg decides the rest.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  if (!text.includes('\u0000') && /^\uFEFF?\s*</.test(text)) return 'svg';
  return undefined;
}

/** The first symbolic link on the way from `from` (a folder) down to `target`, if any. */
function symlinkOnTheWay(from: string, target: string): string | undefined {
  let current = from;
  for (const part of path.relative(from, target).split(path.sep)) {
    current = path.join(current, part);
    try {
      if (fs.lstatSync(current).isSymbolicLink()) return current;
    } catch {
      return undefined; // does not exist: reported by the caller
    }
  }
  return undefined;
}

const inside = (dir: string, file: string) => file.startsWith(dir + path.sep);

/**
 * What is wrong with a file that should be an image under content/media/, as a sentence
 * starting with the file's path, or undefined when it may be published.
 */
export function mediaFileProblem(root: string, absolute: string): string | undefined {
  const shown = rel(root, absolute);
  const mediaDir = path.join(root, ...MEDIA);
  const link = symlinkOnTheWay(path.join(root, 'content'), absolute);
  if (link)
    return `${rel(root, link)} is a symbolic link; content/ may hold only real files, so copy the image itself into content/media/.`;
  const stat = fs.statSync(absolute, { throwIfNoEntry: false });
  if (stat && !stat.isFile() && !stat.isDirectory())
    return `${shown} is a named pipe, socket or device, not an ordinary file; content/ may hold only text files and images, so delete it.`;
  if (!stat?.isFile()) return `there is no image file at ${shown}.`;
  const real = fs.realpathSync(absolute);
  if (!inside(fs.realpathSync(mediaDir), real)) return `${shown} is not inside content/media/.`;
  const extension = path.extname(absolute).toLowerCase();
  const expected = Object.hasOwn(IMAGE_EXTENSIONS, extension) ? IMAGE_EXTENSIONS[extension] : undefined;
  if (!expected) return `${shown} is not an image; ${IMAGE_TYPE_RULE}.`;
  if (stat.size > IMAGE_LIMITS.maxBytes)
    return `${shown} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; an image may be at most ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB, so save it smaller.`;
  const bytes = fs.readFileSync(absolute);
  const actual = sniffImageFormat(bytes);
  if (actual !== expected)
    return `${shown} is named ${extension} but is not a ${FORMAT_NAMES[expected]} image${actual ? ` (it is ${FORMAT_NAMES[actual]})` : ''}; export it again as ${FORMAT_NAMES[expected]}, or give it the extension of its format.`;
  if (expected === 'svg') {
    const svg = sanitizeSvg(bytes.toString('utf8'));
    if (!svg.ok) return `${shown}: the SVG ${svg.reason}; export it again as plain SVG (shapes and text only).`;
    return undefined;
  }
  // The header first, in this process: a size over the limit is refused before any decoding starts.
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = imageSize(bytes));
  } catch {
    // reported below
  }
  if (!width || !height)
    return `${shown} cannot be read as a ${FORMAT_NAMES[expected]} image (its header is damaged or incomplete); export it again.`;
  if (width * height > IMAGE_LIMITS.maxPixelsTimesFrames) return tooLarge(shown, width, height, 1);
  return decodeProblem(root, absolute, FORMAT_NAMES[expected], stat);
}

const tooLarge = (shown: string, width: number, height: number, frames: number) =>
  `${shown} is ${width} × ${height} pixels${frames > 1 ? ` × ${frames} frames` : ''} (${((width * height * frames) / 1e6).toFixed(1)} megapixels); an image may have at most ${IMAGE_LIMITS.maxPixelsTimesFrames / 1e6} megapixels, so scale it down (2400 pixels wide is plenty).`;

type Decoded =
  | { ok: true; width: number; height: number; frames: number }
  | {
      ok: false;
      reason: 'unreadable' | 'too-large' | 'animated' | 'damaged' | 'crashed' | 'timeout';
      width?: number;
      height?: number;
      frames?: number;
    };

/** The decoder, beside this module (the project checked may be a copy holding only content/). */
const DECODER = fileURLToPath(new URL('./decode-image.mjs', import.meta.url));

/** Decoding results by file, size and modification time: the dev server re-checks on every save. */
const decoded = new Map<string, Decoded>();

/**
 * Decodes a raster image completely (src/content-checks/decode-image.mjs, in a child process
 * with a deadline): the header alone says nothing about the picture data behind it, and a file the
 * site's image service cannot convert must never reach it.
 */
export function decodeImage(root: string, absolute: string, stat: fs.Stats): Decoded {
  const key = `${absolute}\0${stat.size}\0${stat.mtimeMs}\0${stat.ino}`;
  const known = decoded.get(key);
  if (known) return known;
  const run = spawnSync(
    process.execPath,
    [DECODER, absolute, String(IMAGE_LIMITS.maxPixelsTimesFrames), String(IMAGE_LIMITS.maxFrames)],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: IMAGE_LIMITS.decodeDeadlineMs,
      maxBuffer: 1024 * 1024,
    },
  );
  let result: Decoded;
  if (run.error && /ETIMEDOUT/.test(String(run.error))) result = { ok: false, reason: 'timeout' };
  else {
    try {
      result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as Decoded;
    } catch {
      result = { ok: false, reason: 'crashed' };
    }
  }
  // A crash or a timeout may be the machine's, not the file's: tried again on the next check.
  if (result.ok || !['crashed', 'timeout'].includes(result.reason)) decoded.set(key, result);
  return result;
}

function decodeProblem(root: string, absolute: string, format: string, stat: fs.Stats): string | undefined {
  const shown = rel(root, absolute);
  const image = decodeImage(root, absolute, stat);
  if (image.ok) return undefined;
  const { width = 0, height = 0, frames = 1 } = image;
  switch (image.reason) {
    case 'too-large':
      return tooLarge(shown, width, height, frames);
    case 'animated':
      return `${shown} is an animation (${frames} frames); photos and logos must be still images, so export a single frame as JPEG or PNG.`;
    case 'damaged':
      return `${shown} is damaged or incomplete (its picture data ends early or cannot be decoded); export or copy it again from the original.`;
    case 'timeout':
      return `${shown} took longer than ${IMAGE_LIMITS.decodeDeadlineMs / 1000} seconds to decode; save it again as an ordinary ${format} (2400 pixels wide is plenty).`;
    case 'crashed':
      return `${shown} could not be decoded (the decoder stopped); save it again as an ordinary ${format}.`;
    default:
      return `${shown} cannot be read as a ${format} image (its header is damaged or incomplete); export it again.`;
  }
}

/**
 * Checks a path written in content (a YAML image field or a Markdown image) relative to the
 * file that contains it. Returns the sentence for the editor, or undefined when the image is fine.
 */
export function imageReferenceProblem(root: string, fromFile: string, reference: string): string | undefined {
  if (/[?#]/.test(reference))
    return `the image path "${reference}" must be only the path of a file, without ?… or #… after it.`;
  let decoded: string;
  try {
    decoded = decodeURI(reference);
  } catch {
    return `the image path "${reference}" is not a valid path (check the % signs).`;
  }
  const target = path.resolve(path.dirname(fromFile), decoded);
  const mediaDir = path.join(root, ...MEDIA);
  if (!inside(mediaDir, target))
    return `the image path "${reference}" leads outside content/media/; images must be files in content/media/ (the path is relative to this file).`;
  if (!fs.existsSync(target) && !symlinkOnTheWay(path.join(root, 'content'), target)) {
    // The file may be there under the same name stored differently (NFD) or in another case.
    const folder = path.dirname(target);
    const wanted = caseKey(path.basename(target));
    const twin = fs.existsSync(folder) ? fs.readdirSync(folder).find((name) => caseKey(name) === wanted) : undefined;
    if (twin !== undefined)
      return twin.normalize('NFC') === path.basename(target)
        ? `${rel(root, path.join(folder, twin.normalize('NFC')))}: ${fileNameProblem(twin)}.`
        : `there is no image file at ${rel(root, target)}, but there is ${rel(root, path.join(folder, twin))}, which differs in upper and lower case; write the path exactly as the file is named.`;
    return `there is no image file at ${rel(root, target)} (the path "${reference}" is relative to this file; images live in content/media/).`;
  }
  return mediaFileProblem(root, target);
}

/** Every symbolic link under content/ (hidden names included), as paths relative to root. */
export function findSymlinks(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, dirent.name);
      if (dirent.isSymbolicLink()) found.push(rel(root, full));
      else if (dirent.isDirectory()) walk(full);
    }
  };
  const content = path.join(root, 'content');
  if (fs.existsSync(content)) walk(content);
  return found.sort();
}

/** The files under content/media/ that are not publishable images (symbolic links are reported apart). */
export function mediaFolderProblems(root: string): { file: string; message: string }[] {
  const problems: { file: string; message: string }[] = [];
  const walk = (dir: string) => {
    const byCase = new Map<string, string>();
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      // Hidden files too: a file nobody sees in the folder must not sit there unchecked.
      if (SYSTEM_FILES.has(dirent.name) || dirent.isSymbolicLink()) continue;
      const full = path.join(dir, dirent.name);
      const shown = rel(root, path.join(dir, dirent.name.normalize('NFC')));
      // What the file is comes first ("not an image"), then what it is called.
      const typeProblem = dirent.isDirectory() ? undefined : mediaFileProblem(root, full);
      if (typeProblem) {
        // The sentence starts with the file's own path; the Problem names it already.
        problems.push({
          file: rel(root, full),
          message: typeProblem.replace(`${rel(root, full)}: `, '').replace(rel(root, full), 'this file'),
        });
        continue;
      }
      const nameProblem = fileNameProblem(dirent.name);
      if (nameProblem) {
        problems.push({ file: shown, message: `${nameProblem}.` });
        continue;
      }
      const other = byCase.get(caseKey(dirent.name));
      if (other !== undefined) {
        problems.push({
          file: shown,
          message: `has the same name as ${rel(root, path.join(dir, other))} apart from upper and lower case; Windows and macOS keep only one of the two, so rename or delete one.`,
        });
        continue;
      }
      byCase.set(caseKey(dirent.name), dirent.name);
      if (dirent.isDirectory()) walk(full);
    }
  };
  const media = path.join(root, ...MEDIA);
  if (fs.existsSync(media)) walk(media);
  return problems;
}
