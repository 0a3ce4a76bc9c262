import { describe, expect, it } from 'vitest';
import { hitTarget } from '../../../src/client/search-hit';

const mou = {
  url: '/mou/',
  excerpt: '',
  meta: { title: '覚書の内容' },
  anchors: [
    { element: 'h2', id: 'purposes', text: '1 覚書の目的', location: 12 },
    { element: 'li', id: 'item-1', text: '同意事項(1)：', location: 119 },
    { element: 'li', id: 'item-7', text: '同意事項(7)：', location: 305 },
    { element: 'section', id: 'term', text: '', location: 437 },
    { element: 'h2', id: 'term-heading', text: '3 有効期間', location: 437 },
    { element: 'p', id: 'note', text: 'このページでは、覚書の同意事項(7)に沿って…', location: 460 },
  ],
};
const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 512 }));

describe('where a search hit opens', () => {
  it('opens the clause that holds the match, named by its label without the colon', () => {
    expect(hitTarget({ ...mou, weighted_locations: at(320) })).toEqual({ href: '/mou/#item-7', label: '同意事項(7)' });
  });

  it('prefers the section with the most of the match, then the earlier one', () => {
    expect(hitTarget({ ...mou, weighted_locations: at(42, 150, 324, 325) })).toMatchObject({ href: '/mou/#item-7' });
    expect(hitTarget({ ...mou, weighted_locations: at(324, 150) })).toMatchObject({ href: '/mou/#item-1' });
  });

  it('opens the page itself for a match before any anchor, or with no match positions', () => {
    expect(hitTarget({ ...mou, weighted_locations: at(3) })).toEqual({ href: '/mou/' });
    expect(hitTarget({ url: '/en/', excerpt: '', meta: {} })).toEqual({ href: '/en/' });
  });

  it('takes the outer of two elements that start at the same word', () => {
    expect(hitTarget({ ...mou, weighted_locations: at(440) })).toEqual({ href: '/mou/#term' });
  });

  it('names a section only by a heading or a clause, never by a paragraph', () => {
    expect(hitTarget({ ...mou, weighted_locations: at(470) })).toEqual({ href: '/mou/#note' });
  });
});
