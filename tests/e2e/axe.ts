// axe as every accessibility test uses it: WCAG 2.0–2.2 A and AA plus best practice, run in the
// page itself. axe-core is put into a document once and then run as often as a test needs on
// that document (both colour schemes, several widths): @axe-core/playwright's AxeBuilder sends
// the 550 kB script again on every run and finishes each run in a new blank page, which cost
// about 1 s a run, several times what axe itself takes on these pages. The site has no frames
// (a frame would need AxeBuilder's per-frame runs), so a page with one fails here, not silently.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Found = { id: string; impact: string | null | undefined; help: string; targets: string[]; summaries: string[] };
type Run = { violations: Found[]; passed: string[]; incomplete: string[]; inapplicable: string[] };

/**
 * Runs axe on the page as it is now, or on the part of it that `within` selects, with `options` as
 * axe.run takes them (run only the given tags or rules, enable a rule that is off by default). Returns the violations, and the ids of
 * the rules that passed, could not decide or did not apply, so a caller can tell a rule did run.
 */
export async function runAxe(page: Page, options: axe.RunOptions, within?: string): Promise<Run> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames: axe here checks the top document only`);
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axe.source);
    await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ['<same_origin>'] }),
    );
  }
  return page.evaluate(
    async ({ options, within }) => {
      const context = within ? { include: [[within]] } : document;
      const results = await (window as unknown as { axe: typeof axe }).axe.run(context, options);
      return {
        violations: results.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
          summaries: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        })),
        passed: results.passes.map((r) => r.id),
        incomplete: results.incomplete.map((r) => r.id),
        inapplicable: results.inapplicable.map((r) => r.id),
      };
    },
    { options, within },
  );
}

/**
 * axe's violations on the page as it is now, one line each: rule, impact, help and the elements;
 * with `within` (a selector), only in that part of the page.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  const { violations } = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS } }, within);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);
}
