import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { localeTags, type Locale } from '../../i18n/locales';
import { absoluteUrl, localeParams } from '../../i18n/urls';
import { useTranslations } from '../../i18n/ui';
import { getNews } from '../../lib/content';
import { DC_NAMESPACE, feedItems } from '../../lib/feed';
import { feedTitle, newsPath, rssDate } from '../../lib/news';

export const getStaticPaths = localeParams;

/**
 * /rss.xml (Japanese) and /en/rss.xml (English): the news collection, newest first. The channel
 * links to the home page of its language and names its own address (atom:link rel="self").
 */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const t = useTranslations(locale);
  const news = await getNews(locale);
  const site = context.site!;
  const self = absoluteUrl(locale, '/rss.xml', site);
  return rss({
    title: feedTitle(locale),
    description: t('site.tagline'),
    site: absoluteUrl(locale, '/', site),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: DC_NAMESPACE },
    customData: `<language>${localeTags[locale]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(
      news.map((entry) => ({
        title: entry.data.title,
        description: entry.data.description,
        link: new URL(newsPath(locale, entry), site).href,
        pubDate: rssDate(entry.data.date),
        date: entry.data.date,
      })),
    ),
  });
}
