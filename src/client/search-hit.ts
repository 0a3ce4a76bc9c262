/**
 * Where a search hit opens. (A dynamic import would cost more than it saves: Vite adds its
 * preload helper to the page's script.)
 */

/**
 * A heading's text as written: the index ends every block with 「。」 or "." (src/lib/search-text.ts)
 * so that excerpts keep their boundaries; a title or a label shows it without.
 */
export const withoutEnd = (text: string) => text.replace(/(。|\.)\s*$/, '').trim();

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
 * such element open the page itself. "The most" is first the number of matching words, then
 * their score, then the earlier section: Pagefind scores a word in a heading far above one in
 * the text, so one prefix match in a card's heading (「BioM」 for 「BIO-Europe」) outscored the
 * card that quotes every word of the query. The label is a heading's or a clause's own text,
 * e.g. 「同意事項(7)」.
 */
export function hitTarget(result: PagefindResultData): { href: string; label?: string } {
  const scores = new Map<PagefindAnchor | undefined, { words: number; score: number }>();
  const matches = [...(result.weighted_locations ?? [])].sort((a, b) => a.location - b.location);
  for (const match of matches) {
    // The last element starting at or before the match; of two starting at the same word
    // (<section id="term"><h2 id="term-heading">), the outer one.
    let section: PagefindAnchor | undefined;
    for (const a of result.anchors ?? [])
      if (a.location <= match.location && (!section || a.location > section.location)) section = a;
    const so = scores.get(section) ?? { words: 0, score: 0 };
    scores.set(section, { words: so.words + 1, score: so.score + match.balanced_score });
  }
  // Sections in page order: on a tie the earlier one wins.
  let anchor: PagefindAnchor | undefined;
  let best = { words: 0, score: 0 };
  for (const [section, s] of scores)
    if (s.words > best.words || (s.words === best.words && s.score > best.score)) [anchor, best] = [section, s];
  if (!anchor) return { href: result.url };
  // Only a heading or a list item (a clause) names its section; a paragraph's text is too long.
  const label = /^(h\d|li)$/i.test(anchor.element ?? '') ? withoutEnd(anchor.text ?? '').replace(/[:：]$/, '') : '';
  return { href: `${result.url}#${anchor.id}`, ...(label ? { label } : {}) };
}
