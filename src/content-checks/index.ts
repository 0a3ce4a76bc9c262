/**
 * The content check: reads every file under content/, parses it without running it, validates
 * it against the real schemas and checks that both languages agree. Pure: it only reads files
 * and returns problems; the Astro integration and `npm run check:content` print them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkContentClauseLinks } from './clause-links';
import { parseFrontmatter, parseYaml, yamlStructureProblems } from './frontmatter';
import { SYSTEM_FILES, findSymlinks, imageReferenceProblem, mediaFolderProblems } from './media';
import { scanMarkdownBody } from './mdx';
import { decodeContentText } from '../content-policy/encoding';
import { hygieneIssues, stringsIn } from '../content-policy/text-hygiene';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  KEY_PATTERN,
  KEY_RULE,
  LOCALES,
  REQUIRED_ENTRIES,
  isCollectionName,
  type CollectionName,
  type Locale,
} from '../model';
import { schemaFor } from '../schemas';
import { sortProblems, type Problem } from './problem';
import { imageContext, show, validate } from './schema';

export { formatProblem, formatProblems, sortProblems, type Problem } from './problem';
export { COLLECTIONS, COLLECTION_NAMES, LOCALES } from '../model';
export { contentModuleProblem, isUnderContent, moduleFile } from './module-guard';
export { sanitizeSvg } from '../content-policy/svg';

export interface Entry {
  collection: CollectionName;
  locale: Locale;
  key: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  absolute: string;
  source: string;
  /** The Markdown text below the frontmatter (Markdown/MDX entries only). */
  body?: string;
  /** Validated data, when the file parsed and matched its schema. */
  data?: Record<string, unknown>;
  draft: boolean;
  /** Refused before parsing (not UTF-8): already reported, never parsed. */
  unreadable?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  warnings: string[];
  entries: Entry[];
}

const LANGUAGE = { ja: 'Japanese', en: 'English' } as const;
const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');

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
function discover(root: string, problems: Problem[], _warnings: string[]): Entry[] {
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

/** Control, invisible and non-NFC characters in YAML (or frontmatter): by field where there is one, else by line. */
function checkYamlText(entry: Entry, yamlText: string, lineOffset: number, data: unknown, problems: Problem[]) {
  const reported = new Set<number>();
  for (const [field, value] of stringsIn(data)) {
    for (const issue of hygieneIssues(value)) {
      reported.add(issue.codePoint);
      problems.push({ file: entry.file, ...(field ? { field } : {}), message: issue.message });
    }
  }
  // What the fields do not show: characters in comments or keys, or written as they are (a tab).
  for (const issue of hygieneIssues(yamlText)) {
    if (reported.has(issue.codePoint)) continue;
    reported.add(issue.codePoint);
    problems.push({ file: entry.file, line: issue.line + lineOffset, message: issue.message });
  }
}

/** Parses, scans and validates one entry, filling entry.data on success. */
function checkEntry(root: string, entry: Entry, problems: Problem[]) {
  if (entry.unreadable) return;
  const spec = COLLECTIONS[entry.collection];
  // A byte order mark opening the file says "UTF-8"; js-yaml and Astro skip it, and so does the check.
  const parsed =
    spec.format === 'yaml' ? parseYaml(entry.source.replace(/^\uFEFF/, '')) : parseFrontmatter(entry.source);
  if (!parsed.ok) {
    problems.push({ file: entry.file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message });
    // A control character often is why the YAML cannot be read; name it too.
    for (const issue of hygieneIssues(entry.source, { allowTab: spec.format === 'mdx' }))
      if (!/normalization/.test(issue.message))
        problems.push({ file: entry.file, line: issue.line, message: issue.message });
    return;
  }
  const before = problems.length;
  for (const finding of yamlStructureProblems(parsed.yaml, parsed.yamlLineOffset))
    problems.push({
      file: entry.file,
      ...(finding.line ? { line: finding.line } : {}),
      ...(finding.field ? { field: finding.field } : {}),
      message: finding.message,
    });
  checkYamlText(entry, parsed.yaml, parsed.yamlLineOffset, parsed.data, problems);
  if (spec.format === 'mdx') {
    entry.body = parsed.body;
    const onImage = (url: string, line: number | undefined) => {
      // An image is a file in content/media/, like image: fields: a web address would be a request
      // to another site at run time, a site address (/…) a file this check never sees.
      const problem =
        url.trim() === ''
          ? 'the image has no path; write the path of a file in content/media/ between the brackets, e.g. ![alt](../../media/photos/x.jpg).'
          : /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[\\/]/.test(url)
            ? `the image "${url}" is a web or site address; images must be files in content/media/, written as a path from this file (e.g. ../../media/photos/x.jpg).`
            : imageReferenceProblem(root, entry.absolute, url);
      if (problem) problems.push({ file: entry.file, ...(line ? { line } : {}), message: problem });
    };
    const findings = scanMarkdownBody(parsed.body, {
      mdx: entry.file.endsWith('.mdx'),
      onImage,
      requireText: entry.collection === 'clauses',
    });
    for (const finding of findings) {
      problems.push({
        file: entry.file,
        ...(finding.line ? { line: finding.line } : {}),
        ...(finding.field ? { field: finding.field } : {}),
        message: finding.message,
      });
    }
  }
  // Data that is not plain YAML, or text with hidden characters, is not validated further.
  if (problems.length > before) return;
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: entry.file, message: 'must be a list of fields written as "name: value", one per line.' });
    return;
  }
  const schema = schemaFor(entry.collection, imageContext(entry.absolute, root));
  const result = validate(schema, data);
  if (!result.ok) {
    for (const issue of result.issues) {
      problems.push({ file: entry.file, ...(issue.field ? { field: issue.field } : {}), message: issue.message });
    }
    return;
  }
  entry.data = result.data;
  entry.draft = result.data.draft === true;
}

