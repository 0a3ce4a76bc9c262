import type { Criterion, Evidence, Result } from '../data/accessibility-criteria';

/** The degree of conformance a statement may claim (WAIC's notation guideline): 準拠, 一部準拠, 配慮. */
export type Claim = 'conforms' | 'partial' | 'considered';

export interface PageCell {
  result: Result;
  evidence: Evidence[];
  note?: { ja: string; en: string } | undefined;
  plan?: { ja: string; en: string } | undefined;
}

/** A criterion's result on one page: its per-page entry if it has one, else the criterion's own. */
export function resultOn(criterion: Criterion, page: string): PageCell {
  const special = criterion.pages?.find((p) => p.pages.includes(page));
  if (special) return special;
  return { result: criterion.result, evidence: criterion.evidence, note: criterion.note, plan: criterion.plan };
}

export interface ClaimReport {
  claim: Claim;
  /** Criteria not met on at least one page in scope, by id. */
  failing: string[];
  /** Criteria that fail somewhere without a 今後の対応方針 (plan) for it. */
  failingWithoutPlan: string[];
  /** Page × criterion pairs whose result has no evidence. */
  untested: number;
}

/**
 * What the record supports. 準拠 needs a test that followed Annex JB, a result with evidence for
 * every criterion on every page in scope, and none that fails; 一部準拠 the same test and
 * complete results, with a plan for every failure; anything less is 配慮.
 */
export function claimFor(record: { criteria: Criterion[]; pages: string[]; annexJB: boolean }): ClaimReport {
  const failing = new Set<string>();
  const failingWithoutPlan = new Set<string>();
  let untested = 0;
  for (const criterion of record.criteria) {
    for (const page of record.pages) {
      const cell = resultOn(criterion, page);
      if (cell.evidence.length === 0) untested += 1;
      if (cell.result === 'fails') {
        failing.add(criterion.id);
        if (!cell.plan) failingWithoutPlan.add(criterion.id);
      }
    }
  }
  const complete = untested === 0;
  const claim: Claim =
    record.annexJB && complete && failing.size === 0
      ? 'conforms'
      : record.annexJB && complete && failingWithoutPlan.size === 0
        ? 'partial'
        : 'considered';
  return { claim, failing: [...failing], failingWithoutPlan: [...failingWithoutPlan], untested };
}
