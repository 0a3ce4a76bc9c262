// axe over every page of the built site, in light and dark colour schemes, at phone and desktop widths.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

for (const path of PAGES) {
  for (const colorScheme of SCHEMES) {
    test.describe(`${path} ${colorScheme}`, () => {
      test.use({ colorScheme });
      for (const width of WIDTHS) {
        test(`axe ${path} ${colorScheme} ${width}px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          const url = path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path;
          await page.goto(url);
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(summary).toEqual([]);
        });
      }
    });
  }
}
