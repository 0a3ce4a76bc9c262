// Structure and names that screen-reader and keyboard users navigate by: each ceremony photo under
// its own heading (WCAG 2.4.6, 1.3.1), logo links named for where they go (2.4.4), and a skip link
// that is a visible, padded target when focused (2.4.1). That no two headings of a page say the
// same is checked on every page in a11y.spec.ts.
import { expect, test } from '@playwright/test';

for (const [path, expected] of [
  ['/ceremony/', ['写真1：Domdey教授とTakahashi氏', '写真2：参加者の集合写真']],
  ['/en/ceremony/', ['Photo 1: Prof. Dr. Domdey and Mr. Takahashi', 'Photo 2: Group photo of the participants']],
] as const) {
  test(`each ceremony photo has its own heading: ${path}`, async ({ page }) => {
    await page.goto(path);
    for (const [i, id] of ['signing-photo', 'group-photo'].entries()) {
      await expect(page.locator(`figure#${id}`).getByRole('heading', { level: 2 })).toHaveText(expected[i]!);
    }
  });
}

for (const [path, names] of [
  ['/partners/', ['川崎市の公式ホームページ：川崎市のロゴ（仮画像）', 'BioMの公式ホームページ：BioMのロゴ（仮画像）']],
  [
    '/en/partners/',
    [
      'City of Kawasaki official website: City of Kawasaki logo (stand-in)',
      'BioM official website: BioM logo (stand-in)',
    ],
  ],
] as const) {
  test(`logo links are named for the website they open: ${path}`, async ({ page }) => {
    await page.goto(path);
    const links = page.locator('a[data-logo-link]');
    await expect(links).toHaveCount(2);
    for (const [i, name] of names.entries()) await expect(links.nth(i)).toHaveAccessibleName(name);
  });
}

for (const path of ['/', '/en/']) {
  test(`the skip link is visible with its padding when focused: ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]');
    await expect(skip).toBeFocused();
    await expect(skip).toHaveCSS('padding-left', '16px');
    await expect(skip).toHaveCSS('padding-top', '8px');
    const box = (await skip.boundingBox())!;
    expect(box.width).toBeGreaterThan(44);
    expect(box.height).toBeGreaterThanOrEqual(24);
  });
}
