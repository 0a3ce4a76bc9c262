import { z } from 'astro/zod';
import { KEY_PATTERN } from '../model/keys';

/**
 * A key that names another entry (a participant, an organisation), as in its file name. The
 * metadata names the collection it points into (`${what}s`), so the CMS offers a relation to it.
 */
export const entryKey = (what: string) =>
  z
    .string()
    .regex(KEY_PATTERN, `must be the file name of a ${what}, in lower case without .yaml`)
    .meta({
      description: `The file name (without extension) of a ${what} in the same language folder.`,
      references: `${what}s`,
    });

/** Marks an entry that is not finished: it is built in neither language. */
export const draft = z
  .boolean()
  .default(false)
  .describe('true while the entry is unfinished; drafts are built in neither language.');

export const pageMeta = {
  title: z.string().min(1).describe('Page heading and the title shown in search results.'),
  description: z
    .string()
    .min(1)
    .max(200)
    .describe('One or two sentences for search results and link previews (200 characters at most).'),
};
