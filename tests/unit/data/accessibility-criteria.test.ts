// The accessibility statement's test report (src/data/accessibility-criteria.ts) covers every
// WCAG 2.2 level A and AA success criterion exactly once, and each result rests on evidence that
// exists: a test whose title is in the cited file, an npm script, or a procedure written up in
// docs/accessibility-testing.md with the same date.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { criteria, procedures, statement, type Criterion } from '../../../src/data/accessibility-criteria';
import { statementText } from '../../../src/i18n/statement';
import { claimFor, resultOn, type ProcedureRecord } from '../../../src/lib/accessibility-claim';
import { LOCALES } from '../../../src/model/locales';

/** WCAG 2.2 (W3C Recommendation, 12 December 2024): every success criterion at level A and AA. */
const WCAG22 = {
  A: '1.1.1 1.2.1 1.2.2 1.2.3 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.5.1 2.5.2 2.5.3 2.5.4 3.1.1 3.2.1 3.2.2 3.2.6 3.3.1 3.3.2 3.3.7 4.1.2',
  AA: '1.2.4 1.2.5 1.3.4 1.3.5 1.4.3 1.4.4 1.4.5 1.4.10 1.4.11 1.4.12 1.4.13 2.4.5 2.4.6 2.4.7 2.4.11 2.5.7 2.5.8 3.1.2 3.2.3 3.2.4 3.3.3 3.3.4 3.3.8 4.1.3',
};
/** JIS X 8341-3:2016 (= WCAG 2.0) at level A and AA, including 4.1.1, which WCAG 2.2 removed. */
const JIS =
  '1.1.1 1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.3.3 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5 2.1.1 2.1.2 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.4.6 2.4.7 3.1.1 3.1.2 3.2.1 3.2.2 3.2.3 3.2.4 3.3.1 3.3.2 3.3.3 3.3.4 4.1.1 4.1.2';

const levelOf = new Map<string, 'A' | 'AA'>([
  ...WCAG22.A.split(' ').map((id) => [id, 'A'] as const),
  ...WCAG22.AA.split(' ').map((id) => [id, 'AA'] as const),
  ['4.1.1', 'A'],
]);
const jis = new Set(JIS.split(' '));
const docs = readFileSync('docs/accessibility-testing.md', 'utf8');
const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as object);

/** Problems with one report; an empty list means it is sound. */
function problems(report: Criterion[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const c of report) {
    if (seen.has(c.id)) found.push(`${c.id} is listed twice`);
    seen.add(c.id);
    if (!levelOf.has(c.id)) found.push(`${c.id} is not a WCAG 2.2 level A or AA criterion`);
    else if (levelOf.get(c.id) !== c.level) found.push(`${c.id} is level ${levelOf.get(c.id)}, not ${c.level}`);
    if (c.jis !== jis.has(c.id)) found.push(`${c.id}: jis should be ${jis.has(c.id)}`);
    if (c.wcag22 !== (c.id !== '4.1.1')) found.push(`${c.id}: wcag22 should be ${c.id !== '4.1.1'}`);
    if (c.result !== 'fails' && c.evidence.length === 0) found.push(`${c.id} is "${c.result}" without evidence`);
    if (c.result === 'fails' && !c.note) found.push(`${c.id} does not conform but says nothing about why`);
    for (const p of c.pages ?? []) {
      if (p.result === 'fails' && !p.plan) found.push(`${c.id} fails on ${p.pages.join(', ')} without a plan`);
      if (p.evidence.length === 0) found.push(`${c.id} on ${p.pages.join(', ')} has no evidence`);
      if (p.result === c.result && !p.note) found.push(`${c.id} repeats its result on ${p.pages.join(', ')}`);
    }
    for (const e of [...c.evidence, ...(c.pages ?? []).flatMap((p) => p.evidence)]) {
      if ('test' in e) {
        if (!existsSync(e.file)) found.push(`${c.id} cites ${e.file}, which does not exist`);
        else {
          const source = readFileSync(e.file, 'utf8');
          // A test, or a named step of one (a test that runs several checks on one page load).
          const titled = ['`', "'", '"'].some((q) =>
            ['test', 'it', 'test.step'].some((call) => source.includes(`${call}(${q}${e.test}${q}`)),
          );
          if (!titled) found.push(`${c.id} cites a test "${e.test}" that ${e.file} does not have`);
        }
      } else if ('script' in e) {
        if (!scripts.includes(e.script)) found.push(`${c.id} cites npm run ${e.script}, which package.json lacks`);
      } else if (!(e.procedure in procedures))
        found.push(`${c.id} cites procedure ${e.procedure}, which is not defined`);
    }
  }
  for (const id of levelOf.keys()) if (!seen.has(id)) found.push(`${id} is missing`);
  return found;
}

