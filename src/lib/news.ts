import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/urls';
import { ANNOUNCEMENT_KEY } from './announcement';
import { entryKey } from './content';

/**
 * The canonical page of a news entry. The announcement is the home page, so its news page
 * (/news/mou-renewal/) declares the home page canonical; feeds and links point there directly.
 */
export function newsCanonicalPath(key: string): string {
  return key === ANNOUNCEMENT_KEY ? '/' : `/news/${key}/`;
}

/** The canonical path of a news entry in a language, e.g. '/en/'. */
export function newsPath(locale: Locale, entry: CollectionEntry<'news'>): string {
  return localePath(locale, newsCanonicalPath(entryKey(entry.id)));
}

/**
 * RSS needs a full date (RFC 822), but the content says only as much as the source does,
 * e.g. '2020-02'. We use the first day of the period at 00:00 UTC ('2020-02' → 1 February 2020);
 * that day is a stand-in required by the format, and no visible text repeats it.
 */
export function rssDate(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}
