import { Parser, jaModel } from 'budoux';
import type { Locale } from '../i18n/locales';

/**
 * Phrase-aware line breaking for Japanese, done at build time with BudouX.
 * Japanese text has no spaces, so browsers may break a heading inside a word; BudouX splits
 * it into phrases (文節) and we let the browser break only between them.
 */
const parser = new Parser(jaModel);

/** The phrases of a text: BudouX phrases for Japanese, the text whole for English. */
export function phrases(text: string, locale: Locale): string[] {
  if (locale !== 'ja' || text.length === 0) return [text];
  return parser.parse(text);
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/**
 * HTML for a text with <wbr> between Japanese phrases. The caller's element sets
 * `word-break: keep-all` (the .phrases class in global.css) so that the browser breaks only there.
 */
export function phrasesHtml(text: string, locale: Locale): string {
  return phrases(text, locale).map(escapeHtml).join('<wbr>');
}
