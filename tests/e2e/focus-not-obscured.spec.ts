// The search panel and focus (WCAG 2.4.3, 2.4.11): it closes on Escape with focus on a result,
// returning focus to its button, and on a click outside it. The walk over every Tab stop of every
// page, in every state, is in a11y.spec.ts.
import { expect, test } from '@playwright/test';

test.describe('the search panel', () => {
  test('closes on Escape while focus is on a result, returning focus to the search button', async ({ page }) => {
    await page.goto('/en/mou/');
    const toggle = page.getByRole('button', { name: 'Search', exact: true });
    await toggle.click();
    await page.getByRole('searchbox').fill('memorandum');
    const first = page.locator('[data-search-results] a').first();
    await first.focus();
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-panel')).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('closes on a click outside it, leaving focus where the click put it', async ({ page }) => {
    await page.goto('/mou/');
    const toggle = page.getByRole('button', { name: '検索', exact: true });
    await toggle.click();
    await page.getByRole('searchbox').fill('覚書');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await page.locator('footer').click({ position: { x: 5, y: 5 } });
    await expect(page.locator('#site-search-panel')).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).not.toBeFocused();
  });
});
