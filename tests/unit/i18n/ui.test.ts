import { describe, expect, it } from 'vitest';
import { ui, useTranslations, type Dictionary } from '../../../src/i18n/ui';

describe('UI dictionary', () => {
  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.ja).sort());
  });

  it('has no empty string in either language', () => {
    for (const [locale, dict] of Object.entries(ui)) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ui.ja) as (keyof Dictionary)[]) {
      expect(placeholders(ui.en[key]), key).toEqual(placeholders(ui.ja[key]));
    }
  });

  it('fills placeholders and refuses a missing value', () => {
    const t = useTranslations('en');
    expect(t('business.readClause', { n: 8 })).toBe('Read agreed item (8) of the memorandum');
    expect(() => t('business.readClause')).toThrow(/needs a value for \{n\}/);
  });

  it('is a type error to leave a key out of a dictionary', () => {
    const { 'site.name': _dropped, ...rest } = ui.en;
    // @ts-expect-error 'site.name' is missing: astro check fails if this line ever compiles.
    const incomplete: Dictionary = rest;
    expect(Object.keys(incomplete)).not.toContain('site.name');
  });
});
