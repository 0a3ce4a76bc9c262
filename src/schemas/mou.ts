import { z } from 'astro/zod';
import { CLAUSE_KINDS } from '../model/keys';
import { draft, pageMeta } from './common';
import { partialDate } from './partial-date';

/** The frame of the memorandum: headings, lead sentence and term. Clauses are their own entries. */
export const mouSchema = z.strictObject({
  ...pageMeta,
  purposesHeading: z.string().min(1).describe('Heading of section 1, the purposes.'),
  lead: z.string().min(1).describe('The sentence that introduces the purposes.'),
  itemsHeading: z.string().min(1).describe('Heading of section 2, the agreed items.'),
  termHeading: z.string().min(1).describe('Heading of section 3, the term.'),
  term: z.string().min(1).describe('The term in words, as the memorandum states it.'),
  termStart: partialDate.describe('When the term begins.'),
  termYears: z.number().int().positive().describe('Length of the term in years.'),
  draft,
});

/** One clause: a purpose (1)–(4) or an agreed item (1)–(11). The body is the clause text. */
export const clauseSchema = z.strictObject({
  kind: z
    .enum(CLAUSE_KINDS, { error: 'must be either purpose or item' })
    .describe('purpose (section 1) or item (section 2, agreed items).'),
  number: z.number().int().positive().describe('The clause number as printed, e.g. 7 for (7).'),
  draft,
});
