/**
 * The build's own guard, independent of the content check that runs before it: Vite asks it
 * about every module it resolves or loads from content/. Only two kinds of file may be loaded
 * from there: a content entry (content/<collection>/<ja|en>/<key>.<ext>, read by the content
 * layer and compiled, never run as the editor wrote it) and an image that passes the media
 * rules (real file in content/media/, magic number matching its extension, within limits).
 * Anything else — a .mjs written as a Markdown image, JavaScript named .jpg, a symbolic link
 * to a module — is refused before Vite reads it, so it is never executed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mediaFileProblem } from './media';
import { COLLECTIONS, KEY_PATTERN, LOCALES, isCollectionName } from '../model';

const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

/** The file part of a Vite module id or import specifier: without ?query and #hash. */
export function moduleFile(id: string): string {
  return id.replace(/[?#].*$/s, '');
}

/** Whether `file` (absolute) is inside <root>/content. */
export function isUnderContent(root: string, file: string): boolean {
  return path.resolve(file).startsWith(path.join(path.resolve(root), 'content') + path.sep);
}

function isEntryFile(root: string, file: string): boolean {
  const parts = path.relative(path.join(root, 'content'), file).split(path.sep);
  if (parts.length !== 3) return false;
  const [collection, locale, name] = parts as [string, string, string];
  if (!isCollectionName(collection) || !(LOCALES as readonly string[]).includes(locale)) return false;
  const ext = path.extname(name);
  return (
    (COLLECTIONS[collection].extensions as readonly string[]).includes(ext) &&
    KEY_PATTERN.test(path.basename(name, ext))
  );
}

/**
 * Why the build must not load `file` (an absolute path under content/), or undefined when it
 * may. The sentence names the file and never quotes its contents.
 */
export function contentModuleProblem(root: string, file: string): string | undefined {
  const absolute = path.resolve(moduleFile(file));
  const shown = rel(root, absolute);
  // An entry is loaded only if it is a real file, not a link to a module elsewhere.
  if (isEntryFile(root, absolute)) return symlinkProblem(root, absolute);
  if (absolute.startsWith(path.join(root, 'content', 'media') + path.sep)) {
    const problem = mediaFileProblem(root, absolute);
    return problem ? `${problem} Nothing under content/ is ever loaded as code.` : undefined;
  }
  return `${shown} is neither a content entry nor an image in content/media/; nothing under content/ is ever loaded as code.`;
}

function symlinkProblem(root: string, absolute: string): string | undefined {
  let current = path.join(root, 'content');
  for (const part of path.relative(current, absolute).split(path.sep)) {
    current = path.join(current, part);
    if (fs.lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink())
      return `${rel(root, current)} is a symbolic link; content/ may hold only real files. Nothing under content/ is ever loaded as code.`;
  }
  return undefined;
}
