import type { Locale } from './locales';
import { useTranslations } from './ui';

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Formats '2020', '2020-02' or '2020-02-11' at the precision it has, in the locale's style.
 * omitYear drops the year from a full date ('2月11日', '11 February') where the context gives it.
 */
export function formatPartialDate(value: string, locale: Locale, { omitYear = false } = {}): string {
  const t = useTranslations(locale);
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return t('date.year', { y: y! });
  const month = locale === 'en' ? monthsEn[m - 1]! : m;
  if (d === undefined) return t('date.yearMonth', { y: y!, m: month });
  if (omitYear) return t('date.monthDay', { m: month, d });
  return t('date.full', { y: y!, m: month, d });
}
