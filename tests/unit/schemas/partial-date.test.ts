import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { FormRule } from '../../../src/content-policy/form-rule';
import { MAX_YEAR, MIN_YEAR, partialDate } from '../../../src/schemas/partial-date';
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

describe('the form’s date rule', () => {
  const rule = (z.globalRegistry.get(partialDate.describe('a field’s own hint')) as { form: FormRule }).form;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  it('accepts exactly what the schema accepts, for every year, month and day around the range', () => {
    const differences: string[] = [];
    for (let year = MIN_YEAR - 3; year <= MAX_YEAR + 3; year++)
      for (const text of [pad(year, 4), ...Array.from({ length: 14 }, (_, m) => `${pad(year, 4)}-${pad(m)}`)]) {
        const values =
          text.length === 4 ? [text] : [text, ...Array.from({ length: 33 }, (_, d) => `${text}-${pad(d)}`)];
        for (const value of values)
          if (rule.pattern.test(value) !== partialDate.safeParse(value).success) differences.push(value);
      }
    expect(differences).toEqual([]);
  });

  it('refuses the impossible and the out-of-range, keeps leap days, and says so in Japanese and in the check’s words', () => {
    for (const bad of ['2025-13-01', '2025-02-30', '2023-02-29', '1900-02-29', '2100-02-29', '1899', '2101-01', '0020'])
      expect(rule.pattern.test(bad), bad).toBe(false);
    for (const ok of ['2000-02-29', '2024-02-29', '2020-02-11', '2020', '1900-01', '2100-12-31'])
      expect(rule.pattern.test(ok), ok).toBe(true);
    expect(rule.message).toEqual({
      ja: '日付は、年だけ・年と月・年月日のどれかで、2020、2020-02、2020-02-11 のように書いてください。カレンダーにある日付にしてください（2月30日や13月はありません）。年は1900年から2100年までのどれかを、4桁の数字で書いてください（例：2020）。',
      en: 'must be written as YYYY, YYYY-MM or YYYY-MM-DD, be a real calendar date and have a year from 1900 to 2100, written in four digits (e.g. 2020)',
    });
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
