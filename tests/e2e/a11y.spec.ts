// axe over every page of the built site, in light and dark colour schemes, at phone and desktop
// widths: one test per page, scheme and width, so each stays short and a failure names all three.
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { PAGES } from './site';

const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

for (const path of PAGES) {
  for (const colorScheme of SCHEMES) {
    test.describe(`${path} ${colorScheme}`, () => {
      test.use({ colorScheme });
      for (const width of WIDTHS) {
        test(`${path} has no axe violations, ${colorScheme}, ${width} px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          const url = path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path;
          await page.goto(url);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
