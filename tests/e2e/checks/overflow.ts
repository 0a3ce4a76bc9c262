// WCAG 1.4.10 (Reflow), 1.4.4 (Resize Text) and 1.4.12 (Text Spacing): what spills out of its box
// on the page as it is now, and WCAG's text spacing to apply first.
/**
 * Runs in the page: every rendered box whose content is wider than the box (it spills out, or
 * is cut off where the box hides its overflow), every box reaching past the viewport's right
 * edge, and whether the page scrolls sideways. Scrolling containers, form fields, images and
 * visually hidden (.sr-only) text are not text boxes and are left out.
 */
export function overflowingBoxes(): string[] {
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

/**
 * Runs in the page: WCAG 1.4.12's spacing (line height 1.5, paragraph spacing 2, letter spacing
 * 0.12 and word spacing 0.16 times the font size) set on every element through the CSSOM (the
 * CSP allows no <style>). Returns how many elements it was set on.
 */
export function applyTextSpacing(): number {
  const all = [...document.body.querySelectorAll<HTMLElement>('*')];
  for (const el of all) {
    el.style.setProperty('line-height', '1.5', 'important');
    el.style.setProperty('letter-spacing', '0.12em', 'important');
    el.style.setProperty('word-spacing', '0.16em', 'important');
    if (el.tagName === 'P') el.style.setProperty('margin-bottom', '2em', 'important');
  }
  return all.length;
}
