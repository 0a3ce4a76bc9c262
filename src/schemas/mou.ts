import { z } from 'astro/zod';
import { CLAUSE_KINDS } from '../model/keys';
import { count, draft, fieldText, pageMeta, text } from './common';
import { partialDate } from './partial-date';

/** The frame of the memorandum: headings, lead sentence and term. Clauses are their own entries. */
export const mouSchema = z.strictObject({
  ...pageMeta,
  purposesHeading: text(
    { ja: '第1節の見出し', en: 'Heading of section 1' },
    { ja: '第1節（覚書の目的）の見出し。', en: 'Heading of section 1, the purposes.' },
  ),
  lead: text(
    { ja: '導入文', en: 'Lead sentence' },
    { ja: '目的の前に置く文。', en: 'The sentence that introduces the purposes.' },
  ),
  itemsHeading: text(
    { ja: '第2節の見出し', en: 'Heading of section 2' },
    {
      ja: '第2節（同意事項）の見出し。同意事項の本文は「覚書の目的と同意事項」（content/clauses/）にあります。',
      en: 'Heading of section 2, the agreed items; the clauses themselves are in content/clauses/.',
    },
  ),
  termHeading: text(
    { ja: '第3節の見出し', en: 'Heading of section 3' },
    { ja: '第3節（有効期間）の見出し。', en: 'Heading of section 3, the term.' },
  ),
  term: text(
    { ja: '有効期間', en: 'Term' },
    { ja: '覚書に書かれているとおりの有効期間（文章）。', en: 'The term in words, as the memorandum states it.' },
  ),
  termStart: partialDate.meta(
    fieldText({
      label: { ja: '有効期間の開始', en: 'Start of the term' },
      hint: { ja: "有効期間の始まり（'YYYY-MM'）。", en: "When the term begins ('YYYY-MM')." },
    }),
  ),
  termYears: count(
    { ja: '有効期間（年）', en: 'Term in years' },
    { ja: '有効期間の長さ（年数）。', en: 'Length of the term in years.' },
  ),
  draft,
});

/** One clause: a purpose (1)–(4) or an agreed item (1)–(11). The body is the clause text. */
export const clauseSchema = z.strictObject({
  kind: z.enum(CLAUSE_KINDS, { error: 'must be either purpose or item' }).meta(
    fieldText({
      label: { ja: '種類', en: 'Kind' },
      example: 'item',
      hint: {
        ja: 'purpose（第1節、覚書の目的）または item（第2節、同意事項）。',
        en: 'purpose (section 1, the purposes) or item (section 2, agreed items).',
      },
    }),
  ),
  number: count(
    { ja: '番号', en: 'Number' },
    {
      ja: '印刷されているとおりの番号（(7) なら 7）。',
      en: 'The clause number as printed, e.g. 7 for (7).',
    },
  ),
  draft,
});