/** Image paths compare by the file they point to, so "./a/../x.jpg" and "x.jpg" agree. */
function comparable(entry: Entry, field: string, value: unknown): unknown {
  const images = COLLECTIONS[entry.collection].images as readonly string[];
  if (images.includes(field) && typeof value === 'string') return path.resolve(path.dirname(entry.absolute), value);
  return value;
}

function checkPairs(entries: Entry[], problems: Problem[]) {
  const byId = new Map(entries.map((e) => [`${e.collection}/${e.locale}/${e.key}`, e]));
  const seen = new Set<string>();
  for (const entry of entries) {
    const pairId = `${entry.collection}/${entry.key}`;
    if (seen.has(pairId)) continue;
    seen.add(pairId);
    const ja = byId.get(`${entry.collection}/ja/${entry.key}`);
    const en = byId.get(`${entry.collection}/en/${entry.key}`);
    if (!ja || !en) {
      const present = (ja ?? en)!;
      if (!present.data || present.draft) continue;
      const missing: Locale = ja ? 'en' : 'ja';
      const expected = present.file.replace(`/${present.locale}/`, `/${missing}/`);
      problems.push({
        file: present.file,
        message: `has no ${LANGUAGE[missing]} version (${expected}); add the translation, or mark this entry draft: true until both exist.`,
      });
      continue;
    }
    if (!ja.data || !en.data) continue; // already reported
    const pair = { file: ja.file, otherFile: en.file };
    if (ja.draft !== en.draft) {
      problems.push({
        ...pair,
        field: 'draft',
        message: `only the ${LANGUAGE[ja.draft ? 'ja' : 'en']} version is a draft (ja: ${ja.draft}, en: ${en.draft}); publish both languages together or keep both as drafts.`,
      });
      continue;
    }
    if (ja.draft) continue;
    const spec = COLLECTIONS[entry.collection];
    for (const field of spec.same) {
      const a = comparable(ja, field, ja.data[field]);
      const b = comparable(en, field, en.data[field]);
      if (!isDeepStrictEqual(a, b)) {
        problems.push({
          ...pair,
          field,
          message: `the two languages disagree (ja: ${show(ja.data[field] ?? null)}, en: ${show(en.data[field] ?? null)}); dates, numbers, keys, links and image paths must be the same in both.`,
        });
      }
    }
    if (spec.format === 'mdx' && !ja.body?.trim() !== !en.body?.trim()) {
      const [has, lacks] = ja.body?.trim() ? ['ja', 'en'] : ['en', 'ja'];
      problems.push({
        ...pair,
        field: 'text',
        message: `the text below the frontmatter is written in ${has} but empty in ${lacks}; every text must exist in both languages.`,
      });
    }
    for (const field of spec.bothOrNeither) {
      const inJa = ja.data[field] !== undefined;
      const inEn = en.data[field] !== undefined;
      if (inJa !== inEn) {
        problems.push({
          ...pair,
          field,
          message: `is given in ${inJa ? 'ja' : 'en'} but missing in ${inJa ? 'en' : 'ja'}; every text must exist in both languages.`,
        });
      }
    }
  }
}

