import { Parser, jaModel } from 'budoux';
import type { Locale } from '../i18n/locales';

/**
 * Phrase-aware line breaking for Japanese, done at build time with BudouX.
 * Japanese text has no spaces, so browsers may break a heading inside a word; BudouX splits
 * it into phrases (文節) and we let the browser break only between them.
 */
const parser = new Parser(jaModel);

/**
 * The phrases of a text: BudouX phrases for Japanese, the text whole for English. A phrase of one
 * character joins the next (the last joins the one before): BudouX cuts 中|小企業の and 方|へ,
 * and a line must not start or end with a lone 中 or 方 cut off its word.
 */
export function phrases(text: string, locale: Locale): string[] {
  if (locale !== 'ja' || text.length === 0) return [text];
  const parts = parser.parse(text);
  const joined: string[] = [];
  let carry = '';
  for (const part of parts) {
    const phrase = carry + part;
    carry = '';
    if ([...phrase].length === 1) carry = phrase;
    else joined.push(phrase);
  }
  if (carry) joined.length ? (joined[joined.length - 1] += carry) : joined.push(carry);
  return joined;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/**
 * HTML for a text with each Japanese phrase in its own <span>. The .phrases element (discover.css)
 * lets lines break between the spans and each span keeps its phrase whole (`word-break: keep-all`).
 * No <wbr>: Chromium's accessibility tree reads each <wbr> as a space (「覚書の 内容」), while
 * adjacent inline spans add nothing to a heading's name.
 */
export function phrasesHtml(text: string, locale: Locale): string {
  const parts = phrases(text, locale);
  if (parts.length < 2) return parts.map(escapeHtml).join('');
  return parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('');
}
