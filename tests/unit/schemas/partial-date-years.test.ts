// Years are years: a date never becomes another century on its way to a page or a feed.
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../src/i18n/dates';
import { rssDate } from '../../../src/lib/news';
import { partialDate, utcDay } from '../../../src/schemas/partial-date';

describe('dates keep their year', () => {
  it('builds the day of years 0–99 as those years, not 1900–1999', () => {
    expect(utcDay(20, 2, 11).toISOString()).toBe('0020-02-11T00:00:00.000Z');
    expect(utcDay(2020, 2, 11).toISOString()).toBe('2020-02-11T00:00:00.000Z');
    expect(rssDate('0020-02-11')?.getUTCFullYear()).toBe(20);
  });

  it('gives page and feed the same day for every day of the range', () => {
    for (const value of ['1900-01-01', '2020-02-11', '2024-02-29', '2100-12-31']) {
      expect(partialDate.parse(value)).toBe(value);
      expect(rssDate(value)!.toISOString().slice(0, 10)).toBe(value);
    }
    expect(formatPartialDate('2020-02-11', 'en')).toBe('11 February 2020');
  });

  it.each(['0020-02-11', '0020', '1899-12-31', '2101-01-01'])(
    'refuses the year of %s, saying how to write it',
    (value) => {
      const result = partialDate.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'must have a year from 1900 to 2100, written in four digits (e.g. 2020)',
      );
    },
  );

  it('refuses an unquoted YAML date in year 20 too (YAML makes it a Date)', () => {
    const result = partialDate.safeParse(utcDay(20, 2, 11));
    expect(result.success).toBe(false);
  });

  it('still refuses an impossible day in a leap-year check that depends on the century', () => {
    expect(partialDate.safeParse('2100-02-29').success).toBe(false);
    expect(partialDate.safeParse('2000-02-29').success).toBe(true);
  });
});
