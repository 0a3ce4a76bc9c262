/**
 * JSON-LD (schema.org) built from the content by pure functions. Nothing here states a fact of
 * its own: names, dates, roles and places all come in through the arguments, which
 * src/lib/seo.ts reads from the content collections.
 */

/** Organisations that are public bodies, by entry key: schema.org GovernmentOrganization. */
export const GOVERNMENT_ORGANISATIONS: ReadonlySet<string> = new Set([
  'city-of-kawasaki',
  'bavarian-ministry-economic-affairs',
]);

export interface OrganisationInput {
  key: string;
  name: string;
  shortName?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
}

export interface PersonInput {
  key: string;
  name: string;
  honorific?: string | undefined;
  role: string;
  organisation?: OrganisationInput | undefined;
}

type Thing = Record<string, unknown>;

/** Drops undefined values so that the JSON carries only what the content says. */
function compact<T extends Thing>(thing: T): T {
  return Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined)) as T;
}

export function organisationLd(org: OrganisationInput, siteUrl: string): Thing {
  return compact({
    '@type': GOVERNMENT_ORGANISATIONS.has(org.key) ? 'GovernmentOrganization' : 'Organization',
    '@id': `${siteUrl}#org-${org.key}`,
    name: org.name,
    alternateName: org.shortName && org.shortName !== org.name ? org.shortName : undefined,
    description: org.description,
    url: org.url,
  });
}

/**
 * A person. Honorifics are a prefix in English (Mr., Dr., Prof. Dr.) and a suffix in Japanese
 * (氏, 教授), as the content writes them.
 */
export function personLd(person: PersonInput, locale: 'ja' | 'en', siteUrl: string): Thing {
  return compact({
    '@type': 'Person',
    name: person.name,
    honorificPrefix: locale === 'en' ? person.honorific : undefined,
    honorificSuffix: locale === 'ja' ? person.honorific : undefined,
    jobTitle: person.role,
    affiliation: person.organisation ? organisationLd(person.organisation, siteUrl) : undefined,
  });
}

export interface NewsArticleInput {
  url: string;
  inLanguage: string;
  headline: string;
  description: string;
  /** As precise as the content knows it: '2020-02' stays '2020-02' (ISO 8601 allows it). */
  datePublished: string;
  publisher: OrganisationInput;
  about?: OrganisationInput[];
  image?: string;
}

export function newsArticleLd(input: NewsArticleInput, siteUrl: string): Thing {
  return compact({
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.inLanguage,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    image: input.image,
    publisher: organisationLd(input.publisher, siteUrl),
    author: organisationLd(input.publisher, siteUrl),
    about: input.about?.map((org) => organisationLd(org, siteUrl)),
  });
}

export interface EventInput {
  url: string;
  inLanguage: string;
  name: string;
  description: string;
  startDate: string;
  /** The place as the content names it; a Place with a name only, no invented address. */
  locationName: string;
  organizer: OrganisationInput[];
  attendees: PersonInput[];
  image?: string[];
}

export function eventLd(input: EventInput, locale: 'ja' | 'en', siteUrl: string): Thing {
  return compact({
    '@type': 'Event',
    '@id': `${input.url}#event`,
    url: input.url,
    inLanguage: input.inLanguage,
    name: input.name,
    description: input.description,
    startDate: input.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.locationName },
    organizer: input.organizer.map((org) => organisationLd(org, siteUrl)),
    attendee: input.attendees.map((person) => personLd(person, locale, siteUrl)),
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
