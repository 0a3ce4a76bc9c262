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

/** The inputs the site builds from content (see src/lib/seo.ts), read here straight from the files. */
function fromContent() {
  const orgsJa = readEntries('organisations', 'ja');
  const orgs = new Map<string, OrganisationInput>();
  for (const [key, o] of readEntries('organisations', 'en')) {
    const ja = orgsJa.get(key)!;
    orgs.set(key, {
      key,
      name: o.name as string,
      alternateNames: [ja.name as string, o.shortName as string | undefined, ja.shortName as string | undefined],
      url: o.url as string | undefined,
    });
  }
  const rolesJa = readEntries('participants', 'ja');
  const people = new Map<string, PersonInput>();
  for (const [key, p] of readEntries('participants', 'en')) {
    people.set(key, {
      key,
      name: p.name as string,
      honorific: p.honorific as string | undefined,
      role: p.role as string,
      roleTranslation: rolesJa.get(key)!.role as string,
      organisation: p.organisation ? orgs.get(p.organisation as string) : undefined,
    });
  }
  const photos = [...readEntries('photos', 'en').values()].map((p) => ({
    order: p.order as number,
    people: (p.participants as string[]).map((k) => people.get(k)!),
  }));
  return { orgs, orgsJa, people, photos };
}

describe('structured data from the content', () => {
  const c = fromContent();

  it('names each organisation as the English captions do, with the Japanese as an alternate name', () => {
    const city = organisationLd(c.orgs.get('city-of-kawasaki')!, site);
    expect(city).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': `${site}#org-city-of-kawasaki`,
      name: 'City of Kawasaki',
      alternateName: '川崎市',
      url: 'https://www.city.kawasaki.jp/',
    });
    const biom = organisationLd(c.orgs.get('biom')!, site);
    expect(biom).toMatchObject({
      '@type': 'Organization',
      name: 'BioM Biotech Cluster Development GmbH',
      alternateName: 'BioM',
      url: 'https://www.bio-m.org/',
    });
    for (const key of [
      'king-skyfront',
      'kawasaki-institute-of-industry-promotion',
      'bavarian-ministry-economic-affairs',
    ]) {
      const org = organisationLd(c.orgs.get(key)!, site);
      expect(org.name).toBe(readEntries('organisations', 'en').get(key)!.name);
      expect(org.alternateName).toBe(c.orgsJa.get(key)!.name);
    }
    expect(organisationLd(c.orgs.get('king-skyfront')!, site)).toMatchObject({
      name: 'KING Skyfront Networking Council',
      alternateName: 'キングスカイフロントネットワーク協議会',
    });
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`${locale}: builds the NewsArticle with the date exactly as precise as the content (no day)`, () => {
      const news = readEntries('news', locale).get('mou-renewal')!;
      const article = newsArticleLd(
        {
          url: `${site}x/`,
          inLanguage: locale,
          headline: news.title as string,
          description: news.description as string,
          datePublished: news.date as string,
          publisher: c.orgs.get('city-of-kawasaki')!,
        },
        site,
      );
      expect(article).toMatchObject({
        '@type': 'NewsArticle',
        inLanguage: locale,
        headline: news.title,
        datePublished: '2020-02',
        publisher: { '@type': 'GovernmentOrganization', name: 'City of Kawasaki', alternateName: '川崎市' },
      });
    });

    it(`${locale}: names the Event as an event, in Bavaria, Germany, with one @id in both languages`, () => {
      const ceremony = readEntries('ceremony', locale).get('signing-ceremony')!;
      const event = eventLd(
        {
          key: 'signing-ceremony',
          url: `${site}ceremony/`,
          name: ceremony.eventName as string,
          startDate: ceremony.date as string,
          locationName: ceremony.place as string,
          organizer: [c.orgs.get('city-of-kawasaki')!],
          attendees: attendeesInPhotoOrder(c.photos),
          image: [],
        },
        site,
      );
      expect(event['@id']).toBe(`${site}#event-signing-ceremony`);
      expect(event.name).toEqual(
        locale === 'ja' ? '川崎市とBioMの覚書の締結式' : expect.stringMatching(/^Signing ceremony/),
      );
      expect(event.name).not.toBe(ceremony.title);
      expect(event.startDate).toBe('2020-02-11');
      expect(event.location).toEqual({
        '@type': 'Place',
        name: locale === 'ja' ? 'ドイツ・バイエルン州' : 'Bavaria, Germany',
      });
      expect(event.image).toBeUndefined();
      const people = event.attendee as Record<string, unknown>[];
      const group = readEntries('photos', 'en').get('group-photo')!.participants as string[];
      expect(people.map((p) => p['@id'])).toEqual(group.map((k) => `${site}#person-${k}`));
    });
  }

  it('gives each person as the English captions do, with the Japanese role as an alternate name', () => {
    const takahashi = personLd(c.people.get('takahashi')!, site);
    expect(takahashi).toEqual({
      '@type': 'Person',
      '@id': `${site}#person-takahashi`,
      name: 'Tomohiro Takahashi',
      honorificPrefix: 'Mr.',
      jobTitle: {
        '@type': 'DefinedTerm',
        name: 'Director, Coastal Area International Strategy Headquarters',
        alternateName: '臨海部国際戦略本部ディレクター',
      },
      affiliation: organisationLd(c.orgs.get('city-of-kawasaki')!, site),
    });
    // A role the site did not translate stays plain text.
    expect(personLd(c.people.get('domdey')!, site).jobTitle).toBe('CEO');
    expect(personLd(c.people.get('kimura')!, site).affiliation).toBeUndefined();
  });
});

describe('structured data helpers', () => {
  it('lists each alternate name once and never repeats the name itself', () => {
    const org = { key: 'x', name: 'BioM', alternateNames: ['BioM', 'ビオム', undefined, 'ビオム', 'B'] };
    expect(organisationLd(org, site).alternateName).toEqual(['ビオム', 'B']);
    expect(organisationLd({ key: 'x', name: 'A' }, site).alternateName).toBeUndefined();
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
