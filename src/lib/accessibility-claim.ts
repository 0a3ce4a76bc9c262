import type { Criterion, Evidence, Procedure, Result } from '../data/accessibility-criteria';

/** The degree of conformance a statement may claim (WAIC's notation guideline): 準拠, 一部準拠, 配慮. */
export type Claim = 'conforms' | 'partial' | 'considered';

/** A result on one page; "untested" when the evidence it rests on does not reach that page. */
export type CellResult = Result | 'untested';

export interface PageCell {
  result: CellResult;
  evidence: Evidence[];
  note?: { ja: string; en: string } | undefined;
  plan?: { ja: string; en: string } | undefined;
  /** Cited procedures that no recorded run carried out on this page. */
  notRunOn?: string[];
}

/** The procedures by id, as src/data/accessibility-criteria.ts records them. */
export type ProcedureRecord = Record<string, Procedure>;

/** The dates a procedure was carried out on `page`. */
export function runsOn(procedure: Procedure, page: string): string[] {
  return procedure.runs.filter((run) => run.pages.includes(page)).map((run) => run.date);
}

/**
 * A criterion's result on one page: its per-page entry if it has one, else the criterion's own.
 * A result resting on a manual procedure holds only where that procedure was carried out: on a
 * page no run of it covered (a page added after the run, or left out of it), the result is
 * "untested", with the evidence that does reach the page; so is a result with no evidence. A
 * procedure id the record does not define covers nothing. A recorded failure stays a failure.
 */
export function resultOn(criterion: Criterion, page: string, procedures: ProcedureRecord): PageCell {
  const special = criterion.pages?.find((p) => p.pages.includes(page));
  const cell: PageCell = special ?? {
    result: criterion.result,
    evidence: criterion.evidence,
    note: criterion.note,
    plan: criterion.plan,
  };
  const notRunOn = cell.evidence.flatMap((e) => {
    if (!('procedure' in e)) return [];
    const procedure = procedures[e.procedure];
    return procedure && runsOn(procedure, page).length > 0 ? [] : [e.procedure];
  });
  // A failure stands wherever it is recorded: it never lets a claim exceed the record.
  if (cell.result === 'fails' || (notRunOn.length === 0 && cell.evidence.length > 0)) return cell;
  return {
    result: 'untested',
    evidence: cell.evidence.filter((e) => !('procedure' in e) || !notRunOn.includes(e.procedure)),
    notRunOn,
  };
}

export interface ClaimReport {
  claim: Claim;
  /** Criteria not met on at least one page in scope, by id. */
  failing: string[];
  /** Criteria that fail somewhere without a 今後の対応方針 (plan) for it. */
  failingWithoutPlan: string[];
  /** Page × criterion pairs without a result: no evidence, or a cited procedure not done there. */
  untested: number;
}

/**
 * What the record supports. 準拠 needs a test that followed Annex JB, a result with evidence for
 * every criterion on every page in scope, and none that fails; 一部準拠 the same test and
 * complete results, with a plan for every failure; anything less is 配慮.
 */
export function claimFor(record: {
  criteria: Criterion[];
  pages: string[];
  annexJB: boolean;
  procedures: ProcedureRecord;
}): ClaimReport {
  const failing = new Set<string>();
  const failingWithoutPlan = new Set<string>();
  let untested = 0;
  for (const criterion of record.criteria) {
    for (const page of record.pages) {
      const cell = resultOn(criterion, page, record.procedures);
      if (cell.result === 'untested') untested += 1;
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
