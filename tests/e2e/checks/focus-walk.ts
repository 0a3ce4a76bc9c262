// WCAG 2.4.11 (Focus Not Obscured): a walk through every Tab stop of the page as it is, checking at
// each stop that the focused element is inside the viewport and on top (document.elementFromPoint
// at the centre of its visible part is the element or inside it). The visible part, not the whole
// box: a focusable scroll region taller than the viewport (the results table) shows the part on
// screen, and the centre of its whole box may lie below the fold.
import type { Page } from '@playwright/test';

/**
 * Runs in the page: true when the focused element is in the viewport and not covered; the
 * body (focus left the document) counts as done.
 */
function focusedIsUncovered(): boolean {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return true;
  const box = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  if (!box) return false;
  // The centre of the box's part inside the viewport (each page function is sent to the page on
  // its own, so this is written out in each).
  const [left, right] = [Math.max(box.left, 0), Math.min(box.right, window.innerWidth)];
  const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, window.innerHeight)];
  const x = right > left ? (left + right) / 2 : box.left + box.width / 2;
  const y = bottom > top ? (top + bottom) / 2 : box.top + box.height / 2;
  if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
  const hit = document.elementFromPoint(x, y);
  return !!hit && (hit === el || el.contains(hit));
}

/**
 * Runs in the page: the focused element's description (empty when focus left the document), a
 * number that stays the same for the same element, and whether it is uncovered right now.
 */
function probeFocused(): { where: string; id: number; uncovered: boolean } {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { where: '', id: 0, uncovered: true };
  const w = window as unknown as { walkIds?: WeakMap<Element, number>; walkCount?: number };
  w.walkIds ??= new WeakMap();
  if (!w.walkIds.has(el)) w.walkIds.set(el, (w.walkCount = (w.walkCount ?? 0) + 1));
  const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 50);
  const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}" (${el.getAttribute('href') ?? ''})`;
  const box = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  let uncovered = false;
  if (box) {
    const [left, right] = [Math.max(box.left, 0), Math.min(box.right, window.innerWidth)];
    const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, window.innerHeight)];
    const x = right > left ? (left + right) / 2 : box.left + box.width / 2;
    const y = bottom > top ? (top + bottom) / 2 : box.top + box.height / 2;
    const inside = x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
    const hit = inside ? document.elementFromPoint(x, y) : null;
    uncovered = !!hit && (hit === el || el.contains(hit));
  }
  return { where, id: w.walkIds.get(el)!, uncovered };
}

/** Runs in the page: where the focused element is and what is on top of its centre. */
function whatCovers(): string {
  const el = document.activeElement!;
  const box = [...el.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  if (!box) return 'has no box';
  const [left, right] = [Math.max(box.left, 0), Math.min(box.right, window.innerWidth)];
  const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, window.innerHeight)];
  const x = Math.round(right > left ? (left + right) / 2 : box.left + box.width / 2);
  const y = Math.round(bottom > top ? (top + bottom) / 2 : box.top + box.height / 2);
  const hit = document.elementFromPoint(x, y);
  const name = hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].slice(0, 2).join('.')}` : 'nothing';
  return `at (${x}, ${y}) in ${window.innerWidth}×${window.innerHeight}, under ${name}`;
}

/**
 * Presses Tab until focus leaves the page or comes back to where it was, waiting at each stop
 * (up to a second, for scrolling and layout) until the focused element is uncovered. Returns the
 * stops where it stayed covered, and how many stops there were. Starts from where focus is: on a
 * page just loaded, from the top.
 */
export async function walkTabStops(page: Page): Promise<{ covered: string[]; stops: number }> {
  const covered: string[] = [];
  const seen = new Set<number>();
  for (let stops = 0; stops < 150; stops++) {
    await page.keyboard.press('Tab');
    const { where, id, uncovered } = await page.evaluate(probeFocused);
    if (!where || seen.has(id)) return { covered, stops };
    seen.add(id);
    if (uncovered) continue;
    const ok = await page
      .waitForFunction(focusedIsUncovered, undefined, { timeout: 1_000, polling: 'raf' })
      .then(() => true)
      .catch(() => false);
    if (!ok) covered.push(`${where} ${await page.evaluate(whatCovers)}`);
  }
  throw new Error('more than 150 Tab stops: focus is trapped');
}