function checkReferences(entries: Entry[], problems: Problem[]) {
  const published = entries.filter((e) => e.data && !e.draft);
  const keys = (collection: CollectionName, locale: Locale) =>
    new Set(published.filter((e) => e.collection === collection && e.locale === locale).map((e) => e.key));
  const draftKeys = (collection: CollectionName, locale: Locale) =>
    new Set(entries.filter((e) => e.collection === collection && e.locale === locale && e.draft).map((e) => e.key));
  const missing = (collection: CollectionName, what: string, locale: Locale, key: string) =>
    draftKeys(collection, locale).has(key)
      ? `${what} "${key}" is still a draft (content/${collection}/${locale}/${key}.yaml); publish it first or remove the reference.`
      : `there is no ${what} "${key}" (no file content/${collection}/${locale}/${key}.yaml); use the file name of an existing ${what}, without .yaml.`;

  // A referenced file that exists but failed its own checks has been reported already.
  const broken = (collection: CollectionName, locale: Locale, key: string) =>
    entries.some((e) => e.collection === collection && e.locale === locale && e.key === key && !e.data);

  for (const entry of published) {
    if (entry.collection === 'photos') {
      const people = keys('participants', entry.locale);
      const list = entry.data!.participants as string[];
      list.forEach((key, i) => {
        if (!people.has(key) && !broken('participants', entry.locale, key))
          problems.push({
            file: entry.file,
            field: `participants[${i + 1}]`,
            message: missing('participants', 'participant', entry.locale, key),
          });
      });
      const dup = list.find((key, i) => list.indexOf(key) !== i);
      if (dup)
        problems.push({
          file: entry.file,
          field: 'participants',
          message: `"${dup}" is listed twice; list each person once, from left to right.`,
        });
    }
    if (entry.collection === 'participants' && entry.data!.organisation !== undefined) {
      const key = entry.data!.organisation as string;
      if (!keys('organisations', entry.locale).has(key) && !broken('organisations', entry.locale, key))
        problems.push({
          file: entry.file,
          field: 'organisation',
          message: missing('organisations', 'organisation', entry.locale, key),
        });
    }
  }

  // Numbers that must be unique within a language.
  const unique = (
    collection: CollectionName,
    field: string,
    group: (e: Entry) => string,
    describe: (e: Entry) => string,
  ) => {
    for (const locale of LOCALES) {
      const seen = new Map<string, Entry>();
      for (const entry of published
        .filter((e) => e.collection === collection && e.locale === locale)
        .sort((a, b) => a.key.localeCompare(b.key))) {
        const id = group(entry);
        const first = seen.get(id);
        if (first)
          problems.push({
            file: entry.file,
            field,
            message: `${describe(entry)} is also used by ${first.file}; each may be used only once.`,
          });
        else seen.set(id, entry);
      }
    }
  };
  unique(
    'clauses',
    'number',
    (e) => `${e.data!.kind}/${e.data!.number}`,
    (e) => `${e.data!.kind} number ${e.data!.number}`,
  );
  unique(
    'photos',
    'order',
    (e) => String(e.data!.order),
    (e) => `order ${e.data!.order}`,
  );
}

/** Entries the site needs: each must exist, published, in both languages. */
function checkRequired(entries: Entry[], problems: Problem[]) {
  for (const { collection, key, neededBy } of REQUIRED_ENTRIES) {
    for (const locale of LOCALES) {
      const entry = entries.find((e) => e.collection === collection && e.locale === locale && e.key === key);
      if (!entry)
        problems.push({
          file: `content/${collection}/${locale}/${key}${COLLECTIONS[collection].extensions[0]}`,
          message: `is missing, but ${neededBy}: this entry cannot be deleted; restore it (undo the change that removed it).`,
        });
      else if (entry.data && entry.draft)
        problems.push({
          file: entry.file,
          field: 'draft',
          message: `cannot be a draft, because ${neededBy}; set draft to false.`,
        });
    }
  }
}

/** The MDX safety scan of one Markdown/MDX file (used by the dev-server guard). */
export function checkMarkdownFile(root: string, absolute: string): Problem[] {
  const file = rel(path.resolve(root), absolute);
  const decoded = decodeContentText(fs.readFileSync(absolute));
  if (!decoded.ok) return [{ file, ...(decoded.line ? { line: decoded.line } : {}), message: decoded.message }];
  const parsed = parseFrontmatter(decoded.text);
  if (!parsed.ok) return [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }];
  return scanMarkdownBody(parsed.body, { mdx: absolute.endsWith('.mdx') }).map((finding) => ({
    file,
    ...(finding.line ? { line: finding.line } : {}),
    message: finding.message,
  }));
}

/** The entry files under <root>/content, without reading or checking them further. */
export function findEntries(root: string): Entry[] {
  return discover(path.resolve(root), [], []);
}

/** Checks everything under <root>/content. Never renders or evaluates any content. */
export function checkContent(root: string): CheckResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  for (const link of findSymlinks(path.resolve(root)))
    problems.push({
      file: link,
      message: 'is a symbolic link; content/ may hold only real files, so put the file itself here.',
    });
  problems.push(...mediaFolderProblems(path.resolve(root)));
  const entries = discover(path.resolve(root), problems, warnings);
  for (const entry of entries) {
    // Whatever goes wrong while reading one file is reported against that file, never a crash.
    try {
      checkEntry(path.resolve(root), entry, problems);
    } catch (error) {
      if (process.env.DEBUG === '1') console.error(error);
      problems.push({
        file: entry.file,
        message: `could not be checked (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); save it again as plain UTF-8 text, and report it to a developer if it looks normal.`,
      });
    }
  }
  checkPairs(entries, problems);
  checkReferences(entries, problems);
  checkRequired(entries, problems);
  checkContentClauseLinks(entries, problems);
  sortProblems(problems);
  return { problems, warnings, entries };
}
