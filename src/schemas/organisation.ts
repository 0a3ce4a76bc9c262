import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { draft } from './common';
import {
  ALLOWED_SCHEMES,
  USER_INFO_RULE,
  WEB_ADDRESS_FORM_RULE,
  WEB_ADDRESS_RULE,
  hasUserInfo,
} from '../content-policy/html';

export const organisationSchema = ({ image }: SchemaContext) =>
  z
    .strictObject({
      name: z.string().min(1).describe('Full name in the language of this file.'),
      shortName: z.string().min(1).optional().describe('Short name used in running text.'),
      description: z.string().min(1).optional().describe('One sentence about the organisation.'),
      order: z.number().int().positive().describe('Position in lists of organisations.'),
      partner: z.boolean().default(false).describe('true for the two parties to the memorandum.'),
      url: z
        .url({ protocol: new RegExp(`^(?:${ALLOWED_SCHEMES.join('|')})$`), error: WEB_ADDRESS_RULE })
        .refine((url) => !hasUserInfo(url), { error: USER_INFO_RULE })
        .meta({ form: WEB_ADDRESS_FORM_RULE })
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
