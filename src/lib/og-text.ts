import type { Locale } from '../i18n/locales';
import { formatPartialDate } from '../i18n/dates';
import { useTranslations } from '../i18n/ui';
import { escapeHtml, phrases } from './phrases';
import { xmlSafe } from './xml-text';

/**
 * The Open Graph card: 1200×630, the page title wrapped in its own language.
 * Pure functions, so that the wrapping and the SVG are unit-tested; og-image.ts turns the SVG
 * into a PNG with sharp. The font is Debian's fonts-noto-cjk (Noto Sans CJK JP), found by fontconfig.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT = "'Noto Sans CJK JP', 'Noto Sans CJK', sans-serif";

/** Approximate advance of a character in em: full-width for CJK, narrower for Latin. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6))
  )
    return 1;
  // Noto Sans CJK JP Bold, Latin: measured roughly, erring wide so that lines never overflow.
  if (/[MWmw]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  if (/[ilj.,'’:;!|]/.test(char)) return 0.3;
  if (char === ' ') return 0.26;
  return 0.6;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The units a line may break between: BudouX phrases in Japanese, words (with their space) in English. */
function unitsOf(text: string, locale: Locale): string[] {
  if (locale === 'ja') return phrases(text, locale);
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word : ` ${word}`));
}

/**
 * Breaks a title into lines no wider than `maxEm`: between BudouX phrases in Japanese, between
 * words in English. A unit wider than a line on its own is cut by characters. Linear in the
 * length of the title: each character's width is added once, and no more than `maxLines` lines
 * are made (a 300,000-character title once kept the card drawing busy for minutes).
 */
export function wrapText(text: string, locale: Locale, maxEm: number, maxLines = Infinity): string[] {
  return wrapUnits(unitsOf(text, locale), maxEm, maxLines);
}

function wrapUnits(units: readonly string[], maxEm: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const full = () => lines.length >= maxLines;
  const newLine = () => {
    lines.push(line);
    line = '';
    width = 0;
  };
  for (const unit of units) {
    if (full()) break;
    const unitWidth = textWidth(unit);
    if (line !== '' && width + unitWidth <= maxEm) {
      line += unit;
      width += unitWidth;
      continue;
    }
    if (line !== '') newLine();
    if (full()) break;
    const start = unit.trimStart();
    const startWidth = textWidth(start);
    if (startWidth <= maxEm) {
      line = start;
      width = startWidth;
      continue;
    }
    // A single unit wider than the line: cut it by characters.
    for (const char of start) {
      const w = charWidth(char);
      if (line !== '' && width + w > maxEm) {
        newLine();
        if (full()) break;
      }
      line += char;
      width += w;
    }
  }
  if (line && !full()) lines.push(line);
  return lines;
}

export interface TitleLayout {
  fontSize: number;
  lines: string[];
}

/**
 * More characters than any card can show (7 lines of 26 em at 40 px, in characters as narrow as
 * 0.26 em, is 700): a longer title is cut here, before the phrase analysis and the wrapping, so
 * the card's work does not grow with the title; the layout then ends it with '…'.
 */
export const MAX_DRAWN_CHARACTERS = 2000;

function drawable(text: string): string {
  if (text.length <= MAX_DRAWN_CHARACTERS) return text;
  let kept = '';
  let count = 0;
  for (const char of text) {
    if (count++ === MAX_DRAWN_CHARACTERS) break;
    kept += char;
  }
  return kept;
}

/** Height of the title area in px; the site name is above it and the foot line below. */
const TITLE_BOX_HEIGHT = 380;
const LINE_HEIGHT = 1.35;

/**
 * The largest font size (64 px down to 40 px) at which the title fits the box without cutting
 * a phrase or word; at 40 px a too-long title is cut to the lines that fit, ending with '…'.
 */
