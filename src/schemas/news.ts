import { z } from 'astro/zod';
import { draft, pageMeta } from './common';
import { partialDate } from './partial-date';

/** An announcement. The first (the MoU renewal) is the home page. */
export const newsSchema = z.strictObject({
  ...pageMeta,
  date: partialDate.describe(
    'The month the announcement is dated by, as precise as the source says (for the renewal: the renewal month). Feeds give no day unless this has one.',
  ),
  mouSigned: partialDate
    .optional()
    .describe('When the memorandum was first concluded (only on the renewal announcement).'),
  draft,
});
