import { describe, expect, it } from 'vitest';
import {
  attendeesInPhotoOrder,
  eventLd,
  graph,
  jsonLdString,
  newsArticleLd,
  organisationLd,
  personLd,
  type OrganisationInput,
  type PersonInput,
} from '../../src/lib/structured-data';
import { readEntries } from './helpers/content-files';

const site = 'https://example.org/';
type Locale = 'ja' | 'en';

/** The inputs the site builds from content, read here straight from the files. */
function fromContent(locale: Locale) {
  const orgs = new Map<string, OrganisationInput>();
  for (const [key, o] of readEntries('organisations', locale)) {
    orgs.set(key, {
      key,
      name: o.name as string,
      shortName: o.shortName as string | undefined,
      description: o.description as string | undefined,
      url: o.url as string | undefined,
    });
  }
  const people = new Map<string, PersonInput>();
  for (const [key, p] of readEntries('participants', locale)) {
    people.set(key, {
      key,
      name: p.name as string,
      honorific: p.honorific as string | undefined,
      role: p.role as string,
      organisation: p.organisation ? orgs.get(p.organisation as string) : undefined,
    });
  }
  const photos = [...readEntries('photos', locale).values()].map((p) => ({
    order: p.order as number,
    people: (p.participants as string[]).map((k) => people.get(k)!),
  }));
  const ceremony = readEntries('ceremony', locale).get('signing-ceremony')!;
  const news = readEntries('news', locale).get('mou-renewal')!;
  return { orgs, people, photos, ceremony, news };
}

describe.each(['ja', 'en'] as const)('structured data from the %s content', (locale) => {
  const c = fromContent(locale);

  it('types the City of Kawasaki as a GovernmentOrganization and BioM as an Organization', () => {
    const city = organisationLd(c.orgs.get('city-of-kawasaki')!, site);
    const biom = organisationLd(c.orgs.get('biom')!, site);
    expect(city).toMatchObject({ '@type': 'GovernmentOrganization', url: 'https://www.city.kawasaki.jp/' });
    expect(city.name).toBe(c.orgs.get('city-of-kawasaki')!.name);
    expect(biom).toMatchObject({ '@type': 'Organization', url: 'https://www.bio-m.org/', alternateName: 'BioM' });
  });

  it('builds the NewsArticle with the date as precise as the content knows it', () => {
    const article = newsArticleLd(
      {
        url: `${site}x/`,
        inLanguage: locale,
        headline: c.news.title as string,
        description: c.news.description as string,
        datePublished: c.news.date as string,
        publisher: c.orgs.get('city-of-kawasaki')!,
      },
      site,
    );
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: locale,
      headline: c.news.title,
      datePublished: '2020-02',
      publisher: { '@type': 'GovernmentOrganization', name: c.orgs.get('city-of-kawasaki')!.name },
    });
  });

  it('builds the Event: date, place by name only, organiser, attendees in photo order', () => {
    const attendees = attendeesInPhotoOrder(c.photos);
    const event = eventLd(
      {
        url: `${site}ceremony/`,
        inLanguage: locale,
        name: c.ceremony.title as string,
        description: c.ceremony.description as string,
        startDate: c.ceremony.date as string,
        locationName: c.ceremony.place as string,
        organizer: [c.orgs.get('city-of-kawasaki')!],
        attendees,
        image: [],
      },
      locale,
      site,
    );
    expect(event.startDate).toBe('2020-02-11');
    expect(event.location).toEqual({ '@type': 'Place', name: locale === 'ja' ? 'バイエルン州' : 'Bavaria' });
    expect(event.image).toBeUndefined();
    const people = event.attendee as Record<string, unknown>[];
    const group = readEntries('photos', locale).get('group-photo')!.participants as string[];
    expect(people.map((p) => p.name)).toEqual(group.map((k) => c.people.get(k)!.name));
    for (const person of people) {
      const source = [...c.people.values()].find((p) => p.name === person.name)!;
      expect(person['@type']).toBe('Person');
      expect(person.jobTitle).toBe(source.role);
      if (source.organisation) expect((person.affiliation as { name: string }).name).toBe(source.organisation.name);
      else expect(person.affiliation).toBeUndefined();
    }
  });
});

describe('structured data helpers', () => {
  it('puts an English honorific before the name and a Japanese one after it', () => {
    const base = { key: 'x', name: 'Horst Domdey', role: 'CEO' };
    expect(personLd({ ...base, honorific: 'Prof. Dr.' }, 'en', site)).toMatchObject({ honorificPrefix: 'Prof. Dr.' });
    expect(personLd({ ...base, honorific: '教授' }, 'ja', site)).toMatchObject({ honorificSuffix: '教授' });
  });

  it('lists each attendee once, left to right in the photo that shows the most people', () => {
    const p = (key: string) => ({ key });
    const photos = [
      { order: 1, people: [p('d'), p('t')] },
      { order: 2, people: [p('a'), p('d'), p('t'), p('b')] },
      { order: 3, people: [p('z')] },
    ];
    expect(attendeesInPhotoOrder(photos).map((x) => x.key)).toEqual(['a', 'd', 't', 'b', 'z']);
  });

  it('serialises a graph that cannot close its script element', () => {
    const json = jsonLdString(graph([{ '@type': 'Thing', name: '</script><b>' }]));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><b>');
  });
});
