import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { layoutTitle, ogDateLine, ogSvg, textWidth, wrapText } from '../../../src/lib/og-text';
import { phrases } from '../../../src/lib/phrases';
import { readEntries } from '../helpers/content-files';

const jaTitle = readEntries('news', 'ja').get('mou-renewal')!.title as string;
const enTitle = readEntries('news', 'en').get('mou-renewal')!.title as string;

describe('Open Graph title wrapping', () => {
  it('breaks Japanese only between BudouX phrases, each line within the width', () => {
    const lines = wrapText(jaTitle, 'ja', 20);
    expect(lines.join('')).toBe(jaTitle);
    const boundaries = new Set<number>();
    let at = 0;
    for (const p of phrases(jaTitle, 'ja')) boundaries.add((at += p.length));
    let end = 0;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(textWidth(line)).toBeLessThanOrEqual(20);
      end += line.length;
      expect(boundaries.has(end), `break after “${line}”`).toBe(true);
    }
  });

  it('breaks English between words', () => {
    const lines = wrapText(enTitle, 'en', 30);
    expect(lines.join(' ')).toBe(enTitle);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(30);
  });

  it('cuts a word longer than the line rather than overflow', () => {
    expect(wrapText('Pneumonoultramicroscopicsilicovolcanoconiosis', 'en', 10).every((l) => textWidth(l) <= 10)).toBe(
      true,
    );
  });

  it('picks the largest size at which the whole title fits, in at most five lines', () => {
    for (const [title, locale] of [
      [jaTitle, 'ja'],
      [enTitle, 'en'],
      ['締結式の様子', 'ja'],
    ] as const) {
      const { fontSize, lines } = layoutTitle(title, locale);
      expect(lines.join(locale === 'ja' ? '' : ' ')).toBe(title);
      expect(lines.length).toBeLessThanOrEqual(5);
      expect(fontSize).toBeGreaterThanOrEqual(40);
      for (const line of lines) expect(textWidth(line) * fontSize).toBeLessThanOrEqual(1040);
    }
    expect(layoutTitle('締結式の様子', 'ja').fontSize).toBe(64);
  });

  it('shortens a title too long for the card with an ellipsis', () => {
    const { lines } = layoutTitle('覚書を更新しました。'.repeat(30), 'ja');
    expect(lines.at(-1)).toMatch(/…$/);
  });
});

describe('Open Graph SVG', () => {
  const card = { locale: 'ja' as const, title: jaTitle, siteName: '川崎市 × BioM', footer: 'example.org' };

  it('is 1200×630, in the page language, with the Noto CJK font, and deterministic', () => {
    const svg = ogSvg(card);
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('xml:lang="ja"');
    expect(svg).toContain('Noto Sans CJK JP');
    expect(ogSvg(card)).toBe(svg);
    expect(svg.match(/<tspan/g)?.length).toBe(layoutTitle(jaTitle, 'ja').lines.length);
  });

  it('dates the card as the 2020 record it shows, at the month the content gives', () => {
    const date = readEntries('news', 'ja').get('mou-renewal')!.date as string;
    expect(ogDateLine('ja', '/', date)).toBe('2020年2月の発表');
    expect(ogDateLine('en', '/en/business/', date)).toBe('Announcement of February 2020');
    expect(ogDateLine('en', '/en/news/mou-renewal/', '2020-02-11')).toBe('Announcement of 11 February 2020');
    // The statement is this site's own, not part of the 2020 record.
    expect(ogDateLine('ja', '/accessibility/', date)).toBeUndefined();
    expect(ogDateLine('en', '/en/accessibility/', date)).toBeUndefined();
    const svg = ogSvg({ ...card, dateLine: '2020年2月の発表' });
    expect(svg).toContain('>2020年2月の発表</text>');
    expect(svg).toContain('>example.org</text>');
    expect(ogSvg(card)).not.toContain('の発表');
  });

  it('escapes markup in titles', () => {
    expect(ogSvg({ ...card, locale: 'en', title: 'R&D <today>' })).toContain('R&amp;D &lt;today&gt;');
  });

  it('renders to the same 1200×630 PNG bytes every time (system Noto Sans CJK, no downloads)', async () => {
    const render = () =>
      sharp(Buffer.from(ogSvg(card)))
        .png({ compressionLevel: 9 })
        .toBuffer();
    const [a, b] = await Promise.all([render(), render()]);
    expect(a.equals(b)).toBe(true);
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});
