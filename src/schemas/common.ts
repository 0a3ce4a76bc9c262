import { z } from 'astro/zod';
import type { RuleMessage } from '../content-policy/form-rule';
import { KEY_PATTERN } from '../model/keys';
import type { Locale } from '../model/locales';

/** A text an editor reads, in each language of the site. */
export type Localized = Record<Locale, string>;

/**
 * What an editor is told about a field, kept on the field's schema: the one place for field
 * labels and hints. The CMS form shows them in the editor's language and the scaffolder writes
 * the hints as comments; the English hint is also the schema's description.
 */
export interface FieldText {
  label: Localized;
  hint: Localized;
}

/**
 * Metadata for `.meta()`: the field's label and hint in both languages, and optionally the value a
 * new entry is given as an example (JSON Schema's `examples`), where a placeholder would not do.
 */
export const fieldText = (text: FieldText & { example?: unknown }) => ({
  description: text.hint.en,
  label: text.label,
  hint: text.hint,
  ...(text.example === undefined ? {} : { examples: [text.example] }),
});

/**
 * A pattern check with its message in both languages: the content check reports the English (Zod's
 * message), and the schema's metadata keeps the pair (`patternMessage`), from which the editor's
 * form shows the Japanese first (src/cms/config.ts refuses a pattern without it).
 */
export const matching = <T extends z.ZodString>(schema: T, pattern: RegExp, message: RuleMessage): T =>
  schema.regex(pattern, message.en).meta({ patternMessage: message }) as T;

/** The pattern message a schema states with matching(), read back through the public registry API. */
export function patternMessageOf(schema: z.ZodType): RuleMessage | undefined {
  return (z.globalRegistry.get(schema) as { patternMessage?: RuleMessage } | undefined)?.patternMessage;
}

/** A text an entry must give (at least one character), with its label and hint. */
export const text = (label: Localized, hint: Localized) => z.string().min(1).meta(fieldText({ label, hint }));

/** A text an entry may leave out, with its label and hint. */
export const optionalText = (label: Localized, hint: Localized) =>
  z.string().min(1).optional().meta(fieldText({ label, hint }));

/** A whole number from 1 up (an order, a clause number, a count of years), with its label and hint. */
export const count = (label: Localized, hint: Localized) =>
  z.number().int().positive().meta(fieldText({ label, hint }));

/** A field's label and hint, read back from a schema's metadata (public registry API). */
export function fieldTextOf(schema: z.ZodType): FieldText | undefined {
  const meta = z.globalRegistry.get(schema) as Partial<FieldText> | undefined;
  return meta?.label && meta.hint ? { label: meta.label, hint: meta.hint } : undefined;
}

/**
 * A key that names another entry (a participant, an organisation), as in its file name. The
 * metadata names the collection it points into (`${what}s`), so the CMS offers a relation to it.
 */
export const entryKey = (what: string) =>
  z
    .string()
    .regex(KEY_PATTERN, `must be the file name of a ${what}, in lower case without .yaml`)
    .meta({ references: `${what}s` });

/** Marks an entry that is not finished: it is built in neither language. */
export const draft = z
  .boolean()
  .default(false)
  .meta(
    fieldText({
      label: { ja: '下書き', en: 'Draft' },
      hint: {
        ja: '下書きの間は true。両方の言語の内容がそろったら、両方のファイルで false にします。下書きはどちらの言語でも公開されません。',
        en: 'true while the entry is unfinished; set it to false in both languages once both are filled in. Drafts are built in neither language.',
      },
    }),
  );

export const pageMeta = {
  title: z
    .string()
    .min(1)
    .meta(
      fieldText({
        label: { ja: '見出し', en: 'Title' },
        hint: {
          ja: 'ページの見出し。検索結果にも表示されます。',
          en: 'Page heading and the title shown in search results.',
        },
      }),
    ),
  description: z
    .string()
    .min(1)
    .max(200)
    .meta(
      fieldText({
        label: { ja: '説明', en: 'Description' },
        hint: {
          ja: '検索結果とリンクのプレビューに表示する1〜2文（200文字以内）。',
          en: 'One or two sentences for search results and link previews (200 characters at most).',
        },
      }),
    ),
};
