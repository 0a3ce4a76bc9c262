import { z } from 'astro/zod';

/** The years a date may have: wide for any record, narrow enough to catch '0020' or '20200'. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The written form of a date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A date as precise as the source gives it: '2020', '2020-02' or '2020-02-11'.
 * YAML turns an unquoted full date into a Date; we accept that and keep the day.
 * Impossible dates such as '2020-02-30' are refused.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
    .regex(PARTIAL_DATE_PATTERN, 'must be written as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date')
    .refine(
      (value) => Number(value.slice(0, 4)) >= MIN_YEAR && Number(value.slice(0, 4)) <= MAX_YEAR,
      `must have a year from ${MIN_YEAR} to ${MAX_YEAR}, written in four digits (e.g. 2020)`,
    ),
);

/**
 * Midnight UTC of a calendar day. The one place a date becomes a Date: Date.UTC reads the years
 * 0–99 as 1900–1999, so the year is set on its own ('0020' stays the year 20, not 1920).
 */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date;
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
