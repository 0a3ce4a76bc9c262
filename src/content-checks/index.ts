/**
 * The content check: reads every file under content/, parses it without running it, validates
 * it against the real schemas and checks that both languages agree. Pure: it only reads files
 * and returns problems; the Astro integration and `npm run check:content` print them.
 *
 * This module only composes the jobs, each in its own file: discovery (discover.ts), the checks
 * of one entry (entry-check.ts), pairing the two languages (pairs.ts), references between
 * entries (references.ts), links to clauses (clause-links.ts) and to the site's pages
 * (site-links.ts), media (media.ts), and reporting (problem.ts).
 */
import path from 'node:path';
import { checkContentClauseLinks } from './clause-links';
import { discover } from './discover';
import type { CheckResult, Entry } from './entry';
import { checkEntry } from './entry-check';
import { findSymlinks, mediaFolderProblems } from './media';
import { checkPairs } from './pairs';
import { sortProblems, type Problem } from './problem';
import { checkReferences, checkRequired } from './references';
import { checkSiteLinks } from './site-links';

export { formatProblem, formatProblems, sortProblems, type Problem } from './problem';
export { COLLECTIONS, COLLECTION_NAMES, LOCALES } from '../model';
export { contentModuleProblem, isUnderContent, moduleFile } from './module-guard';
export { sanitizeSvg } from '../content-policy/svg';
export { MAX_ENTRY_BYTES } from './discover';
export { checkMarkdownFile } from './entry-check';
export type { CheckResult, Entry } from './entry';

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
  checkSiteLinks(entries, problems);
  sortProblems(problems);
  return { problems, warnings, entries };
}
