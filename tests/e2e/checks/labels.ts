// WCAG 2.5.3 (Label in Name): the text a sighted user sees on each link and button, to compare
// with its accessible name.

/**
 * Runs in the page: the text a sighted user sees on each visible link and button (text nodes
 * that are rendered, not clipped away like .sr-only, not aria-hidden), whitespace collapsed.
 */
export function visibleLabels(): { index: number; text: string }[] {
  const clipped = (el: Element | null): boolean => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (e.getAttribute('aria-hidden') === 'true') return true;
      if (style.visibility === 'hidden' || style.display === 'none') return true;
      const box = e.getBoundingClientRect();
      if (style.position === 'absolute' && box.width <= 1 && box.height <= 1) return true;
    }
    return false;
  };
  const controls = [...document.querySelectorAll('a[href], button')];
  return controls.flatMap((control, index) => {
    if (clipped(control)) return [];
    const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!clipped(node.parentElement)) text += node.textContent;
    }
    text = text.replace(/\s+/g, ' ').trim();
    return text ? [{ index, text }] : [];
  });
}

/** The visible text as a pattern that ignores whitespace (a line break between two blocks is a space in the name). */
export const containing = (text: string) =>
  new RegExp([...text.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'i');
