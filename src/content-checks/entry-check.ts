/**
 * The checks of one entry on its own: it is read as strict UTF-8, parsed without running it
 * (YAML, or frontmatter and a Markdown/MDX body), scanned for unsafe or hidden text, and validated
 * against its collection's real schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeContentText } from '../content-policy/encoding';
import { hygieneIssues, stringsIn } from '../content-policy/text-hygiene';
import { PARSE_DEADLINE_MS, bodyBudgetProblems, fieldLengthProblem } from '../content-policy/work-budgets';
import { COLLECTIONS } from '../model';
import { schemaFor } from '../schemas';
import { rel, type Entry } from './entry';
import { parseFrontmatter, parseYaml, yamlStructureProblems } from './frontmatter';
import { imageReferenceProblem } from './media';
import { scanMarkdownBody } from './mdx';
import type { Problem } from './problem';
import { imageContext, validate } from './schema';

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
export function checkEntry(root: string, entry: Entry, problems: Problem[]) {
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
  // Budgets first: a field or a text that would cost too much to check is refused before it is read further.
  for (const [field, value] of stringsIn(parsed.data)) {
    const tooLong = fieldLengthProblem(value);
    if (tooLong) problems.push({ file: entry.file, ...(field ? { field } : {}), message: tooLong });
  }
  if (spec.format === 'mdx')
    for (const message of bodyBudgetProblems(parsed.body)) problems.push({ file: entry.file, message });
  if (problems.length > before) return;
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
    const links: { url: string; line?: number }[] = (entry.links = []);
    const started = performance.now();
    const findings = scanMarkdownBody(parsed.body, {
      mdx: entry.file.endsWith('.mdx'),
      onImage,
      onLink: (url, line) => links.push({ url, ...(line ? { line } : {}) }),
      requireText: entry.collection === 'clauses',
    });
    // The budgets above keep reading fast; text that is slow to read all the same is refused here,
    // before the build's own MDX compile (which has no such limit) would spend minutes on it.
    const seconds = (performance.now() - started) / 1000;
    if (seconds * 1000 > PARSE_DEADLINE_MS)
      problems.push({
        file: entry.file,
        message: `the text took ${Math.round(seconds)} seconds to read (at most ${PARSE_DEADLINE_MS / 1000}); split it into several entries, or write it with fewer links and marks.`,
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

/** The MDX safety scan of one Markdown/MDX file (used by the dev-server guard). */
export function checkMarkdownFile(root: string, absolute: string): Problem[] {
  const file = rel(path.resolve(root), absolute);
  const decoded = decodeContentText(fs.readFileSync(absolute));
  if (!decoded.ok) return [{ file, ...(decoded.line ? { line: decoded.line } : {}), message: decoded.message }];
  const parsed = parseFrontmatter(decoded.text);
  if (!parsed.ok) return [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }];
  const overBudget = bodyBudgetProblems(parsed.body);
  if (overBudget.length > 0) return overBudget.map((message) => ({ file, message }));
  return scanMarkdownBody(parsed.body, { mdx: absolute.endsWith('.mdx') }).map((finding) => ({
    file,
    ...(finding.line ? { line: finding.line } : {}),
    message: finding.message,
  }));
}
