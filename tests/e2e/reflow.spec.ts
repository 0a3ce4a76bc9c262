// WCAG 1.4.10 (Reflow) and 1.4.4 (Resize Text): at 320 CSS px (1280 px at 400 % zoom) no
// text spills out of its box or is cut off, and the page never scrolls sideways; the same on a
// 390 px phone with the text size doubled (the browser's 200 % text setting, emulated by a 200 %
// root font size), and at 1280 px with WCAG's text-spacing overrides (1.4.12).
import { expect, test } from '@playwright/test';
import { PAGES } from './site';

const urlOf = (path: string) => (path.endsWith('404.html') ? `${path.replace(/404\.html$/, '')}no-such-page/` : path);

/**
 * Runs in the page: every rendered box whose content is wider than the box (it spills out, or
 * is cut off where the box hides its overflow), every box reaching past the viewport's right
 * edge, and whether the page scrolls sideways. Scrolling containers, form fields, images and
 * visually hidden (.sr-only) text are not text boxes and are left out.
 */
function overflowingBoxes(): string[] {
  const problems: string[] = [];
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('')} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const skip = new Set(['IMG', 'PICTURE', 'SVG', 'INPUT', 'TEXTAREA', 'SELECT', 'TEMPLATE', 'SCRIPT', 'STYLE']);
  for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
    if (skip.has(el.tagName.toUpperCase())) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.display === 'contents' || style.display === 'inline') continue;
    if (style.visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue; // .sr-only and empty boxes
    const clipped = style.clipPath !== 'none' || !['auto', ''].includes(style.getPropertyValue('clip'));
    if (style.position === 'absolute' && clipped) continue; // visually hidden (.sr-only)
    const scrolls = ['auto', 'scroll'].includes(style.overflowX);
    // A data table may scroll sideways inside its own focusable region (a 1.4.10 exception); the region
    // itself must fit, and nothing inside it may be cut off.
    const inScroller = el.parentElement?.closest('[role="region"][tabindex="0"]') != null;
    if (!scrolls && el.scrollWidth > el.clientWidth + 1)
      problems.push(`${describe(el)} is ${el.scrollWidth - el.clientWidth} px too narrow`);
    if (!inScroller && box.right > window.innerWidth + 1)
      problems.push(`${describe(el)} reaches ${Math.round(box.right)} px`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  return problems;
}

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of PAGES) {
    test(`no text spills out of its box at 320 px: ${path}`, async ({ page }) => {
      await page.goto(urlOf(path));
      await page.waitForLoadState('load'); // images sized, fonts applied
      expect(await page.evaluate(overflowingBoxes)).toEqual([]);
    });
  }
});

test.describe('390 px, text at 200 %', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of PAGES) {
    test(`no text spills out of its box at 390 px with text at 200 %: ${path}`, async ({ page }) => {
      await page.goto(urlOf(path));
      await page.waitForLoadState('load');
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
      expect(await page.evaluate(overflowingBoxes)).toEqual([]);
    });
  }
});

test.describe('1280 px, WCAG text spacing', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const path of PAGES) {
    test(`no text is cut off with WCAG text spacing: ${path}`, async ({ page }) => {
      await page.goto(urlOf(path));
      await page.waitForLoadState('load');
      // 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12 and word spacing 0.16
      // times the font size. Set on every element through the CSSOM (the CSP allows no <style>).
      const applied = await page.evaluate(() => {
        const all = [...document.body.querySelectorAll<HTMLElement>('*')];
        for (const el of all) {
          el.style.setProperty('line-height', '1.5', 'important');
          el.style.setProperty('letter-spacing', '0.12em', 'important');
          el.style.setProperty('word-spacing', '0.16em', 'important');
          if (el.tagName === 'P') el.style.setProperty('margin-bottom', '2em', 'important');
        }
        return all.length;
      });
      expect(applied).toBeGreaterThan(10);
      expect(await page.evaluate(overflowingBoxes)).toEqual([]);
    });
  }
});
