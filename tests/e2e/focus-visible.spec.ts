// What a sighted keyboard user and a user who cannot tell colours apart get, on every page:
// WCAG 2.4.7 (Focus Visible): every Tab stop draws an outline, and the outline contrasts at least
// 3:1 with the colour behind it, light and dark; 1.4.13 (Content on Hover or Focus): the skip
// link, the one thing that appears on focus, covers no other content (so it needs no way to
// dismiss it) and stays until focus leaves; 1.4.1 (Use of Color): links inside running text are
// underlined, not told apart by colour alone.
import { expect, test, type Page } from '@playwright/test';
import { PAGES, urlOf } from './site';

/**
 * Runs in the page: the focused element's description, a number that stays the same for the same
 * element, and its outline: style, width, and the contrast of its colour with the colour behind
 * it (the nearest ancestor's opaque background; colours resolved by a canvas, so oklch() works).
 */
function probeOutline() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return undefined;
  const w = window as unknown as { ids?: WeakMap<Element, number>; count?: number; ctx?: CanvasRenderingContext2D };
  w.ids ??= new WeakMap();
  if (!w.ids.has(el)) w.ids.set(el, (w.count = (w.count ?? 0) + 1));
  w.ctx ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  })!;
  const rgba = (colour: string) => {
    const ctx = w.ctx!;
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
  };
  const luminance = ([r, g, b]: number[]) =>
    [r!, g!, b!]
      .map((v) => v / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  let behind: number[] = [255, 255, 255];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const bg = rgba(getComputedStyle(node).backgroundColor);
    if (getComputedStyle(node).backgroundColor !== 'rgba(0, 0, 0, 0)' && bg[3] === 255) {
      behind = bg;
      break;
    }
  }
  const style = getComputedStyle(el);
  const [a, b] = [luminance(rgba(style.outlineColor)), luminance(behind)];
  const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return {
    id: w.ids.get(el)!,
    where: `${el.tagName.toLowerCase()} "${text}"`,
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
  };
}

/** Presses Tab until focus leaves the page or comes back; the outline found at every stop. */
async function outlines(page: Page) {
  const found: NonNullable<ReturnType<typeof probeOutline>>[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(probeOutline);
    if (!stop || seen.has(stop.id)) return found;
    seen.add(stop.id);
    found.push(stop);
  }
  throw new Error('more than 150 Tab stops: focus is trapped');
}

for (const path of PAGES) {
  test(`every Tab stop shows an outline that contrasts with what is behind it: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(urlOf(path));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const stops = await outlines(page);
      expect(stops.length, `${colorScheme}: Tab stops`).toBeGreaterThan(0);
      const weak = stops
        .filter((s) => s.style === 'none' || s.width < 2 || s.contrast < 3)
        .map((s) => `${s.where}: ${s.style} ${s.width}px, ${s.contrast.toFixed(2)}:1`);
      expect(weak, `${colorScheme}: stops without a visible, contrasting outline`).toEqual([]);
    }
  });

  test(`the skip link appears on focus without covering other content, until focus leaves it: ${path}`, async ({
    page,
  }) => {
    test.skip(path === '/mou/print/', 'the print view has no skip link (no header or navigation to skip)');
    await page.goto(urlOf(path));
    const skip = page.locator('a[href="#main"]');
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    const covered = await skip.evaluate((link) => {
      const box = link.getBoundingClientRect();
      const overlaps = (r: DOMRect) =>
        r.width > 0 &&
        r.height > 0 &&
        r.left < box.right &&
        r.right > box.left &&
        r.top < box.bottom &&
        r.bottom > box.top;
      const hits: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (link.contains(node) || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some(overlaps)) hits.push(`text "${node.textContent.trim().slice(0, 30)}"`);
      }
      for (const el of document.body.querySelectorAll('img, svg, input, button, select, textarea'))
        if (!link.contains(el) && overlaps(el.getBoundingClientRect())) hits.push(el.tagName.toLowerCase());
      return { hits, width: box.width, height: box.height };
    });
    expect(covered.hits, 'content under the focused skip link').toEqual([]);
    expect(covered.width).toBeGreaterThan(44);
    await page.keyboard.press('Tab');
    await expect(skip).not.toBeFocused();
    // Out of sight again: Tailwind's sr-only clips it to nothing (clip-path: inset(50%)).
    await expect(skip).toHaveCSS('clip-path', 'inset(50%)');
  });

  test(`links in running text are underlined, not told apart by colour alone: ${path}`, async ({ page }) => {
    await page.goto(urlOf(path));
    const links = await page.evaluate(() => {
      const textOutsideLinks = (node: Node): string =>
        node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : node instanceof Element && !node.matches('a, [aria-hidden="true"], .sr-only')
            ? [...node.childNodes].map(textOutsideLinks).join('')
            : '';
      return [...document.querySelectorAll('main a[href]')]
        .map((a) => {
          // Running text: the block holds words that are not part of a link (a row of links, or a
          // logo link, is not running text: it is told apart by its place, not by colour).
          const block = a.closest('p, li, td, dd, figcaption, blockquote');
          const own = (a.textContent ?? '').trim();
          const words = block ? [...block.childNodes].map((n) => textOutsideLinks(n)).join('') : '';
          return {
            text: own.slice(0, 40),
            inText: own !== '' && words.trim() !== '',
            underlined: getComputedStyle(a).textDecorationLine.includes('underline'),
          };
        })
        .filter((l) => l.inText);
    });
    expect(
      links.filter((l) => !l.underlined).map((l) => l.text),
      'links in running text without an underline',
    ).toEqual([]);
  });
}
