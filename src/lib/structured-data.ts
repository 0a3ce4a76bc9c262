/**
 * JSON-LD (schema.org) built from the content by pure functions. Nothing here states a fact of
 * its own: names, dates, roles and places all come in through the arguments, which
 * src/lib/seo.ts reads from the content collections.
 *
 * One @id per entity, and the same node wherever it appears: an organisation, a person or the
 * event is written identically on every page in both languages, so a processor that merges the
 * pages' graphs finds one name per language. Names as the announcement's English captions give
 * them; a Japanese name only where the City's Japanese announcement itself uses it, tagged ja.
 * This site's own Japanese translations of names and roles are not given as names: the pages say
 * they may differ from the official ones, and JSON-LD has no place for that caveat.
 */

/** A string in a stated language: JSON-LD's value object. */
export interface Tagged {
  '@value': string;
  '@language': string;
}

export function tagged(value: string, language: string): Tagged {
  return { '@value': value, '@language': language };
}

/** Organisations that are public bodies, by entry key: schema.org GovernmentOrganization. */
export const GOVERNMENT_ORGANISATIONS: ReadonlySet<string> = new Set([
  'city-of-kawasaki',
  'bavarian-ministry-economic-affairs',
]);

export interface OrganisationInput {
  key: string;
  /** The name as the announcement's English captions give it. */
  name: string;
  /** Other names: short names, and the Japanese name where the Japanese announcement uses it. */
  alternateNames?: (string | Tagged | undefined)[];
  url?: string | undefined;
}

export interface PersonInput {
  key: string;
  /** In Latin letters, as the source gives it. */
  name: string;
  /** As the English captions give it: Mr., Dr., Prof. Dr. */
  honorific?: string | undefined;
  /** As the English captions give it. */
  role: string;
  organisation?: OrganisationInput | undefined;
}

type Thing = Record<string, unknown>;

/** Drops undefined values so that the JSON carries only what the content says. */
function compact<T extends Thing>(thing: T): T {
  return Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined)) as T;
}

type Value = string | Tagged;
const valueText = (v: Value) => (typeof v === 'string' ? v : v['@value']);

/**
 * One value, or several, or none: schema.org accepts an array where a property repeats. A text
 * is given once, the first way it comes ('BioM' plain, not again as 'BioM' tagged ja).
 */
function oneOrMore(values: (Value | undefined)[], except: string): Value | Value[] | undefined {
  const byText = new Map<string, Value>();
  for (const v of values)
    if (v && valueText(v) && valueText(v) !== except && !byText.has(valueText(v))) byText.set(valueText(v), v);
  const unique = [...byText.values()];
  return unique.length === 0 ? undefined : unique.length === 1 ? unique[0] : unique;
}

export function organisationLd(org: OrganisationInput, siteUrl: string): Thing {
  return compact({
    '@type': GOVERNMENT_ORGANISATIONS.has(org.key) ? 'GovernmentOrganization' : 'Organization',
    '@id': `${siteUrl}#org-${org.key}`,
    name: org.name,
    alternateName: oneOrMore(org.alternateNames ?? [], org.name),
    url: org.url,
  });
}

/**
 * A person, as the announcement's English captions give them: name, honorific (Mr., Dr.,
 * Prof. Dr.) and role. The Japanese pages' roles are this site's translations and stay there.
 */
export function personLd(person: PersonInput, siteUrl: string): Thing {
  return compact({
    '@type': 'Person',
    '@id': `${siteUrl}#person-${person.key}`,
    name: person.name,
    honorificPrefix: person.honorific,
    jobTitle: person.role,
    affiliation: person.organisation ? organisationLd(person.organisation, siteUrl) : undefined,
  });
}

/** This site, as the translator of its English pages: named as its pages name it. */
export interface SiteInput {
  url: string;
  names: Tagged[];
}

/** This site as an Organization (what schema.org's translator expects), one node on every page. */
export function siteLd(site: SiteInput): Thing {
  return { '@type': 'Organization', '@id': `${site.url}#this-site`, name: site.names, url: site.url };
}

export interface NewsArticleInput {
  url: string;
  inLanguage: string;
  headline: string;
  description: string;
  publisher: OrganisationInput;
  about?: OrganisationInput[];
  image?: string;
  /**
   * The original: the City's Japanese announcement, with its URL on this site and its date as
   * precise as the content knows it ('2020-02' stays '2020-02', as ISO 8601 allows).
   * `translation` is set on the Japanese page, `translationOf` on the English one.
   */
  original: { url: string; datePublished: string };
  /** The English page: this site's translation of the original, by `translator`. */
  translationOf?: { translator: SiteInput } | undefined;
  /** The Japanese page: where its English translation is. */
  translationUrl?: string | undefined;
}

const articleId = (url: string) => `${url}#article`;

/**
 * The announcement as a NewsArticle. The Japanese page is the City's own: author and publisher,
 * with the date the content gives. The English page is this site's translation of it
 * (translationOfWork, translator): the City is not its author, and the source gives no date
 * for a translation made since, so it has none.
 */
export function newsArticleLd(input: NewsArticleInput, siteUrl: string): Thing {
  const city = organisationLd(input.publisher, siteUrl);
  const common = {
    '@type': 'NewsArticle',
    '@id': articleId(input.url),
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.inLanguage,
    headline: input.headline,
    description: input.description,
    image: input.image,
    about: input.about?.map((org) => organisationLd(org, siteUrl)),
  };
  if (input.translationOf)
    return compact({
      ...common,
      translationOfWork: { '@id': articleId(input.original.url) },
      translator: siteLd(input.translationOf.translator),
    });
  return compact({
    ...common,
    datePublished: input.original.datePublished,
    author: city,
    publisher: city,
    workTranslation: input.translationUrl ? { '@id': articleId(input.translationUrl) } : undefined,
  });
}

export interface EventInput {
  /** The entry key: the @id is the same on the Japanese and the English page. */
  key: string;
  /** The ceremony page in each language: the node is the same on both. */
  urls: string[];
  /** The event's name in each language (締結式…, signing ceremony…), not the page's title. */
  names: Tagged[];
  startDate: string;
  /** The place as the content names it, in each language; a Place with a name only, no invented address. */
  locationNames: Tagged[];
  organizer: OrganisationInput[];
  attendees: PersonInput[];
  image?: string[];
}

export function eventLd(input: EventInput, siteUrl: string): Thing {
  return compact({
    '@type': 'Event',
    '@id': `${siteUrl}#event-${input.key}`,
    url: input.urls,
    name: input.names,
    startDate: input.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.locationNames },
    organizer: input.organizer.map((org) => organisationLd(org, siteUrl)),
    attendee: input.attendees.map((person) => personLd(person, siteUrl)),
    image: input.image?.length ? input.image : undefined,
  });
}

/**
 * The people of the ceremony, each once, in photo order: left to right in the photo that shows
 * the most of them (the group photo), then anyone seen only in other photos.
 */
export function attendeesInPhotoOrder<P extends { key: string }>(photos: { order: number; people: P[] }[]): P[] {
  const byCoverage = [...photos].sort((a, b) => b.people.length - a.people.length || a.order - b.order);
  const seen = new Map<string, P>();
  for (const photo of byCoverage)
    for (const person of photo.people) if (!seen.has(person.key)) seen.set(person.key, person);
  return [...seen.values()];
}

/** One JSON-LD document: a @graph of things under the schema.org context. */
export function graph(things: Thing[]): Thing {
  return { '@context': 'https://schema.org', '@graph': things };
}

/**
 * JSON for a <script type="application/ld+json">: '<' is escaped so that no string in the
 * content can close the script element.
 */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
