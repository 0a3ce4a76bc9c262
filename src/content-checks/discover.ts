/**
 * Discovery: finds the entry files under content/ and reports every file that would be silently
 * ignored or rejected (wrong folder, language, extension or name; not an ordinary file; too large).
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeContentText } from '../content-policy/encoding';
import { COLLECTIONS, COLLECTION_NAMES, KEY_PATTERN, KEY_RULE, LOCALES, isCollectionName, type Locale } from '../model';
import { rel, type Entry } from './entry';
import { SYSTEM_FILES } from './media';
import type { Problem } from './problem';

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    // Symbolic links are never followed (findSymlinks reports them); operating-system litter is
    // ignored; every other file, hidden or not, must be content or media (refused otherwise).
    if (SYSTEM_FILES.has(d.name) || d.isSymbolicLink()) return [];
    const full = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(full) : [full];
  });
}

/**
 * 1 MB: hundreds of times the longest entry; a larger file is a mistake (a pasted document, a
 * binary saved as .mdx), and reading it whole would stall or exhaust the check.
 */
export const MAX_ENTRY_BYTES = 1024 * 1024;

/**
 * What a directory entry is when it is neither a folder nor an ordinary file (a named pipe,
 * socket or device): reading one would block the check for ever or fail without a file name.
 */
function fileKind(absolute: string): string | undefined {
  const stat = fs.lstatSync(absolute, { throwIfNoEntry: false });
  if (!stat || stat.isFile() || stat.isDirectory() || stat.isSymbolicLink()) return undefined;
  return stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
}

const notAFileMessage = (kind: string) =>
  `is ${kind}, not an ordinary file; content/ may hold only text files and images, so delete it.`;

/** Finds the entry files and reports files that would be silently ignored or rejected. */
export function discover(root: string, problems: Problem[], _warnings: string[]): Entry[] {
  const contentDir = path.join(root, 'content');
  const entries: Entry[] = [];
  if (!fs.existsSync(contentDir)) {
    problems.push({ file: 'content', message: 'the content folder is missing.' });
    return entries;
  }
  for (const dirent of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (dirent.name === 'media' || SYSTEM_FILES.has(dirent.name)) continue;
    if (!dirent.isDirectory()) {
      problems.push({
        file: `content/${dirent.name}`,
        message: `is not in a collection folder, so it would not be published: entries go in content/<collection>/ja/ or en/ (collections: ${COLLECTION_NAMES.join(', ')}), images in content/media/; move or delete it.`,
      });
      continue;
    }
    if (!isCollectionName(dirent.name)) {
      for (const absolute of listFiles(path.join(contentDir, dirent.name)))
        problems.push({
          file: rel(root, absolute),
          message: `content/${dirent.name}/ is not a collection (collections: ${COLLECTION_NAMES.join(', ')}), so this file would not be published; move it into a collection folder or delete it.`,
        });
      continue;
    }
    const collection = dirent.name;
    const spec = COLLECTIONS[collection];
    for (const absolute of listFiles(path.join(contentDir, collection))) {
      const file = rel(root, absolute);
      const parts = path.relative(path.join(contentDir, collection), absolute).split(path.sep);
      const ext = path.extname(absolute);
      const key = path.basename(absolute, ext);
      if (parts.length !== 2 || !(LOCALES as readonly string[]).includes(parts[0]!)) {
        problems.push({
          file,
          message: `is not in a language folder: entries go in content/${collection}/ja/ or content/${collection}/en/.`,
        });
        continue;
      }
      if (ext !== ext.toLowerCase() && (spec.extensions as readonly string[]).includes(ext.toLowerCase())) {
        problems.push({
          file,
          message: `the extension ${ext} must be written in lower case (${ext.toLowerCase()}): files with upper-case extensions are not published. Rename the file.`,
        });
        continue;
      }
      if (!(spec.extensions as readonly string[]).includes(ext)) {
        problems.push({
          file,
          message: `has the wrong file type: ${collection} entries are ${spec.extensions.join(' or ')} files, so this one would not be published.`,
        });
        continue;
      }
      if (!KEY_PATTERN.test(key)) {
        problems.push({
          file,
          message: `the file name "${key}" ${KEY_RULE}.`,
        });
        continue;
      }
      if ('onlyKey' in spec && key !== spec.onlyKey) {
        problems.push({
          file,
          message: `${collection} has exactly one entry, named ${spec.onlyKey}${spec.extensions[0]}; rename or remove this file.`,
        });
        continue;
      }
      const locale = parts[0] as Locale;
      const twin = entries.find((e) => e.collection === collection && e.locale === locale && e.key === key);
      if (twin) {
        problems.push({ file, message: `${twin.file} has the same name; keep only one of the two files.` });
        continue;
      }
      const kind = fileKind(absolute);
      if (kind) {
        problems.push({ file, message: notAFileMessage(kind) });
        continue;
      }
      const size = fs.statSync(absolute).size;
      if (size > MAX_ENTRY_BYTES) {
        problems.push({
          file,
          message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a text entry may be at most ${MAX_ENTRY_BYTES / 1024 / 1024} MB (the whole memorandum is a few kilobytes), so check that this is the right file or split it.`,
        });
        continue;
      }
      const decoded = decodeContentText(fs.readFileSync(absolute));
      if (!decoded.ok) {
        problems.push({ file, ...(decoded.line ? { line: decoded.line } : {}), message: decoded.message });
        // Listed, unread: its twin in the other language is then not reported as missing one.
        entries.push({ collection, locale, key, file, absolute, source: '', draft: false, unreadable: true });
        continue;
      }
      entries.push({ collection, locale, key, file, absolute, source: decoded.text, draft: false });
    }
  }
  return entries;
}
