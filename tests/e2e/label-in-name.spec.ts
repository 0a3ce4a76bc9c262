// Copying a clause link is confirmed visibly next to the link and announced (WCAG 4.1.3, Status
// Messages). Label in Name (WCAG 2.5.3) for every page is in a11y.spec.ts.
import { expect, test } from '@playwright/test';

test.describe('copying a clause link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  for (const [path, message] of [
    ['/mou/', 'リンクをコピーしました。'],
    ['/en/mou/', 'Link copied.'],
  ] as const) {
    test(`shows and announces the confirmation next to the link: ${path}`, async ({ page, baseURL }) => {
      await page.goto(path);
      const link = page.locator('#item-7 a[data-copy-link]');
      await expect(link).toHaveText(/#item-7/);
      await link.click();
      const status = page.locator('#item-7').getByRole('status');
      await expect(status).toHaveText(message);
      await expect(status).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}#item-7`);
      await expect(page).toHaveURL(/#item-7$/);
      // Only the clause just copied says so.
      await expect(page.getByRole('status').filter({ hasText: message })).toHaveCount(1);
    });
  }
});
