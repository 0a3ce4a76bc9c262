import { localeTags, type Locale } from '../i18n/locales';
import { absoluteUrl, localePath } from '../i18n/urls';
import { ANNOUNCEMENT_KEY } from './announcement';
import { entryKey, getLocalized, getLocalizedEntry, getOrganisations, getPartners, getPhotos } from './content';
import {
  attendeesInPhotoOrder,
  eventLd,
  graph,
  newsArticleLd,
  organisationLd,
  type OrganisationInput,
} from './structured-data';

/** The Open Graph image of a page: '/' → /og/home.png, '/en/mou/' → /en/og/mou.png. */
export function ogImagePath(locale: Locale, path: string): string {
  const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
  return localePath(locale, `/og/${slug}.png`);
}

/** Open Graph locale: ja_JP, en_GB. */
export function ogLocale(locale: Locale): string {
  return localeTags[locale].replace('-', '_');
}

async function organisationInputs(locale: Locale): Promise<Map<string, OrganisationInput>> {
  const orgs = await getOrganisations(locale);
  return new Map(
    orgs.map((o) => {
      const key = entryKey(o.id);
      return [
        key,
        { key, name: o.data.name, shortName: o.data.shortName, description: o.data.description, url: o.data.url },
      ];
    }),
  );
}

async function newsArticle(locale: Locale, key: string, url: string, site: URL) {
  const [news, orgs, partners] = await Promise.all([
    getLocalizedEntry('news', locale, key),
    organisationInputs(locale),
    getPartners(locale),
  ]);
  const publisher = orgs.get('city-of-kawasaki');
  if (!publisher) throw new Error(`content/organisations/${locale}/city-of-kawasaki.yaml: entry is missing`);
  return newsArticleLd(
    {
      url,
      inLanguage: localeTags[locale],
      headline: news.data.title,
      description: news.data.description,
      datePublished: news.data.date,
      publisher,
      about: partners.map((p) => orgs.get(entryKey(p.id))!),
      image: new URL(ogImagePath(locale, '/'), site).href,
    },
    site.href,
  );
}

async function ceremonyEvent(locale: Locale, url: string, site: URL) {
  const [ceremony, photos, orgs] = await Promise.all([
    getLocalizedEntry('ceremony', locale, 'signing-ceremony'),
    getPhotos(locale),
    organisationInputs(locale),
  ]);
  if (!ceremony.data.place) throw new Error(`content/ceremony/${ceremony.id}.mdx: place is needed for the Event`);
  const organizer = orgs.get('city-of-kawasaki')!;
  const people = attendeesInPhotoOrder(photos);
  return eventLd(
    {
      url,
      inLanguage: localeTags[locale],
      name: ceremony.data.title,
      description: ceremony.data.description,
      startDate: ceremony.data.date,
      locationName: ceremony.data.place,
      organizer: [organizer],
      attendees: people.map((p) => ({
        key: p.key,
        name: p.name,
        honorific: p.honorific,
        role: p.role,
        organisation: p.organisation ? orgs.get(p.organisation) : undefined,
      })),
      image: photos.filter((p) => !p.standIn).map((p) => new URL(p.image.src, site).href),
    },
    locale,
    site.href,
  );
}

/**
 * The JSON-LD of a page, by its path in the default locale; undefined for pages without any.
 * Home: the announcement (NewsArticle) with both partners. Ceremony: the Event. Partners: the
 * organisations. A news page: its NewsArticle.
 */
export async function structuredDataFor(locale: Locale, path: string, site: URL) {
  const url = absoluteUrl(locale, path, site);
  if (path === '/') {
    const article = await newsArticle(locale, ANNOUNCEMENT_KEY, url, site);
    return graph([article]);
  }
  if (path === '/ceremony/') return graph([await ceremonyEvent(locale, url, site)]);
  if (path === '/partners/') {
    const orgs = await organisationInputs(locale);
    const partners = await getPartners(locale);
    return graph(partners.map((p) => organisationLd(orgs.get(entryKey(p.id))!, site.href)));
  }
  const news = path.match(/^\/news\/([a-z0-9-]+)\/$/);
  if (news) {
    const keys = (await getLocalized('news', locale)).map((n) => entryKey(n.id));
    if (keys.includes(news[1]!)) return graph([await newsArticle(locale, news[1]!, url, site)]);
  }
  return undefined;
}