/**
 * The source file that builds a page (the same route for both languages), and the first day it
 * was in the repository, from its git history. A news page exists once its route and its entry do.
 */
function sourcesOf(page: string): string[] | undefined {
  const path = page.replace(/^\/en(?=\/)/, '');
  const route = `src/pages/[...lang]${path === '/' ? '/index' : path.replace(/\/$/, '')}`;
  const news = /^\/news\/([^/]+)\/$/.exec(path);
  const candidates = [
    [`${route}.astro`],
    [`${route}/index.astro`],
    [`src/pages${path.replace(/\/$/, '')}.astro`],
    [`src/pages/[...lang]${path.replace(/\.html$/, '')}.astro`],
    ...(news ? [['src/pages/[...lang]/news/[key].astro', `content/news/ja/${news[1]}.mdx`]] : []),
  ];
  return candidates.find((files) => files.every((f) => existsSync(f)));
}
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const added = new Map<string, string>();
const addedOn = (file: string) => {
  if (!added.has(file))
    added.set(file, git('log', '--follow', '--diff-filter=A', '--format=%as', '--', file).split('\n').at(-1)!);
  return added.get(file)!;
};

/** Runs that name a page before it existed, or a path no source builds. */
function runProblems(record: ProcedureRecord): string[] {
  // A shallow clone shows every file as added by its one commit: the dates would be wrong.
  if (git('rev-parse', '--is-shallow-repository') === 'true')
    return ['the git history is shallow: clone with the full history (actions/checkout fetch-depth: 0)'];
  const found: string[] = [];
  for (const [id, procedure] of Object.entries(record))
    for (const run of procedure.runs)
      for (const page of run.pages) {
        const files = sourcesOf(page);
        if (!files) {
          found.push(`${id} on ${run.date} lists ${page}, which no page source builds`);
          continue;
        }
        const since = files.map(addedOn).sort().at(-1)!;
        if (since > run.date) found.push(`${id} on ${run.date} lists ${page}, which was added on ${since}`);
      }
  return found;
}