export function layoutTitle(text: string, locale: Locale, boxWidth = 1040): TitleLayout {
  const units = unitsOf(drawable(text), locale);
  const widest = units.reduce((max, unit) => Math.max(max, textWidth(unit.trim())), 0);
  for (let fontSize = 64; fontSize >= 40; fontSize -= 4) {
    const maxEm = boxWidth / fontSize;
    const maxLines = Math.floor(TITLE_BOX_HEIGHT / (fontSize * LINE_HEIGHT));
    // One line more than fits is enough to know that it does not.
    const lines = wrapUnits(units, maxEm, maxLines + 1);
    if (lines.length <= maxLines && widest <= maxEm) return { fontSize, lines };
  }
  const fontSize = 40;
  const maxLines = Math.floor(TITLE_BOX_HEIGHT / (fontSize * LINE_HEIGHT));
  const lines = wrapUnits(units, boxWidth / fontSize, maxLines + 1);
  if (lines.length <= maxLines) return { fontSize, lines };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/.$/u, '')}…`;
  return { fontSize, lines: kept };
}

export interface OgCard {
  locale: Locale;
  title: string;
  /** The site's name, printed small above the title. */
  siteName: string;
  /** A short line at the foot, e.g. the site's host, set at the right. */
  footer: string;
  /**
   * When the record the card shows was made ('2020年2月の発表'), set at the left of the foot, so
   * that a shared card never reads as today's news. Undefined for a page that is not that record.
   */
  dateLine?: string | undefined;
}

/**
 * The date line of a card: the month of the announcement the site records, in the card's
 * language. Every page but the accessibility statement (this site's own, not the 2020 record)
 * shows that announcement or a part of it.
 */
export function ogDateLine(locale: Locale, pathname: string, announcementDate: string): string | undefined {
  if (/^\/(?:en\/)?accessibility\/$/.test(pathname)) return undefined;
  return useTranslations(locale)('og.dateLine', { date: formatPartialDate(announcementDate, locale) });
}

/**
 * Text for an SVG (XML) text node: escaped, and without the characters XML 1.0 cannot hold
 * (control characters, lone surrogates, U+FFFE/U+FFFF), on which the SVG renderer would fail.
 * The content check refuses such characters already; this keeps the card safe whatever it is given.
 */
export function svgText(text: string): string {
  return escapeHtml(xmlSafe(text));
}

/** The SVG of a card. Deterministic: the same input gives the same bytes. */
export function ogSvg({ locale, title, siteName, footer, dateLine }: OgCard): string {
  const { fontSize, lines } = layoutTitle(title, locale);
  const lineHeight = Math.round(fontSize * LINE_HEIGHT);
  const blockHeight = lineHeight * lines.length;
  const top = Math.round(130 + (TITLE_BOX_HEIGHT - blockHeight) / 2 + fontSize * 0.9);
  const tspans = lines.map((line, i) => `<tspan x="80" y="${top + i * lineHeight}">${svgText(line)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="100%" height="100%" fill="#ffffff"/>
<rect width="24" height="100%" fill="#0b4f8a"/>
<rect x="24" width="12" height="100%" fill="#1b6e3a"/>
<text x="80" y="96" font-family="${OG_FONT}" font-size="30" font-weight="700" fill="#0b4f8a" xml:lang="${locale}">${svgText(siteName)}</text>
<text font-family="${OG_FONT}" font-size="${fontSize}" font-weight="700" fill="#1a1f24" xml:lang="${locale}">${tspans}</text>
<line x1="80" y1="540" x2="1120" y2="540" stroke="#c9d3dc" stroke-width="2"/>
${dateLine ? `<text x="80" y="588" font-family="${OG_FONT}" font-size="30" font-weight="700" fill="#1a1f24" xml:lang="${locale}">${svgText(dateLine)}</text>\n` : ''}<text x="1120" y="588" text-anchor="end" font-family="${OG_FONT}" font-size="26" fill="#4a5560" xml:lang="${locale}">${svgText(footer)}</text>
</svg>`;
}
