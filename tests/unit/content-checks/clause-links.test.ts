// Counts and links to clauses come from the content: a link to a clause the memorandum does not
// have is refused at check time, naming the file; text the site builds on a clause is left out
// (with a warning) while the clause is missing.
import { afterEach, describe, expect, it } from 'vitest';
import { checkClauseLinks, clauseLinkTarget } from '../../../src/content-checks/clause-links';
import { checkContent, formatProblem, type Problem } from '../../../src/content-checks/index';
import { countInText } from '../../../src/i18n/numbers';
import { ui } from '../../../src/i18n/ui';
import { contentFixture, type Fixture } from '../helpers';
import { LOCALES } from '../../../src/model/locales';

let f: Fixture;
afterEach(() => f?.cleanUp());

describe('links to clauses', () => {
  it('recognises links to the MoU page anchors in every written form', () => {
    expect(clauseLinkTarget('/mou/#item-12')).toBe('item-12');
    expect(clauseLinkTarget('/en/mou/#purpose-5')).toBe('purpose-5');
    expect(clauseLinkTarget('../mou/#item-3')).toBe('item-3');
    expect(clauseLinkTarget('https://www.example.jp/en/mou/print/#item-07')).toBe('item-07');
    expect(clauseLinkTarget('#item-2')).toBe('item-2');
    expect(clauseLinkTarget('/business/#item-2')).toBeUndefined();
    expect(clauseLinkTarget('/mou/#term')).toBeUndefined();
  });

  // Links are Markdown only: raw <a> elements are refused by the HTML allowlist before this check.
  it('refuses a Markdown link to a clause that does not exist, in .mdx and .md, naming file and line', () => {
    f = contentFixture();
    f.edit('content/news/en/mou-renewal.mdx', (t) => `${t}\nSee [item 12](/en/mou/#item-12).\n`);
    f.edit('content/news/ja/mou-renewal.mdx', (t) => `${t}\n[目的(5)](/mou/#purpose-5)\n`);
    f.write('content/statements/en/accessibility.md', f.read('content/statements/en/accessibility.mdx'));
    f.remove('content/statements/en/accessibility.mdx');
    f.edit('content/statements/en/accessibility.md', (t) => `${t}\n[seven](/en/mou/#item-07)\n`);
    const lines = f.check().lines;
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/news\/en\/mou-renewal\.mdx:\d+: the link "\/en\/mou\/#item-12" goes to agreed item \(12\), which the memorandum on this site does not have \(its clauses are the files in content\/clauses\/\); correct the link or remove it\.$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/news\/ja\/mou-renewal\.mdx:\d+: the link "\/mou\/#purpose-5" goes to purpose \(5\)/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/statements\/en\/accessibility\.md:\d+: the link "\/en\/mou\/#item-07" must name agreed item \(7\) as #item-7, without the leading zero/,
      ),
    );
  });

  it('accepts links to clauses that exist', () => {
    f = contentFixture();
    f.edit('content/news/en/mou-renewal.mdx', (t) => `${t}\nSee [item 11](/en/mou/#item-11).\n`);
    expect(f.check().problems).toEqual([]);
  });

  it('refuses a UI string that links to a clause that does not exist', () => {
    f = contentFixture();
    const { entries } = checkContent(f.root);
    const problems: Problem[] = [];
    const strings = {
      ja: { ...ui.ja, 'x.link': '詳しくは/mou/#item-12をご覧ください。' },
      en: { ...ui.en, 'x.link': 'See (/en/mou/#item-3) and /en/mou/#item-40.' },
    };
    checkClauseLinks(entries, problems, [], strings);
    expect(problems.map(formatProblem)).toEqual([
      'src/i18n/ui.ts: ja "x.link": the link "/mou/#item-12" goes to agreed item (12), which the memorandum on this site does not have (its clauses are the files in content/clauses/); correct the link or remove it.',
      'src/i18n/ui.ts: en "x.link": the link "/en/mou/#item-40" goes to agreed item (40), which the memorandum on this site does not have (its clauses are the files in content/clauses/); correct the link or remove it.',
    ]);
  });

  it('warns, naming the source file, when text the site builds on a clause loses its clause', () => {
    f = contentFixture();
    for (const l of LOCALES) f.remove(`content/clauses/${l}/item-11.mdx`);
    for (const l of LOCALES) f.remove(`content/clauses/${l}/item-07.mdx`);
    const { problems, warnings } = f.check();
    expect(problems).toEqual([]);
    expect(warnings).toContain(
      'src/lib/business.ts: the offer "business.11.title" on /business/ rests on agreed item (11), which is not in content/clauses/ (ja, en); the page leaves it out until the clause exists again.',
    );
    expect(warnings).toContain(
      'src/pages/[...lang]/partners.astro: the note on the logos on /partners/ rests on agreed item (7), which is not in content/clauses/ (ja, en); the page leaves it out until the clause exists again.',
    );
  });
});

describe('counts in running text', () => {
  it('spells small English numbers out and keeps digits in Japanese', () => {
    expect(countInText(11, 'en')).toBe('eleven');
    expect(countInText(10, 'en')).toBe('ten');
    expect(countInText(21, 'en')).toBe('21');
    expect(countInText(11, 'ja')).toBe('11');
  });

  it('no UI string, page or component states the number of clauses or links a clause by hand', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = ['src/pages', 'src/components', 'src/layouts']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
      .filter((f) => /\.(astro|ts)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/mou\/#(item|purpose)-\d|clauseAnchor\(\s*'(item|purpose)'\s*,\s*\d/);
    }
    for (const [locale, strings] of Object.entries(ui))
      for (const [key, text] of Object.entries(strings))
        expect(text, `${locale} ${key}`).not.toMatch(/\d+項目|\b(four|eleven)\s+(purposes|agreed items|items)\b/i);
  });
});
