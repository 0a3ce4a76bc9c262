/**
 * JSON-LD (schema.org) built from the content by pure functions. Nothing here states a fact of
 * its own: names, dates, roles and places all come in through the arguments, which
 * src/lib/seo.ts reads from the content collections.
 *
 * One @id per entity, and the same node wherever it appears: an organisation or a person is
 * written identically on every page in both languages. Its `name` is the one the announcement's
 * English captions give; this site's Japanese translation is an `alternateName`.
 */

/** Organisations that are public bodies, by entry key: schema.org GovernmentOrganization. */
export const GOVERNMENT_ORGANISATIONS: ReadonlySet<string> = new Set([
  'city-of-kawasaki',
  'bavarian-ministry-economic-affairs',
]);

export interface OrganisationInput {
  key: string;
  /** The name as the announcement's English captions give it. */
  name: string;
  /** Other names: the Japanese name (this site's translation) and short names. */
  alternateNames?: (string | undefined)[];
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
  /** This site's Japanese translation of the role. */
  roleTranslation?: string | undefined;
  organisation?: OrganisationInput | undefined;
}

type Thing = Record<string, unknown>;

/** Drops undefined values so that the JSON carries only what the content says. */
function compact<T extends Thing>(thing: T): T {
  return Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined)) as T;
}

/** One value, or several, or none: schema.org accepts an array where a property repeats. */
function oneOrMore(values: (string | undefined)[], except: string): string | string[] | undefined {
  const unique = [...new Set(values.filter((v): v is string => !!v && v !== except))];
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
 * Prof. Dr.) and role. A role this site has translated into Japanese is a DefinedTerm with
 * the translation as its alternateName.
 */
export function personLd(person: PersonInput, siteUrl: string): Thing {
  const translated = person.roleTranslation && person.roleTranslation !== person.role;
  return compact({
    '@type': 'Person',
    '@id': `${siteUrl}#person-${person.key}`,
    name: person.name,
    honorificPrefix: person.honorific,
    jobTitle: translated
      ? { '@type': 'DefinedTerm', name: person.role, alternateName: person.roleTranslation }
      : person.role,
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
  /** The entry key: the @id is the same on the Japanese and the English page. */
  key: string;
  url: string;
  /** The event's name in the page's language (締結式, signing ceremony), not the page's title. */
  name: string;
  /** The same name in the other language. */
  alternateName?: string | undefined;
  startDate: string;
  /** The place as the content names it; a Place with a name only, no invented address. */
  locationName: string;
  organizer: OrganisationInput[];
  attendees: PersonInput[];
  image?: string[];
}

export function eventLd(input: EventInput, siteUrl: string): Thing {
  return compact({
    '@type': 'Event',
    '@id': `${siteUrl}#event-${input.key}`,
    url: input.url,
    name: input.name,
    alternateName: input.alternateName,
    startDate: input.startDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: input.locationName },
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