describe('the accessibility test report', () => {
  it('lists every WCAG 2.2 A and AA criterion (and 4.1.1) once, each result backed by evidence that exists', () => {
    expect(problems(criteria)).toEqual([]);
    expect(criteria).toHaveLength(56);
  });

  it('refuses a missing criterion, a repeated one and a test that does not exist', () => {
    const [first, second, ...rest] = criteria;
    expect(problems([second!, ...rest])).toEqual([`${first!.id} is missing`]);
    expect(problems([first!, first!, second!, ...rest])).toEqual([`${first!.id} is listed twice`]);
    const invented = { ...first!, evidence: [{ file: 'tests/e2e/a11y.spec.ts', test: 'no such test' }] };
    expect(problems([invented, second!, ...rest])).toEqual([
      `${first!.id} cites a test "no such test" that tests/e2e/a11y.spec.ts does not have`,
    ]);
    const conformsOnNothing = { ...first!, evidence: [] };
    expect(problems([conformsOnNothing, second!, ...rest])).toEqual([`${first!.id} is "conforms" without evidence`]);
  });

  it('describes every manual procedure in docs/accessibility-testing.md, with the same date', () => {
    for (const [id, procedure] of Object.entries(procedures)) {
      const section = docs.split(/^## /m).find((s) => s.startsWith(`${id}:`));
      expect(section, `docs/accessibility-testing.md has no "## ${id}: …" section`).toBeDefined();
      const lastDone = procedure.runs
        .map((run) => run.date)
        .sort()
        .at(-1);
      expect(section, `${id}: last done`).toContain(`Last done: ${lastDone}`);
    }
  });

  it('has the same statement wording keys in both languages, each filled', () => {
    const ja = statementText('ja');
    const en = statementText('en');
    expect(ja('noFailures')).not.toBe('');
    expect(en('noFailures')).not.toBe('');
    expect(() => en('summary')).toThrow(/needs a value for \{total\}/);
  });
});

// Every page an entry can name, for the claim fixtures (the real list is compared with the build
// in tests/e2e/statement-record.spec.ts).
const somePages = ['/', '/ceremony/', '/mou/print/', '/en/'];
const allConform = criteria.map((c) => ({ ...c, result: 'conforms' as const, pages: [] }));
/** Every procedure carried out once, on `pages`, on `date`. */
const ranOn = (pages: string[], date = '2026-11-26'): ProcedureRecord =>
  Object.fromEntries(Object.entries(procedures).map(([id, p]) => [id, { ...p, runs: [{ date, pages }] }]));

describe('the claim the statement makes', () => {
  it('is 配慮 for the real record, which says the testing did not follow Annex JB', () => {
    expect(statement.annexJB).toBe(false);
    expect(claimFor({ criteria, pages: somePages, annexJB: statement.annexJB, procedures }).claim).toBe('considered');
  });

  it('is 準拠 only with an Annex JB test, every criterion met on every page, and evidence for each', () => {
    expect(claimFor({ criteria: allConform, pages: somePages, annexJB: true, procedures }).claim).toBe('conforms');
    // The same results without an Annex JB test: 配慮.
    expect(claimFor({ criteria: allConform, pages: somePages, annexJB: false, procedures }).claim).toBe('considered');
    // One page without evidence for one criterion: not 準拠, not 一部準拠.
    const untested = allConform.map((c, i) =>
      i === 0
        ? {
            ...c,
            pages: [{ pages: ['/mou/print/'], result: 'conforms' as const, evidence: [], note: { ja: 'x', en: 'x' } }],
          }
        : c,
    );
    expect(claimFor({ criteria: untested, pages: somePages, annexJB: true, procedures })).toMatchObject({
      claim: 'considered',
      untested: 1,
    });
    // ...unless that page is not in scope.
    expect(claimFor({ criteria: untested, pages: ['/', '/en/'], annexJB: true, procedures }).claim).toBe('conforms');
  });

  it('is not 準拠 on a page that no run of a cited procedure covered, and is once a run covers it', () => {
    const withNews = [...somePages, '/news/'];
    const citingProcedures = allConform.filter((c) => c.evidence.some((e) => 'procedure' in e));
    expect(citingProcedures.length).toBeGreaterThan(0);
    // The real runs did not cover /news/ (it was added after them): each criterion that cites a
    // procedure is untested there, and the claim cannot be 準拠 even with an Annex JB test.
    expect(claimFor({ criteria: allConform, pages: withNews, annexJB: true, procedures })).toMatchObject({
      claim: 'considered',
      untested: citingProcedures.length,
    });
    const cell = resultOn(citingProcedures[0]!, '/news/', procedures);
    expect(cell.result).toBe('untested');
    expect(cell.notRunOn?.length).toBeGreaterThan(0);
    // A criterion resting on automated tests alone keeps its result on the new page.
    const automatedOnly = allConform.find(
      (c) => c.evidence.length > 0 && c.evidence.every((e) => !('procedure' in e)),
    )!;
    expect(resultOn(automatedOnly, '/news/', procedures).result).toBe('conforms');
    // A run that lists the page makes the record complete again.
    expect(claimFor({ criteria: allConform, pages: withNews, annexJB: true, procedures: ranOn(withNews) }).claim).toBe(
      'conforms',
    );
    // A run that lists every other page does not.
    expect(
      claimFor({ criteria: allConform, pages: withNews, annexJB: true, procedures: ranOn(somePages) }).untested,
    ).toBe(citingProcedures.length);
    // A procedure the record does not define covers nothing.
    const unknown = { ...allConform[0]!, evidence: [{ procedure: 'M99' as 'M1' }] };
    expect(resultOn(unknown, '/', procedures).result).toBe('untested');
  });

  it('is 一部準拠 when a criterion fails on a page and the failure has a plan; without a plan 配慮', () => {
    const failing = (plan?: { ja: string; en: string }) =>
      allConform.map((c) =>
        c.id === '1.4.5'
          ? {
              ...c,
              pages: [
                {
                  pages: ['/ceremony/'],
                  result: 'fails' as const,
                  evidence: c.evidence,
                  note: { ja: 'x', en: 'x' },
                  ...(plan ? { plan } : {}),
                },
              ],
            }
          : c,
      );
    expect(
      claimFor({ criteria: failing({ ja: 'y', en: 'y' }), pages: somePages, annexJB: true, procedures }),
    ).toMatchObject({
      claim: 'partial',
      failing: ['1.4.5'],
    });
    expect(claimFor({ criteria: failing(), pages: somePages, annexJB: true, procedures }).claim).toBe('considered');
  });
});

describe('no row of the report contradicts the site', () => {
  const photo = (lang: string, key: string) =>
    yaml.load(readFileSync(`content/photos/${lang}/${key}.yaml`, 'utf8')) as { standIn?: boolean };
  const row = (id: string) => criteria.find((c) => c.id === id)!;

  it('1.4.5 fails on the ceremony pages while their photos are stand-ins, and on the partners pages while the logos are', () => {
    const standInPhotos = ['signing-photo', 'group-photo'].some((key) => photo('ja', key).standIn);
    const standInLogos = ['biom', 'city-of-kawasaki'].some((logo) =>
      readFileSync(`content/media/logos/${logo}.svg`, 'utf8').includes('STAND-IN'),
    );
    for (const page of ['/ceremony/', '/en/ceremony/'])
      expect(resultOn(row('1.4.5'), page, procedures).result, page).toBe(standInPhotos ? 'fails' : 'conforms');
    for (const page of ['/partners/', '/en/partners/'])
      expect(resultOn(row('1.4.5'), page, procedures).result, page).toBe(standInLogos ? 'fails' : 'conforms');
    // The note for the other pages may not say that logos are the only images of text.
    expect(row('1.4.5').note?.en ?? '').not.toMatch(/logo/i);
  });

  it('1.4.13 is not "not applicable" while the skip link appears on focus', () => {
    const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
    if (layout.includes('focus:not-sr-only')) expect(row('1.4.13').result).not.toBe('not-applicable');
  });

  it('4.1.1 is described as in JIS X 8341-3:2016 and WCAG 2.0, not as only in JIS', () => {
    for (const locale of LOCALES) expect(statementText(locale)('tableCaption')).toContain('WCAG 2.0');
    expect(statementText('en')('tableCaption')).not.toMatch(/only JIS/);
  });

  it('lists on no procedure run a page that did not exist yet on the day of the run', () => {
    expect(runProblems(procedures)).toEqual([]);
    expect(Object.values(procedures).every((p) => p.runs.length > 0)).toBe(true);
    // A run dated before the news list was added, naming it, is refused; so is a path with no page.
    const early = { M1: { ...procedures.M1, runs: [{ date: '2026-11-26', pages: ['/', '/news/', '/en/nowhere/'] }] } };
    expect(runProblems(early)).toEqual([
      'M1 on 2026-11-26 lists /news/, which was added on 2026-12-01',
      'M1 on 2026-11-26 lists /en/nowhere/, which no page source builds',
    ]);
    // The same page on a run dated the day it was added is sound.
    expect(runProblems({ M1: { ...procedures.M1, runs: [{ date: '2026-12-01', pages: ['/news/'] }] } })).toEqual([]);
  });

  it('dates no procedure after the statement it supports', () => {
    for (const [id, p] of Object.entries(procedures))
      for (const run of p.runs) expect(run.date <= statement.date, id).toBe(true);
  });
});
