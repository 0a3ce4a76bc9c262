import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeTags, type Locale } from '../../i18n/locales';
import { localeParams } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { getNews } from '../../lib/content';
import { feedItems } from '../../lib/feed';
import { newsPath, rssDate } from '../../lib/news';

export const getStaticPaths = localeParams;

/** /rss.xml (Japanese) and /en/rss.xml (English): the news collection, newest first. */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const t = useTranslations(locale);
  const news = await getNews(locale);
  return rss({
    title: `${t('feed.title')} | ${t('site.name')}`,
    description: t('site.tagline'),
    site: context.site!,
    trailingSlash: true,
    customData: `<language>${localeTags[locale]}</language>`,
    items: feedItems(
      news.map((entry) => ({
        title: entry.data.title,
        description: entry.data.description,
        link: newsPath(locale, entry),
        pubDate: rssDate(entry.data.date),
      })),
    ),
  });
}
