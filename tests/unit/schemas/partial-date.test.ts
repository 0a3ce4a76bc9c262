import { describe, expect, it } from 'vitest';
import { partialDate } from '../../../src/schemas/partial-date';
import { formatPartialDate } from '../../../src/i18n/dates';

describe('partialDate', () => {
  it.each(['2020', '2017-11', '2020-02-11', '2024-02-29'])('accepts %s', (value) => {
    expect(partialDate.parse(value)).toBe(value);
  });

  it('keeps the day of a date that YAML parsed into a Date', () => {
    expect(partialDate.parse(new Date(Date.UTC(2020, 1, 11)))).toBe('2020-02-11');
  });

  it.each([
    ['2020-02-30', 'is not a real calendar date'],
    ['2023-02-29', 'is not a real calendar date'],
    ['2020-13', 'is not a real calendar date'],
    ['11 February 2020', 'must be written as YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('refuses %s', (value, message) => {
    const result = partialDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('formatPartialDate', () => {
  it('formats at the precision it has, in each language', () => {
    expect(formatPartialDate('2017-11', 'ja')).toBe('2017年11月');
    expect(formatPartialDate('2020-02-11', 'ja')).toBe('2020年2月11日');
    expect(formatPartialDate('2017-11', 'en')).toBe('November 2017');
    expect(formatPartialDate('2020-02-11', 'en')).toBe('11 February 2020');
    expect(formatPartialDate('2020', 'en')).toBe('2020');
  });
});
