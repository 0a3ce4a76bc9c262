// Work is bounded by the size of the input, whatever the input: the Open Graph card of a very
// long title is drawn in linear time, and each wrapped line fits; an SVG logo's drawing cost
// (every <use> copy expanded) is counted and limited; an entry's links, brackets and emphasis
// marks are counted before its text is read, and every field has a length limit.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';
import { SVG_LIMITS, sanitizeSvg } from '../../../src/content-policy/svg';
import {
  MAX_BRACKETS,
  MAX_EMPHASIS_MARKERS,
  MAX_FIELD_CHARACTERS,
  MAX_LINKS,
  bodyBudgetProblems,
} from '../../../src/content-policy/work-budgets';
import fs from 'node:fs';
import path from 'node:path';
import { contentFixture, repoRoot, type Fixture } from '../helpers';
import { layoutTitle, ogSvg, textWidth, wrapText } from '../../../src/lib/og-text';

describe('Open Graph title wrapping is linear', () => {
  it('lays out a 300,000-character title (one word, many words, Japanese) and draws its card in bounded time', () => {
    for (const [title, locale] of [
      ['x'.repeat(300_000), 'en'],
      ['word '.repeat(60_000), 'en'],
      ['川崎市とバイオムの覚書を更新しました。'.repeat(16_000), 'ja'],
    ] as const) {
      const started = performance.now();
      const { lines, fontSize } = layoutTitle(title, locale);
      ogSvg({ locale, title, siteName: 'x', footer: 'y' });
      // Minutes before (quadratic wrapping); a generous bound for a loaded machine.
      expect(performance.now() - started, `${locale} ${title.slice(0, 10)}…`).toBeLessThan(15_000);
      expect(fontSize).toBe(40);
      expect(lines.at(-1)!.endsWith('…')).toBe(true);
    }
  });

  it('work grows linearly: ten times the title costs at most about ten times the time', () => {
    const time = (n: number) => {
      const title = 'ab '.repeat(n);
      const started = performance.now();
      for (let i = 0; i < 5; i++) wrapText(title, 'en', 16);
      return performance.now() - started;
    };
    time(1_000); // warm up
    const small = time(10_000);
    const large = time(100_000);
    // Quadratic growth would be 100×; linear is 10×. 40× leaves room for a busy machine.
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });

  it('for random titles of growing size, every line fits and no text is lost', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'W', 'i', ' ', '川', 'ー', 'Munich', '覚書'), { minLength: 1, maxLength: 2000 }),
        fc.integer({ min: 4, max: 30 }),
        (parts, maxEm) => {
          const text = parts.join('');
          const lines = wrapText(text, 'en', maxEm);
          for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(maxEm);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('SVG drawing cost is bounded', () => {
  /** `levels` groups, each drawing ten copies of the one before: 10^levels shapes from a few kB. */
  const nestedUse = (levels: number) => {
    let body = '<rect id="l0" width="1" height="1"/>';
    for (let i = 1; i <= levels; i++)
      body += `<g id="l${i}">${Array.from({ length: 10 }, () => `<use href="#l${i - 1}"/>`).join('')}</g>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs>${body}</defs><use href="#l${levels}"/></svg>`;
  };

  it('refuses a 2.4 kB logo of nested <use> that would draw 10^9 shapes', () => {
    const svg = nestedUse(9);
    expect(svg.length).toBeLessThan(3000);
    expect(sanitizeSvg(svg)).toEqual({
      ok: false,
      reason: 'has <use> copies of copies 10 deep (at most 8); export it again with the copies expanded',
    });
  });

  it('refuses many copies without depth, and a <use> that copies itself', () => {
    const wide = `<svg xmlns="http://www.w3.org/2000/svg"><g id="a">${'<rect width="1" height="1"/>'.repeat(300)}</g>${'<use href="#a"/>'.repeat(100)}</svg>`;
    expect(sanitizeSvg(wide)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^draws more than 20,000 elements/),
    });
    const loop = '<svg xmlns="http://www.w3.org/2000/svg"><g id="a"><use href="#a"/></g></svg>';
    expect(sanitizeSvg(loop)).toMatchObject({ ok: false, reason: expect.stringMatching(/copies itself/) });
  });

  it('accepts ordinary reuse: a logo drawing one shape a few times, three levels deep', () => {
    expect(sanitizeSvg(nestedUse(3)).ok).toBe(true);
  });

  it('for random <use> structures of growing size, the check finishes and its verdict matches the cost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), (copies, levels) => {
        let body = '<rect id="l0" width="1" height="1"/>';
        for (let i = 1; i <= levels; i++) body += `<g id="l${i}">${`<use href="#l${i - 1}"/>`.repeat(copies)}</g>`;
        const svg = `<svg xmlns="http://www.w3.org/2000/svg"><defs>${body}</defs></svg>`;
        const started = performance.now();
        const result = sanitizeSvg(svg);
        expect(performance.now() - started).toBeLessThan(2000);
        // Elements counted: <svg>, <defs>, the <rect>, and each level's <g> with its uses and what they copy.
        let level = 1;
        let drawn = 3;
        for (let i = 1; i <= levels; i++) {
          level = 1 + copies * (1 + level);
          drawn += level;
        }
        const within = levels <= SVG_LIMITS.maxUseDepth && drawn <= SVG_LIMITS.maxDrawnElements;
        if (within) expect(result.ok).toBe(true);
        if (levels > SVG_LIMITS.maxUseDepth || drawn > SVG_LIMITS.maxDrawnElements) expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('an entry’s text and fields cost bounded work to check', () => {
  let f: Fixture;
  beforeAll(() => (f = contentFixture()));
  afterAll(() => f.cleanUp());

  const news = (title: string, body: string) =>
    `---\ntitle: ${title}\ndescription: A note.\ndate: '2020-02'\n---\n\n${body}\n`;
  /** Checks the copy with one English news entry (and a plain Japanese counterpart), then removes both. */
  const checkWith = (title: string, body: string) => {
    f.write('content/news/en/budget.mdx', news(title, body));
    f.write('content/news/ja/budget.mdx', news('お知らせ', '本文です。'));
    try {
      const started = performance.now();
      const { lines } = f.check();
      return { lines, ms: performance.now() - started };
    } finally {
      f.remove('content/news/en/budget.mdx');
      f.remove('content/news/ja/budget.mdx');
    }
  };

  it('refuses 100,000 links in one 700 kB paragraph and 200 kB of "[*" before reading them, naming the file', () => {
    const links = checkWith('Links', '[a](https://x.example/)'.repeat(100_000).slice(0, 700_000));
    expect(links.lines).toEqual([
      'content/news/en/budget.mdx: the text has 30,435 links; an entry may have at most 500, so split it into several entries or link to a page that lists them.',
      'content/news/en/budget.mdx: the text has 60,870 square brackets ([ ]); an entry may have at most 2,000, so remove the ones that are not links or split the entry.',
    ]);
    const marks = checkWith('Marks', '[*'.repeat(100_000));
    expect(marks.lines).toEqual([
      'content/news/en/budget.mdx: the text has 100,000 square brackets ([ ]); an entry may have at most 2,000, so remove the ones that are not links or split the entry.',
      'content/news/en/budget.mdx: the text has 100,000 emphasis marks (*, _ or ~); an entry may have at most 2,000, so remove the ones that do not mark emphasis or split the entry.',
    ]);
    // The variant: automatic links (<https://…>) in a plain Markdown file have no brackets to count.
    expect(bodyBudgetProblems('<https://x.example/> '.repeat(1_000))).toEqual([
      'the text has 1,000 links; an entry may have at most 500, so split it into several entries or link to a page that lists them.',
    ]);
    // Minutes before; counting is linear. A generous bound for a loaded machine.
    expect(links.ms + marks.ms).toBeLessThan(15_000);
  });

  it('refuses a 300,000-character title, and a long field of a YAML entry, naming the field', () => {
    expect(checkWith('x'.repeat(300_000), 'Text.').lines).toEqual([
      'content/news/en/budget.mdx: title: is 300,000 characters long; a field may hold at most 2,000, so shorten it (a title, name, alt text or caption is a sentence or two).',
    ]);
    f.edit('content/participants/en/kono.yaml', (t) => t.replace(/^role: .*$/m, `role: ${'Mayor '.repeat(1_000)}`));
    try {
      expect(f.check().lines).toEqual([
        'content/participants/en/kono.yaml: role: is 5,999 characters long; a field may hold at most 2,000, so shorten it (a title, name, alt text or caption is a sentence or two).',
      ]);
    } finally {
      fs.copyFileSync(
        path.join(repoRoot, 'content/participants/en/kono.yaml'),
        path.join(f.root, 'content/participants/en/kono.yaml'),
      );
    }
  });

  it('accepts text within the budgets: 400 links, 1,500 emphasis marks, a field of 2,000 characters', () => {
    const body = `${'See [BioM](https://www.bio-m.org/). '.repeat(400)}\n\n${'*a* '.repeat(750)}`;
    expect(bodyBudgetProblems(body)).toEqual([]);
    expect(checkWith('x'.repeat(MAX_FIELD_CHARACTERS), body).lines).toEqual([]);
  });

  it('for random Markdown of growing size, made of the characters that cost most, the work is bounded', () => {
    const outcomes = { read: 0, refused: 0 };
    const piece = fc.constantFrom(
      '[',
      ']',
      '*',
      '_',
      '~',
      '(',
      ')',
      '![',
      '](',
      '<',
      '`',
      '\\',
      'a',
      ' ',
      '\n',
      '>',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12_000, size: 'max' }), fc.boolean(), (pieces, mdx) => {
        const body = pieces.join('');
        const refused = bodyBudgetProblems(body);
        const count = (re: RegExp) => body.match(re)?.length ?? 0;
        // Refused exactly when a count is over its limit ...
        const over =
          count(/\]\(|\]\[|\]:|<[a-z][a-z0-9+.-]*:/gi) > MAX_LINKS ||
          count(/[[\]]/g) > MAX_BRACKETS ||
          count(/[*_~]/g) > MAX_EMPHASIS_MARKERS;
        expect(refused.length > 0).toBe(over);
        outcomes[over ? 'refused' : 'read']++;
        if (over) return;
        // ... and what is within them is read in bounded time (seconds for the worst case measured).
        const started = performance.now();
        scanMarkdownBody(body, { mdx });
        expect(performance.now() - started).toBeLessThan(8_000);
      }),
      { numRuns: 12, seed: 18 },
    );
    // Not vacuous: some inputs were within the budgets and read, some over them and refused.
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
