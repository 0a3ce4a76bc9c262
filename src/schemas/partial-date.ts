import { z } from 'astro/zod';
import type { FormRule } from '../content-policy/form-rule';

/** The years a date may have: wide for any record, narrow enough to catch '0020' or '20200'. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The written form of a date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** What the check says of a date that breaks one of its rules, each with its Japanese twin for the form. */
export const DATE_FORM_RULE = 'must be written as YYYY, YYYY-MM or YYYY-MM-DD';
export const DATE_FORM_RULE_JA =
  '日付は、年だけ・年と月・年月日のどれかで、2020、2020-02、2020-02-11 のように書いてください。';
export const REAL_DATE_RULE = 'is not a real calendar date';
export const REAL_DATE_RULE_JA = 'カレンダーにある日付にしてください（2月30日や13月はありません）。';
export const YEAR_RULE = `must have a year from ${MIN_YEAR} to ${MAX_YEAR}, written in four digits (e.g. 2020)`;
export const YEAR_RULE_JA = `年は${MIN_YEAR}年から${MAX_YEAR}年までのどれかを、4桁の数字で書いてください（例：2020）。`;

/**
 * A date as precise as the source gives it: '2020', '2020-02' or '2020-02-11'.
 * YAML turns an unquoted full date into a Date; we accept that and keep the day.
 * Impossible dates such as '2020-02-30' are refused.
 */
export const partialDate = z
  .preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
      .regex(PARTIAL_DATE_PATTERN, DATE_FORM_RULE)
      .refine(isRealDate, REAL_DATE_RULE)
      .refine((value) => Number(value.slice(0, 4)) >= MIN_YEAR && Number(value.slice(0, 4)) <= MAX_YEAR, YEAR_RULE),
  )
  .meta({ form: partialDateFormRule() });

/**
 * Midnight UTC of a calendar day. The one place a date becomes a Date: Date.UTC reads the years
 * 0–99 as 1900–1999, so the year is set on its own ('0020' stays the year 20, not 1920).
 */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isLeapYear(year: number): boolean {
  return utcDay(year, 2, 29).getUTCDate() === 29;
}

/** The four-digit years from `from` to `to` as an alternation, whole decades as `199\d`. */
function yearsPattern(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length;) {
    const year = years[i]!;
    const decade = years.slice(i, i + 10);
    if (year % 10 === 0 && decade.length === 10 && decade.every((y, k) => y === year + k)) {
      parts.push(`${String(year).slice(0, 3)}\\d`);
      i += 10;
    } else {
      parts.push(String(year).padStart(4, '0'));
      i++;
    }
  }
  return `(?:${parts.join('|')})`;
}

/**
 * The rules above as one pattern for the content editor's form, generated from the same
 * MIN_YEAR, MAX_YEAR and calendar (utcDay): every value it matches is a date the schema accepts,
 * and every date the schema accepts matches (tests/unit/schemas/partial-date.test.ts compares
 * them over every YYYY-MM-DD of the years around the range).
 */
function partialDateFormRule(): FormRule {
  const all = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, k) => MIN_YEAR + k);
  const year = yearsPattern(all);
  const leap = yearsPattern(all.filter(isLeapYear));
  const months = (days: number) =>
    `(?:${Array.from({ length: 12 }, (_, k) => k + 1)
      .filter((m) => utcDay(2001, m, days).getUTCMonth() === m - 1)
      .map(pad)
      .join('|')})`;
  const days = (from: number, to: number) =>
    `(?:${Array.from({ length: to - from + 1 }, (_, k) => pad(from + k)).join('|')})`;
  // Every month has days 1–28 in every year; 29–30 and 31 where the month has them (2001 is a
  // common year); 29 February in leap years only.
  const day = `(?:${months(28)}-${days(1, 28)}|${months(30)}-${days(29, 30)}|${months(31)}-31)`;
  return {
    pattern: new RegExp(`^(?:${year}(?:-(?:${months(28)}|${day}))?|${leap}-02-29)$`, 'u'),
    message: {
      ja: `${DATE_FORM_RULE_JA}${REAL_DATE_RULE_JA}${YEAR_RULE_JA}`,
      en: `${DATE_FORM_RULE}, be a real calendar date and ${YEAR_RULE.replace(/^must /, '')}`,
    },
    // Digits and hyphens only: no invisible character can pass, so the date's message stays about dates.
    visibleOnly: true,
  };
}

export type PartialDate = z.infer<typeof partialDate>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = utcDay(y!, m, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
