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

  it('puts <wbr> only between phrases and escapes the text', () => {
    expect(phrasesHtml('締結式の様子', 'ja')).toBe('締結式の<wbr>様子');
    expect(phrasesHtml('A&B <社>', 'ja')).not.toMatch(/<社>|&B/);
    expect(phrasesHtml('A&B <社>', 'ja')).toContain('&amp;');
  });

  it('leaves English alone', () => {
    expect(phrases('The signing ceremony', 'en')).toEqual(['The signing ceremony']);
    expect(phrasesHtml('Kawasaki & BioM', 'en')).toBe('Kawasaki &amp; BioM');
  });
});
