/**
 * Where a search hit opens. (A dynamic import would cost more than it saves: Vite adds its
 * preload helper to the page's script.)
 */

/** What Pagefind's result data() gives that the search control uses. */
interface PagefindAnchor {
  /** The element's tag name: 'li', 'h2', 'p', … */
  element?: string;
  id: string;
  text?: string;
  /** Word position where the element starts. */
  location: number;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  /** Every element with an id in the indexed content (clauses, sections, headings). */
  anchors?: PagefindAnchor[];
  weighted_locations?: { location: number; balanced_score: number }[];
}

/**
 * Where a hit should open: the section of the page that holds the most of the match, where a
 * section starts at an element with an id (a clause, a heading) and runs to the next one. A
 * hit in agreed item (7) opens /mou/#item-7, not the top of the page; matches before the first
 * such element open the page itself. Ties go to the earlier section. The label is a heading's
 * or a clause's own text, e.g. 「同意事項(7)」.
 */
export function hitTarget(result: PagefindResultData): { href: string; label?: string } {
  // Of elements starting at the same word (<section id="term"><h2 id="term-heading">), the outer one.
  const sectionOf = (location: number) => {
    let found: PagefindAnchor | undefined;
    for (const a of result.anchors ?? [])
      if (a.location <= location && (!found || a.location > found.location)) found = a;
    return found;
  };
  const sections = new Map<PagefindAnchor | undefined, { score: number; first: number }>();
  for (const { location, balanced_score } of result.weighted_locations ?? []) {
    const anchor = sectionOf(location);
    const section = sections.get(anchor) ?? { score: 0, first: location };
    sections.set(anchor, { score: section.score + balanced_score, first: Math.min(section.first, location) });
  }
  const [anchor] = [...sections].sort(([, a], [, b]) => b.score - a.score || a.first - b.first)[0] ?? [];
  if (!anchor) return { href: result.url };
  // Only a heading or a list item (a clause) names its section; a paragraph's text is too long.
  const names = /^(h[1-6]|li)$/i.test(anchor.element ?? '');
  const label = names ? anchor.text?.replace(/[:：]\s*$/, '').trim() : undefined;
  return { href: `${result.url}#${anchor.id}`, ...(label ? { label } : {}) };
}
