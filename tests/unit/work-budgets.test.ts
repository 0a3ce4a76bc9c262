// Work is bounded by the size of the input, whatever the input: the Open Graph card of a very
// long title is drawn in linear time, and each wrapped line fits; an SVG logo's drawing cost
// (every <use> copy expanded) is counted and limited.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SVG_LIMITS, sanitizeSvg } from '../../src/content-policy/svg';
import { layoutTitle, ogSvg, textWidth, wrapText } from '../../src/lib/og-text';

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
