import type { Locale } from '../i18n/locales';
import { getLocalizedEntry } from './content';
import { ANNOUNCEMENT_KEY } from './announcement';

/** The key dates, read from the content so that no page repeats them by hand. */
export async function getKeyFacts(locale: Locale) {
  const [news, mou, ceremony] = await Promise.all([
    getLocalizedEntry('news', locale, ANNOUNCEMENT_KEY),
    getLocalizedEntry('mou', locale, 'memorandum'),
    getLocalizedEntry('ceremony', locale, 'signing-ceremony'),
  ]);
  if (!news.data.mouSigned)
    throw new Error(`content/news/${news.id}.mdx: mouSigned: the announcement must say when the MoU was signed`);
  return {
    signed: news.data.mouSigned,
    renewed: news.data.date,
    termStart: mou.data.termStart,
    term: mou.data.term,
    ceremony: ceremony.data.date,
  };
}
