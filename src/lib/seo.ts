import { getImage } from 'astro:assets';
import { localeTags, locales, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { absoluteUrl, localePath } from '../i18n/urls';
import { ANNOUNCEMENT_KEY } from './announcement';
import { entryKey, getLocalized, getLocalizedEntry, getOrganisations, getPartners, getPhotos } from './content';
import {
  attendeesInPhotoOrder,
  eventLd,
  graph,
  newsArticleLd,
  organisationLd,
  tagged,
  type OrganisationInput,
  type SiteInput,
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

/** Width of the photo variant search engines and link previews get: the widest the page shows. */
export const SHARED_PHOTO_WIDTH = 1104;

/**
 * The address of a generated JPEG variant of a photo, for structured data: never the upload itself,
 * which would publish the camera original (and its metadata) beside the page's variants.
 */
async function sharedVariant(image: ImageMetadata): Promise<string> {
  const variant = await getImage({ src: image, width: Math.min(image.width, SHARED_PHOTO_WIDTH), format: 'jpeg' });
  return variant.src;
}

/**
 * The City's own Japanese words: the title and text of its announcement, reproduced word for
 * word in the Japanese news entry. A Japanese name found there is the City's; any other is this
 * site's translation.
 */
async function announcementJapanese(): Promise<string> {
  const news = await getLocalizedEntry('news', 'ja', ANNOUNCEMENT_KEY);
  return `${news.data.title}\n${news.body ?? ''}`;
}

/**
 * Every organisation as one language-neutral node: the English name (as the announcement's
 * English captions give it) and short names; the Japanese name as an alternate name, tagged ja,
 * only where the Japanese announcement uses it.
 */
async function organisationInputs(): Promise<Map<string, OrganisationInput>> {
  const [en, ja, source] = await Promise.all([getOrganisations('en'), getOrganisations('ja'), announcementJapanese()]);
  const jaByKey = new Map(ja.map((o) => [entryKey(o.id), o.data]));
  const fromSource = (name: string | undefined) => (name && source.includes(name) ? tagged(name, 'ja') : undefined);
  return new Map(
    en.map((o) => {
      const key = entryKey(o.id);
      const j = jaByKey.get(key);
      return [
        key,
        {
          key,
          name: o.data.name,
          alternateNames: [o.data.shortName, fromSource(j?.name), fromSource(j?.shortName)],
          url: o.data.url,
        },
      ];
    }),
  );
}

/** This site, named as its pages name it in each language. */
function thisSite(site: URL): SiteInput {
  return { url: site.href, names: locales.map((l) => tagged(ui[l]['site.name'], l)) };
}

async function newsArticle(locale: Locale, key: string, url: string, site: URL) {
  const path = new URL(url).pathname.replace(/^\/en\//, '/');
  const [news, original, orgs, partners] = await Promise.all([
    getLocalizedEntry('news', locale, key),
    getLocalizedEntry('news', 'ja', key),
    organisationInputs(),
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
      publisher,
      original: { url: absoluteUrl('ja', path, site), datePublished: original.data.date },
      translationOf: locale === 'ja' ? undefined : { translator: thisSite(site) },
      translationUrl: locale === 'ja' ? absoluteUrl('en', path, site) : undefined,
      about: partners.map((p) => orgs.get(entryKey(p.id))!),
      image: new URL(ogImagePath(locale, '/'), site).href,
    },
    site.href,
  );
}

/** The ceremony: one node, the same on both pages, named in both languages. */
async function ceremonyEvent(site: URL) {
  const KEY = 'signing-ceremony';
  const [entries, photos, orgs] = await Promise.all([
    Promise.all(locales.map((l) => getLocalizedEntry('ceremony', l, KEY))),
    // People as the English captions give them; the Japanese roles are this site's translations.
    getPhotos('en'),
    organisationInputs(),
  ]);
  const organizer = orgs.get('city-of-kawasaki')!;
  const people = attendeesInPhotoOrder(photos);
  const ceremony = entries[0]!;
  const inEach = (field: 'eventName' | 'place') => entries.map((e, i) => tagged(e.data[field], locales[i]!));
  return eventLd(
    {
      key: KEY,
      urls: locales.map((l) => absoluteUrl(l, '/ceremony/', site)),
      names: inEach('eventName'),
      startDate: ceremony.data.date,
      locationNames: inEach('place'),
      organizer: [organizer],
      attendees: people.map((p) => ({
        key: p.key,
        name: p.name,
        honorific: p.honorific,
        role: p.role,
        organisation: p.organisation ? orgs.get(p.organisation) : undefined,
      })),
      image: await Promise.all(
        photos.filter((p) => !p.standIn).map(async (p) => new URL(await sharedVariant(p.image), site).href),
      ),
    },
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
  if (path === '/ceremony/') return graph([await ceremonyEvent(site)]);
  if (path === '/partners/') {
    const orgs = await organisationInputs();
    const partners = await getPartners(locale);
    return graph(partners.map((p) => organisationLd(orgs.get(entryKey(p.id))!, site.href)));
  }
  // A news page's path names its entry's key; which keys exist is the collection's to say.
  const news = path.match(/^\/news\/([^/]+)\/$/);
  if (news) {
    const keys = (await getLocalized('news', locale)).map((n) => entryKey(n.id));
    if (keys.includes(news[1]!)) return graph([await newsArticle(locale, news[1]!, url, site)]);
  }
  return undefined;
}
