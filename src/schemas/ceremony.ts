import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { count, draft, entryKey, fieldText, matching, pageMeta, text } from './common';
import { partialDate } from './partial-date';

export const ceremonySchema = z.strictObject({
  ...pageMeta,
  date: partialDate.meta(
    fieldText({
      label: { ja: '締結式の日付', en: 'Date of the ceremony' },
      hint: {
        ja: "締結式の日付。'YYYY-MM-DD' の形で書きます。",
        en: "The day of the signing ceremony, written 'YYYY-MM-DD'.",
      },
    }),
  ),
  place: text(
    { ja: '場所', en: 'Place' },
    {
      ja: '締結式の場所（発表の表記のとおり）。',
      en: 'Where the ceremony took place, as the source names it.',
    },
  ),
  eventName: text(
    { ja: '行事の名前', en: 'Name of the event' },
    {
      ja: '行事そのものの名前（例：締結式）。検索エンジン向けのデータに使います。ページの見出しは「見出し」です。',
      en: 'The name of the event itself (e.g. 締結式), for structured data; the title names the page.',
    },
  ),
  draft,
});

/** A photo of the ceremony, with its participants from left to right. */
export const photoSchema = ({ image }: SchemaContext) =>
  z.strictObject({
    order: count(
      { ja: '順番', en: 'Order' },
      { ja: '締結式ページでの写真の順番。', en: 'Position of the photo on the ceremony page.' },
    ),
    image: image().meta(
      fieldText({
        label: { ja: '画像', en: 'Image' },
        example: '../../media/placeholder.svg',
        hint: {
          ja: '写真の画像ファイル。content/media/photos/ に置き、このファイルからの相対パスで書きます。',
          en: 'The photo, kept in content/media/photos/ and written as a path relative to this file.',
        },
      }),
    ),
    standIn: z
      .boolean()
      .default(false)
      .meta(
        fieldText({
          label: { ja: '仮画像', en: 'Stand-in' },
          example: true,
          hint: {
            ja: '本物の写真の代わりの仮画像である間は true。',
            en: 'true while the image is a stand-in for the real photo.',
          },
        }),
      ),
    participants: z
      .array(entryKey('participant'))
      .min(1)
      .meta(
        fieldText({
          label: { ja: '写っている人', en: 'People in the photo' },
          example: ['todo'],
          hint: {
            ja: '写真の人物を左から順に選びます（content/participants/ の項目）。',
            en: 'The people in the photo, from left to right (entries of content/participants/).',
          },
        }),
      ),
    heading: text(
      { ja: '写真の見出し', en: 'Heading of the photo' },
      {
        ja: '締結式ページで写真の上に表示する短い見出し。ほかの写真の見出しと重ならないようにします。',
        en: 'Short heading of this photo on the ceremony page, different from every other photo’s.',
      },
    ),
    caption: text(
      { ja: '説明文', en: 'Caption' },
      { ja: '写真の下に表示する説明文。', en: 'Caption shown under the photo.' },
    ),
    alt: text(
      { ja: '代替テキスト', en: 'Text alternative' },
      {
        ja: '画像を見られない人のために、画像に写っているものを説明する文。',
        en: 'Text alternative describing the image for people who cannot see it.',
      },
    ),
    draft,
  });

export const participantSchema = z.strictObject({
  name: matching(z.string().min(1), /^[\p{Script=Latin}\s.'’‐-]+$/u, {
    ja: 'ローマ字（ラテン文字）で、出典の表記どおりに書いてください。',
    en: 'must be in Latin letters, exactly as the source gives it',
  }).meta(
    fieldText({
      label: { ja: '氏名（ローマ字）', en: 'Name' },
      example: 'TODO',
      hint: {
        ja: 'ローマ字の氏名。出典の表記どおりに書きます。',
        en: 'Name in Latin letters, exactly as the source gives it.',
      },
    }),
  ),
  nameLanguage: z
    .enum(['ja-Latn', 'de', 'en'])
    .optional()
    .meta(
      fieldText({
        label: { ja: '氏名の言語', en: 'Language of the name' },
        hint: {
          ja: 'ローマ字で書いた日本語の氏名は ja-Latn、ドイツ語の氏名は de。空欄なら en（出典の英語の写真説明の表記）。日本語ページで氏名に付ける言語です。',
          en: 'ja-Latn for a Japanese name in Latin letters, de for a German name; empty means en (as in the source’s English captions). Marks the name on the Japanese pages.',
        },
      }),
    ),
  reading: matching(z.string(), /^[\p{Script=Katakana}ー・\s]+$/u, {
    ja: 'カタカナで書いてください。',
    en: 'must be in katakana',
  })
    .optional()
    .meta(
      fieldText({
        label: { ja: '読み（カタカナ）', en: 'Reading (katakana)' },
        example: 'トドー',
        hint: {
          ja: '日本語ページに表示するカタカナの読み。漢字を推測で書かないでください。',
          en: 'Katakana reading for the Japanese page. Never invent kanji.',
        },
      }),
    ),
  honorific: z
    .string()
    .optional()
    .meta(
      fieldText({
        label: { ja: '敬称', en: 'Honorific' },
        hint: {
          ja: '出典のとおりの敬称（氏、博士、教授など）。',
          en: 'Title as the source gives it (Mr., Dr., Prof. Dr.); in Japanese a suffix such as 氏.',
        },
      }),
    ),
  role: text(
    { ja: '役職', en: 'Role' },
    { ja: '役職（このファイルの言語で）。', en: 'Role, in the language of this file.' },
  ),
  organisation: entryKey('organisation')
    .optional()
    .meta(
      fieldText({
        label: { ja: '所属団体', en: 'Organisation' },
        example: 'city-of-kawasaki',
        hint: {
          ja: '所属団体（content/organisations/ の項目）。',
          en: 'The organisation, an entry of content/organisations/.',
        },
      }),
    ),
  draft,
});
