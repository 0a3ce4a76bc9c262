import type { Locale } from '../i18n/locales';
import { formatPartialDate } from '../i18n/dates';
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

/**
 * The values the archive notes fill in: when the memorandum was renewed and its term, both
 * from the content ('2020年2月', '2020年2月から3年間'). The notes speak of the announcement as
 * the record it is and never say whether the term was extended: the source does not.
 */
export async function getArchiveValues(locale: Locale) {
  const facts = await getKeyFacts(locale);
  return {
    renewed: formatPartialDate(facts.renewed, locale),
    // The term as the memorandum states it, inside a sentence: 'Three years…' → 'three years…'.
    term: locale === 'en' ? facts.term.charAt(0).toLowerCase() + facts.term.slice(1) : facts.term,
  };
}
