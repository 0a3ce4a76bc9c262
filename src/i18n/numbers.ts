import type { Locale } from './locales';

const ENGLISH_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/**
 * A count as running text says it: English spells out whole numbers up to twenty ("eleven agreed
 * items") and uses digits above; Japanese uses digits（11項目）. Counts come from the content,
 * so a sentence never states a number the content no longer has.
 */
export function countInText(n: number, locale: Locale): string {
  if (locale === 'en' && Number.isInteger(n) && n >= 0 && n < ENGLISH_WORDS.length) return ENGLISH_WORDS[n]!;
  return String(n);
}
