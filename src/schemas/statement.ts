import { z } from 'astro/zod';
import { draft, pageMeta } from './common';

/** A standing statement page, such as the accessibility statement. The body is the statement. */
export const statementSchema = z.strictObject({
  ...pageMeta,
  draft,
});
