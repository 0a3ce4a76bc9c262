import { describe, expect, it } from 'vitest';
import { nameLang, namedPhrasesHtml, nameRuns, namesHtml } from '../../../src/lib/name-language';

const people = [
  { name: 'Horst Domdey', nameLanguage: 'de' as const },
  { name: 'Tomohiro Takahashi', nameLanguage: 'ja-Latn' as const },
  { name: 'Smith' },
];

describe('the language of participants’ names', () => {
  it('marks a name on Japanese pages with its entry’s language, en when none is given, and nothing on English pages', () => {
    expect(nameLang(people[0]!, 'ja')).toBe('de');
    expect(nameLang(people[2]!, 'ja')).toBe('en');
    expect(nameLang(people[1]!, 'en')).toBeUndefined();
  });

  it('finds full names and family names as whole words, longest first', () => {
    expect(nameRuns('右はTakahashi氏、左はHorst Domdey教授。', people, 'ja')).toEqual([
      { text: '右は' },
      { text: 'Takahashi', lang: 'ja-Latn' },
      { text: '氏、左は' },
      { text: 'Horst Domdey', lang: 'de' },
      { text: '教授。' },
    ]);
    // Part of a longer Latin word is not the name.
    expect(nameRuns('Domdeys and xTakahashi', people, 'ja')).toEqual([{ text: 'Domdeys and xTakahashi' }]);
    expect(nameRuns('Takahashi', people, 'en')).toEqual([{ text: 'Takahashi' }]);
  });

  it('keeps each name a phrase of its own, with its honorific, and escapes the text', () => {
    const runs = nameRuns('写真1：Domdey教授とTakahashi氏', people, 'ja');
    expect(namedPhrasesHtml(runs, 'ja')).toBe(
      '<span>写真1：</span><span><span lang="de">Domdey</span></span><span>教授と</span><span><span lang="ja-Latn">Takahashi</span>氏</span>',
    );
    expect(namesHtml(nameRuns('<b>Smith</b> & co', people, 'ja'))).toBe(
      '&lt;b&gt;<span lang="en">Smith</span>&lt;/b&gt; &amp; co',
    );
  });
});
