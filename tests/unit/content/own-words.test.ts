/**
 * Words of the site's own that must not say more, or less, than the source: the companies page's
 * card titles against the clauses they head, the print view's description, the site's name and
 * the participants' honorifics.
 */
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { businessOffers } from '../../../src/lib/business';
import { readEntries } from '../helpers/content-files';
import { LOCALES, type Locale } from '../../../src/model/locales';

const clauseBody = (locale: Locale, item: number) =>
  readEntries('clauses', locale).get(`item-${String(item).padStart(2, '0')}`)!.body as string;

/** Words that carry a clause's modality or its verb: a title that drops them changes the clause. */
const kept: Record<Locale, { inClause: RegExp; inTitle: RegExp; what: string }[]> = {
  ja: [
    { inClause: /目標とする/, inTitle: /目標/, what: 'an aim (目標とする)' },
    { inClause: /促進する/, inTitle: /促進/, what: 'promotion (促進)' },
  ],
  en: [
    { inClause: /\baim\b/i, inTitle: /\baim/i, what: 'an aim' },
    { inClause: /\bpromot/i, inTitle: /\bpromot/i, what: 'promotion' },
  ],
};

describe('the companies page’s card titles', () => {
  for (const locale of LOCALES) {
    it(`keep the modality and the verb of the clause they head (${locale})`, () => {
      let applied = 0;
      for (const { item, title } of businessOffers) {
        const body = clauseBody(locale, item);
        for (const rule of kept[locale]) {
          if (!rule.inClause.test(body)) continue;
          applied++;
          expect(ui[locale][title], `item (${item}) states ${rule.what}`).toMatch(rule.inTitle);
        }
      }
      // (5) is an aim and (9) a promotion in both languages: the rules above are not vacuous.
      expect(applied).toBeGreaterThanOrEqual(2);
    });
  }

  it('read as titles, not as a list trailing off', () => {
    for (const { title } of businessOffers) {
      expect(ui.en[title]).not.toMatch(/\b(and more|etc\.?|and so on)\s*$/i);
      expect(ui.ja[title]).not.toMatch(/(など|等)$/);
    }
  });
});

describe('the print view’s own words', () => {
  it('never claims the clauses are all of the memorandum', () => {
    expect(ui.ja['print.description']).not.toMatch(/全条項|すべての条項|全文/);
    expect(ui.en['print.description']).not.toMatch(/\b(every|all)\b[^.]*\bclauses?\b/i);
  });

  it('calls the Japanese column the City’s announcement, not the memorandum’s own text', () => {
    expect(ui.ja['print.ja']).toMatch(/発表/);
    expect(ui.en['print.ja']).toMatch(/announcement/);
    expect(ui.ja['print.ja']).not.toBe('日本語（原文）');
  });
});

describe('names', () => {
  it('names the City of Kawasaki in the site name as every page does', () => {
    expect(ui.en['site.name']).toContain('City of Kawasaki');
    expect(ui.ja['site.name']).toContain('川崎市');
  });

  it('gives every participant a 敬称 on the Japanese pages', () => {
    const people = readEntries('participants', 'ja');
    expect(people.size).toBeGreaterThan(0);
    for (const [key, person] of people) expect(person.honorific, `participants/ja/${key}.yaml`).toBeTruthy();
  });

  it('gives no English honorific that the English captions do not (Shimamura has none)', () => {
    expect(readEntries('participants', 'en').get('shimamura')!.honorific).toBeUndefined();
  });
});
