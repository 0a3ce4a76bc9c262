import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { count, draft, fieldText, optionalText, text } from './common';
import {
  ALLOWED_SCHEMES,
  USER_INFO_RULE,
  WEB_ADDRESS_FORM_RULE,
  WEB_ADDRESS_RULE,
  addressHostProblem,
  hasUserInfo,
} from '../content-policy/html';
import { allOf } from '../content-policy/form-rule';
import { LOOKALIKE_HOST_FORM_RULE, LOOKALIKE_HOST_REASON } from '../content-policy/host-names';

export const organisationSchema = ({ image }: SchemaContext) =>
  z
    .strictObject({
      name: text(
        { ja: '正式名称', en: 'Full name' },
        { ja: 'この言語での正式名称。', en: 'Full name in the language of this file.' },
      ),
      shortName: optionalText(
        { ja: '略称', en: 'Short name' },
        { ja: '本文の中で使う略称。', en: 'The short name used in running text.' },
      ),
      description: optionalText(
        { ja: '説明', en: 'Description' },
        { ja: '団体についての1文の説明。', en: 'One sentence about the organisation.' },
      ),
      order: count(
        { ja: '順番', en: 'Order' },
        { ja: '団体の一覧での順番。', en: 'Position in lists of organisations.' },
      ),
      partner: z
        .boolean()
        .default(false)
        .meta(
          fieldText({
            label: { ja: '覚書の当事者', en: 'Party to the memorandum' },
            hint: {
              ja: '覚書の当事者（2団体）のみ true。当事者にはロゴ、ロゴの代替テキスト、公式サイトが必要です。',
              en: 'true only for the two parties to the memorandum; they need a logo, its text alternative and a URL.',
            },
          }),
        ),
      url: z
        .url({ protocol: new RegExp(`^(?:${ALLOWED_SCHEMES.join('|')})$`), error: WEB_ADDRESS_RULE })
        .refine((url) => !hasUserInfo(url), { error: USER_INFO_RULE })
        .superRefine((url, context) => {
          const problem = addressHostProblem(url);
          if (problem)
            context.addIssue({
              code: 'custom',
              message: `must be the organisation's own address: ${problem}, ${LOOKALIKE_HOST_REASON}`,
            });
        })
        .meta({ form: allOf(WEB_ADDRESS_FORM_RULE, LOOKALIKE_HOST_FORM_RULE) })
        .optional()
        .meta(
          fieldText({
            label: { ja: '公式サイト', en: 'Official website' },
            example: 'https://www.example.org/',
            hint: {
              ja: '公式サイトのアドレス（https:// で始まるもの）。確かな場合だけ書きます。',
              en: 'The official home page (an https:// address); only where certain.',
            },
          }),
        ),
      logo: image()
        .optional()
        .meta(
          fieldText({
            label: { ja: 'ロゴ', en: 'Logo' },
            example: '../../media/logos/name.svg',
            hint: {
              ja: 'ロゴ（SVG）。content/media/logos/ に置き、このファイルからの相対パスで書きます。',
              en: 'The logo (SVG), kept in content/media/logos/ and written as a path relative to this file.',
            },
          }),
        ),
      logoAlt: optionalText(
        { ja: 'ロゴの代替テキスト', en: 'Text alternative of the logo' },
        {
          ja: 'ロゴを見られない人のための文（例：「…のロゴ」）。',
          en: 'Text alternative for the logo (e.g. “Logo of …”).',
        },
      ),
      draft,
    })
    .refine((o) => !o.partner || (o.logo && o.logoAlt && o.url), {
      message: 'a partner needs logo, logoAlt and url',
      path: ['logo'],
    });
