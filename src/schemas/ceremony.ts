import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { draft, entryKey, pageMeta } from './common';
import { partialDate } from './partial-date';

export const ceremonySchema = z.strictObject({
  ...pageMeta,
  date: partialDate.describe('The day of the signing ceremony.'),
  place: z.string().min(1).optional().describe('Where the ceremony took place, as the source names it.'),
  eventName: z
    .string()
    .min(1)
    .optional()
    .describe('The name of the event itself (e.g. 締結式), for structured data; the title names the page.'),
  draft,
});

/** A photo of the ceremony, with its participants from left to right. */
export const photoSchema = ({ image }: SchemaContext) =>
  z.strictObject({
    order: z.number().int().positive().describe('Position of the photo on the ceremony page.'),
    image: image().describe('Path to the image file, relative to this file.'),
    standIn: z.boolean().default(false).describe('true while the image is a stand-in for the real photo.'),
    participants: z.array(entryKey('participant')).min(1).describe('The people in the photo, from left to right.'),
    heading: z
      .string()
      .min(1)
      .describe('Short heading of this photo on the ceremony page, different from every other photo’s.'),
    caption: z.string().min(1).describe('Caption shown under the photo.'),
    alt: z.string().min(1).describe('Text alternative describing the image for people who cannot see it.'),
    draft,
  });

export const participantSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .regex(/^[\p{Script=Latin}\s.'’‐-]+$/u, 'must be in Latin letters, exactly as the source gives it')
    .describe('Name in Latin letters, exactly as the source gives it.'),
  reading: z
    .string()
    .regex(/^[\p{Script=Katakana}ー・\s]+$/u, 'must be in katakana')
    .optional()
    .describe('Optional katakana reading for the Japanese page. Never invent kanji.'),
  honorific: z
    .string()
    .optional()
    .describe('Title as the source gives it (Mr., Dr., Prof. Dr.); in Japanese a suffix such as 氏.'),
  role: z.string().min(1).describe('Role, in the language of this file.'),
  organisation: entryKey('organisation').optional(),
  draft,
});
