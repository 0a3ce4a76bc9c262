// WCAG 2.4.11 (Focus Not Obscured): a walk through every Tab stop of the page as it is, checking at
// each stop that the focused element is inside the viewport and on top (document.elementFromPoint
// at the centre of its visible part is the element or inside it). The visible part, not the whole
// box: a focusable scroll region taller than the viewport (the results table) shows the part on
// screen, and the centre of its whole box may lie below the fold. Also WCAG 2.4.7 (Focus Visible):
// the outline drawn at each stop of a walk, measured in one call after it.
import type { CDPSession, Page } from '@playwright/test';

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

/** What the page recorded at one Tab stop, or the end of the walk. */
type StopRecord = { where: string; uncovered: boolean } | { end: true };

/**
 * Runs in the page: listens for the walk's Tab presses. At each Tab's keyup (the browser moved
 * focus and scrolled on the keydown before it) it records the focused element's description and
 * whether it is uncovered right now. The walk ends when focus leaves the document or comes back to
 * a stop already recorded; a covered stop holds the walk. While the walk is held or over, further
 * Tabs are swallowed (preventDefault on keydown), so focus stays where it is.
 */
function listenForTabStops() {
  const walk = {
    stops: [] as Element[],
    seen: new WeakSet<Element>(),
    records: [] as StopRecord[],
    over: false,
    held: false,
    swallowed: false,
    stopListening: () => {},
  };
  const probe = () => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
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
    return { el, where, uncovered };
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    walk.swallowed = walk.over || walk.held;
    if (!walk.swallowed) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || walk.swallowed || walk.over) return;
    const stop = probe();
    if (!stop || walk.seen.has(stop.el)) {
      walk.over = true;
      walk.records.push({ end: true });
      return;
    }
    walk.seen.add(stop.el);
    walk.stops.push(stop.el);
    walk.records.push({ where: stop.where, uncovered: stop.uncovered });
    walk.held = !stop.uncovered;
  };
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('keyup', onKeyUp, true);
  walk.stopListening = () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('keyup', onKeyUp, true);
  };
  // walkStops: the stops of this walk, in order, for outlinesAtStops.
  Object.assign(window, { tabWalk: walk, walkStops: walk.stops });
}

/** Runs in the page: the stops recorded since the last call, and whether the walk is held. */
function takeStopRecords(): { records: StopRecord[]; held: boolean } {
  const walk = (window as unknown as { tabWalk: { records: StopRecord[]; held: boolean } }).tabWalk;
  const records = walk.records;
  walk.records = [];
  return { records, held: walk.held };
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

/** Tab presses sent to the browser at once; the page records each stop as it comes. */
const TABS_PER_BATCH = 8;
/** Tab as Playwright's keyboard.press('Tab') sends it to Chromium: a raw key down, then a key up. */
const TAB = { modifiers: 0, windowsVirtualKeyCode: 9, code: 'Tab', key: 'Tab', location: 0, isKeypad: false };

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/** The page's DevTools session, opened once per page. */
function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

/**
 * Presses Tab until focus leaves the page or comes back to where it was, waiting at each covered
 * stop (up to a second, for scrolling and layout) until the focused element is uncovered. Returns
 * the stops where it stayed covered, how many stops there were and the first of them. Starts from
 * where focus is: on a page just loaded, or after startFromTop, from the top.
 *
 * The Tabs are real key presses, sent through Chromium's DevTools input exactly as Playwright's
 * keyboard sends them, eight at a time: Chromium finishes each one (focus moved, scrolled into
 * view, keyup dispatched) before it starts the next, and the page records each stop at its keyup
 * (listenForTabStops). Awaiting each press and then asking the page where focus was took about
 * three times the processor time per stop, in the test process, the renderer and the compositor.
 */
export async function walkTabStops(page: Page): Promise<{ covered: string[]; stops: number; first: string }> {
  const session = await sessionOf(page);
  const covered: string[] = [];
  let stops = 0;
  let first = '';
  await page.evaluate(listenForTabStops);
  try {
    while (stops <= 150) {
      const presses: Promise<unknown>[] = [];
      for (let i = 0; i < TABS_PER_BATCH; i++)
        presses.push(
          session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }),
          session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }),
        );
      await Promise.all(presses);
      const { records, held } = await page.evaluate(takeStopRecords);
      for (const record of records) {
        if ('end' in record) return { covered, stops, first };
        stops++;
        first ||= record.where;
      }
      if (!held) continue;
      // The last stop recorded is covered, and focus is still on it: give layout and scrolling
      // (the page's own, in an animation frame) up to a second to uncover it.
      const ok = await page
        .waitForFunction(focusedIsUncovered, undefined, { timeout: 1_000, polling: 'raf' })
        .then(() => true)
        .catch(() => false);
      const stop = records.at(-1) as { where: string };
      if (!ok) covered.push(`${stop.where} ${await page.evaluate(whatCovers)}`);
      await page.evaluate(() => {
        (window as unknown as { tabWalk: { held: boolean } }).tabWalk.held = false;
      });
    }
  } finally {
    await page.evaluate(() =>
      (window as unknown as { tabWalk: { stopListening: () => void } }).tabWalk.stopListening(),
    );
  }
  throw new Error('more than 150 Tab stops: focus is trapped');
}

/**
 * Makes the next Tab go to the page's first Tab stop, as on a page just loaded, so that one load
 * can serve several walks (at several widths). A walk ends with focus outside the page, or
 * elsewhere after a probe: focusing a throwaway element at the very start of the body, then
 * removing it, leaves the browser's starting point for Tab there. The page is otherwise as it was.
 */
export async function startFromTop(page: Page) {
  await page.evaluate(() => {
    const mark = document.createElement('span');
    mark.tabIndex = -1;
    document.body.prepend(mark);
    mark.focus({ preventScroll: true });
    mark.remove();
    window.scrollTo(0, 0);
  });
}

/** A stop of the last walk whose focus outline does not show (WCAG 2.4.7), as one line each. */
export type WeakOutline = string;

/**
 * Runs in the page: focuses again, in order, each stop of the last walk (focus moved there by Tab
 * before, so the browser still shows focus as for the keyboard: :focus-visible) and measures its
 * outline in the colour scheme the page is in now: style, width, and the contrast of its colour
 * with the colour behind it (the nearest ancestor's opaque background; colours resolved by a
 * canvas, so oklch() works). Returns how many stops it measured and those whose outline is
 * missing, thinner than 2 px or below 3:1, or that the browser does not show as keyboard focus.
 */
function outlinesAtStopsInPage(): { measured: number; weak: WeakOutline[] } {
  const stops = (window as unknown as { walkStops?: HTMLElement[] }).walkStops ?? [];
  const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  })!;
  const rgba = (colour: string) => {
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
  const weak: WeakOutline[] = [];
  for (const el of stops) {
    el.focus();
    const text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const where = `${el.tagName.toLowerCase()} "${text}"`;
    if (document.activeElement !== el || !el.matches(':focus-visible')) {
      weak.push(`${where}: not shown as keyboard focus (:focus-visible) when focused again`);
      continue;
    }
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
    const width = parseFloat(style.outlineWidth);
    const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (style.outlineStyle === 'none' || width < 2 || contrast < 3)
      weak.push(`${where}: ${style.outlineStyle} ${width}px, ${contrast.toFixed(2)}:1`);
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return { measured: stops.length, weak };
}

/** The focus outline at every stop of the last walkTabStops, in the page's colour scheme now. */
export const outlinesAtStops = (page: Page) => page.evaluate(outlinesAtStopsInPage);
