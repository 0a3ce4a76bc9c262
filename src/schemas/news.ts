import { z } from 'astro/zod';
import { draft, pageMeta } from './common';
import { partialDate } from './partial-date';

/** An announcement. The first (the MoU renewal) is the home page. */
export const newsSchema = z.strictObject({
  ...pageMeta,
  date: partialDate.describe('When it was announced, as precise as the source says.'),
  mouSigned: partialDate
    .optional()
    .describe('When the memorandum was first concluded (only on the renewal announcement).'),
  draft,
});
