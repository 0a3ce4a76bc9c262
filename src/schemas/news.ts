import { z } from 'astro/zod';
import { draft, fieldText, pageMeta } from './common';
import { partialDate } from './partial-date';

/** An announcement. The first (the MoU renewal) is the home page. */
export const newsSchema = z.strictObject({
  ...pageMeta,
  date: partialDate.meta(
    fieldText({
      label: { ja: '発表日', en: 'Date' },
      hint: {
        ja: "お知らせの日付。出典が示す精度で 'YYYY'、'YYYY-MM' または 'YYYY-MM-DD' と書きます（更新のお知らせは更新の月）。日まで書いたときだけ、フィードに日が載ります。",
        en: "The date of the announcement, as precise as the source says: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (for the renewal: the renewal month). Feeds give no day unless this has one.",
      },
    }),
  ),
  mouSigned: partialDate.optional().meta(
    fieldText({
      label: { ja: '覚書の最初の締結', en: 'Memorandum first concluded' },
      hint: {
        ja: "更新のお知らせにだけ書きます。覚書を最初に締結した時期（'YYYY-MM'）。",
        en: "Only on the renewal announcement: when the memorandum was first concluded ('YYYY-MM').",
      },
    }),
  ),
  draft,
});
