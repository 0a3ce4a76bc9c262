import { describe, expect, it } from 'vitest';
import { phrases, phrasesHtml } from '../../../src/lib/phrases';

describe('BudouX phrases', () => {
  const title =
    '川崎市とドイツ・ミュンヘンのバイオクラスターマネジメントBioMとのライフサイエンス分野を中心とした経済交流に関する覚書を更新しました';

  it('splits a Japanese heading into phrases that rebuild it exactly', () => {
    const parts = phrases(title, 'ja');
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.join('')).toBe(title);
    expect(parts).toContain('覚書を');
    expect(parts.at(-1)).toBe('更新しました');
  });

  it('keeps a compound whole: a one-character phrase joins its neighbour', () => {
    expect(phrases('中小企業の市場参入', 'ja')[0]).toBe('中小企業の');
    expect(phrases('企業の方へ', 'ja')).toEqual(['企業の', '方へ']);
    for (const text of [title, '中小企業の市場参入の相互促進', '企業の方へ', '覚書の内容'])
      for (const p of phrases(text, 'ja')) expect([...p].length, p).toBeGreaterThan(1);
    expect(phrases('中', 'ja')).toEqual(['中']);
  });

  it('puts each phrase in a span, no <wbr>, and escapes the text', () => {
    expect(phrasesHtml('締結式の様子', 'ja')).toBe('<span>締結式の</span><span>様子</span>');
    expect(phrasesHtml('お知らせ', 'ja')).toBe('お知らせ');
    expect(phrasesHtml('A&B <社>', 'ja')).not.toMatch(/<社>|&B/);
    expect(phrasesHtml('A&B <社>', 'ja')).toContain('&amp;');
  });

  it('leaves English alone', () => {
    expect(phrases('The signing ceremony', 'en')).toEqual(['The signing ceremony']);
    expect(phrasesHtml('Kawasaki & BioM', 'en')).toBe('Kawasaki &amp; BioM');
  });
});
