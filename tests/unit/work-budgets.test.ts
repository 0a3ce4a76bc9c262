// Work is bounded by the size of the input, whatever the input: the Open Graph card of a very
// long title is drawn in linear time, and each wrapped line fits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
