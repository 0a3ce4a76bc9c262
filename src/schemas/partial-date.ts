import { z } from 'astro/zod';

/**
 * A date as precise as the source gives it: '2020', '2020-02' or '2020-02-11'.
 * YAML turns an unquoted full date into a Date; we accept that and keep the day.
 * Impossible dates such as '2020-02-30' are refused.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD, in quotes' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be written as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isRealDate, 'is not a real calendar date'),
);

export type PartialDate = z.infer<typeof partialDate>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
