/**
 * The content check as the build, the dev server and `npm run check:content` run it: the content
 * itself (src/content-checks), then the site's own text that rests on the content — UI strings
 * that link to clauses, and the pages' references to clauses. The checker sits below the UI
 * strings and the pages, so they are handed to it here rather than imported by it.
 */
import { checkSiteClauseLinks } from '../content-checks/clause-links';
import { checkContent as checkContentFiles, sortProblems, type CheckResult } from '../content-checks/index';
import { ui } from '../i18n/ui';
import { SITE_CLAUSE_REFERENCES } from './clause-references';

export * from '../content-checks/index';

/** Checks everything under <root>/content and the site's text that rests on it. Never renders or runs content. */
export function checkContent(root: string): CheckResult {
  const result = checkContentFiles(root);
  checkSiteClauseLinks(result.entries, result.problems, result.warnings, ui, SITE_CLAUSE_REFERENCES);
  sortProblems(result.problems);
  return result;
}
