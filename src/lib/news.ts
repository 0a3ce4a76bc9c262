import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/urls';
import { useTranslations } from '../i18n/ui';
import { ANNOUNCEMENT_KEY } from './announcement';
import { utcDay } from '../schemas/partial-date';
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
 * An RSS pubDate (RFC 822) needs a day. The content says only as much as the source does,
 * e.g. '2020-02': then there is no pubDate at all (it is optional in RSS 2.0), rather than a
 * day nobody stated. A full date gives midnight UTC of that day.
 */
export function rssDate(value: string): Date | undefined {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined || d === undefined) return undefined;
  return utcDay(y!, m, d);
}

/** The feed's title: the navigation's name for the announcements, then the site's name. */
export function feedTitle(locale: Locale): string {
  const t = useTranslations(locale);
  return `${t('nav.home')} | ${t('site.name')}`;
}
