import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { draft } from './common';
import { addressHostProblem, hasUserInfo } from '../content-policy/html';

export const organisationSchema = ({ image }: SchemaContext) =>
  z
    .strictObject({
      name: z.string().min(1).describe('Full name in the language of this file.'),
      shortName: z.string().min(1).optional().describe('Short name used in running text.'),
      description: z.string().min(1).optional().describe('One sentence about the organisation.'),
      order: z.number().int().positive().describe('Position in lists of organisations.'),
      partner: z.boolean().default(false).describe('true for the two parties to the memorandum.'),
      url: z
        .url({ protocol: /^https$/, error: 'must be an https:// address' })
        .refine((url) => !hasUserInfo(url), {
          error:
            'must be the plain address of the page, without a user name before the site (https://…@…), which hides which site the link opens',
        })
        .superRefine((url, context) => {
          const problem = addressHostProblem(url);
          if (problem)
            context.addIssue({
              code: 'custom',
              message: `must be the organisation's own address: ${problem}, so it can pass for another site's address; type the address again by hand`,
            });
        })
        .optional()
        .describe('Official home page; only where certain.'),
      logo: image().optional().describe('Path to the logo file (SVG), relative to this file.'),
      logoAlt: z.string().min(1).optional().describe('Text alternative for the logo.'),
      draft,
    })
    .refine((o) => !o.partner || (o.logo && o.logoAlt && o.url), {
      message: 'a partner needs logo, logoAlt and url',
      path: ['logo'],
    });
