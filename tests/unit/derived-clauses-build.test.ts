// Counts and links to clauses are derived from the content, not written twice: delete agreed
// item (11) in both languages, build the real site on a temporary copy, and no page says eleven
// or links to #item-11 any more.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../src/lib/built-html';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

let copy: ProjectCopy;
const at = (file: string) => copy.at(file);
const page = (file: string) => fs.readFileSync(at(`dist/${file}`), 'utf8');

describe('a clause deleted in both languages', () => {
  let output = '';
  let status: number | null = null;
  beforeAll(() => {
    copy = projectCopy('derived-clauses');
    for (const l of ['ja', 'en']) fs.rmSync(at(`content/clauses/${l}/item-11.mdx`));
    ({ status, output } = copy.build());
  }, 200_000);
  afterAll(() => copy.cleanUp());

  it('builds, and the check names the site text it leaves out', () => {
    expect(output).toContain('Build complete: dist/ now holds the new site.');
    expect(status).toBe(0);
    expect(output).toContain(
      'src/lib/business.ts: the offer "business.11.title" on /business/ rests on agreed item (11), which is not in content/clauses/ (ja, en); the page leaves it out until the clause exists again.',
    );
  });

  it('the home pages count ten agreed items', () => {
    expect(page('index.html')).toContain('同意事項（10項目）');
    expect(page('index.html')).not.toContain('11項目');
    expect(page('en/index.html')).toContain('Purposes, the ten agreed items and the term');
    expect(page('en/index.html')).not.toMatch(/eleven/i);
  });

  it('no page links to #item-11, and the MoU page has no such anchor', () => {
    const pages = htmlFiles(at('dist'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) expect(page(file), file).not.toMatch(/#item-11\b|id="item-11"/);
    // The offer that rested on item (11) is gone; the others stay.
    expect(page('business/index.html')).not.toContain('data-offer="11"');
    expect(page('en/business/index.html')).toContain('data-offer="10"');
  });
});
