import { describe, expect, it } from 'vitest';
import {
  attendeesInPhotoOrder,
  eventLd,
  graph,
  jsonLdString,
  newsArticleLd,
  organisationLd,
  personLd,
  tagged,
  type OrganisationInput,
  type PersonInput,
} from '../../../src/lib/structured-data';
import { readEntries } from '../helpers/content-files';
import { partialDate } from '../../../src/schemas/partial-date';
import { LOCALES, type Locale } from '../../../src/model/locales';

const site = 'https://example.org/';

/** The inputs the site builds from content (see src/lib/seo.ts), read here straight from the files. */
function fromContent() {
  const orgsJa = readEntries('organisations', 'ja');
  const news = readEntries('news', 'ja').get('mou-renewal')!;
  const source = `${news.title}\n${news.body}`;
  const orgs = new Map<string, OrganisationInput>();
  for (const [key, o] of readEntries('organisations', 'en')) {
    const ja = orgsJa.get(key)!.name as string;
    orgs.set(key, {
      key,
      name: o.name as string,
      alternateNames: [o.shortName as string | undefined, source.includes(ja) ? tagged(ja, 'ja') : undefined],
      url: o.url as string | undefined,
    });
  }
  const people = new Map<string, PersonInput>();
  for (const [key, p] of readEntries('participants', 'en')) {
    people.set(key, {
      key,
      name: p.name as string,
      honorific: p.honorific as string | undefined,
      role: p.role as string,
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

  it('names each organisation as the English captions do; a Japanese name only where the announcement uses it', () => {
    const city = organisationLd(c.orgs.get('city-of-kawasaki')!, site);
    expect(city).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': `${site}#org-city-of-kawasaki`,
      name: 'City of Kawasaki',
      alternateName: { '@value': '川崎市', '@language': 'ja' },
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
      // Their Japanese names are this site's translations: the pages say so, JSON-LD cannot.
      const org = organisationLd(c.orgs.get(key)!, site);
      expect(org.name).toBe(readEntries('organisations', 'en').get(key)!.name);
      expect(org.alternateName, key).toBeUndefined();
      expect(JSON.stringify(org)).not.toContain(c.orgsJa.get(key)!.name as string);
    }
  });

  const article = (locale: Locale) => {
    const news = readEntries('news', locale).get('mou-renewal')!;
    return newsArticleLd(
      {
        url: locale === 'ja' ? site : `${site}en/`,
        inLanguage: locale,
        headline: news.title as string,
        description: news.description as string,
        publisher: c.orgs.get('city-of-kawasaki')!,
        original: { url: site, datePublished: readEntries('news', 'ja').get('mou-renewal')!.date as string },
        translationOf: locale === 'en' ? { translator: { url: site, names: [tagged('This site', 'en')] } } : undefined,
        translationUrl: locale === 'ja' ? `${site}en/` : undefined,
      },
      site,
    );
  };

  it('ja: the NewsArticle is the City’s, dated as precisely as the content (no day), pointing to its translation', () => {
    expect(article('ja')).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${site}#article`,
      inLanguage: 'ja',
      datePublished: '2020-02',
      author: { '@id': `${site}#org-city-of-kawasaki`, name: 'City of Kawasaki' },
      publisher: { '@type': 'GovernmentOrganization', name: 'City of Kawasaki' },
      workTranslation: { '@id': `${site}en/#article` },
    });
  });

  it('en: the NewsArticle is this site’s translation of the Japanese, with no author and no date of its own', () => {
    const en = article('en');
    expect(en).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${site}en/#article`,
      inLanguage: 'en',
      translationOfWork: { '@id': `${site}#article` },
      translator: { '@type': 'Organization', '@id': `${site}#this-site`, url: site },
    });
    for (const field of ['author', 'publisher', 'datePublished', 'dateModified', 'workTranslation'])
      expect(en, field).not.toHaveProperty(field);
  });

  for (const locale of LOCALES) {
    it(`${locale}: names the Event as an event, in Bavaria, Germany, with one @id in both languages`, () => {
      const ceremony = readEntries('ceremony', locale).get('signing-ceremony')!;
      const event = eventLd(
        {
          key: 'signing-ceremony',
          urls: [`${site}ceremony/`, `${site}en/ceremony/`],
          names: [tagged(ceremony.eventName as string, locale)],
          // The file holds the date as the editor writes it (unquoted, a YAML date); the schema reads the day.
          startDate: partialDate.parse(ceremony.date),
          locationNames: [tagged(ceremony.place as string, locale)],
          organizer: [c.orgs.get('city-of-kawasaki')!],
          attendees: attendeesInPhotoOrder(c.photos),
          image: [],
        },
        site,
      );
      expect(event['@id']).toBe(`${site}#event-signing-ceremony`);
      expect(event.name).toEqual([
        {
          '@value': locale === 'ja' ? '川崎市とBioMの覚書の締結式' : expect.stringMatching(/^Signing ceremony/),
          '@language': locale,
        },
      ]);
      expect(JSON.stringify(event.name)).not.toContain(ceremony.title as string);
      expect(event.startDate).toBe('2020-02-11');
      expect(event.location).toEqual({
        '@type': 'Place',
        name: [{ '@value': locale === 'ja' ? 'ドイツ・バイエルン州' : 'Bavaria, Germany', '@language': locale }],
      });
      expect(event.image).toBeUndefined();
      const people = event.attendee as Record<string, unknown>[];
      const group = readEntries('photos', 'en').get('group-photo')!.participants as string[];
      expect(people.map((p) => p['@id'])).toEqual(group.map((k) => `${site}#person-${k}`));
    });
  }

  it('gives each person as the English captions do, without this site’s Japanese translation of the role', () => {
    const takahashi = personLd(c.people.get('takahashi')!, site);
    expect(takahashi).toEqual({
      '@type': 'Person',
      '@id': `${site}#person-takahashi`,
      name: 'Tomohiro Takahashi',
      honorificPrefix: 'Mr.',
      jobTitle: 'Director, Coastal Area International Strategy Headquarters',
      affiliation: organisationLd(c.orgs.get('city-of-kawasaki')!, site),
    });
    expect(personLd(c.people.get('domdey')!, site).jobTitle).toBe('CEO');
    expect(personLd(c.people.get('kimura')!, site).affiliation).toBeUndefined();
  });
});

describe('structured data helpers', () => {
  it('lists each alternate name once, tagged or not, and never repeats the name itself', () => {
    const org = {
      key: 'x',
      name: 'BioM',
      alternateNames: ['BioM', 'ビオム', undefined, 'ビオム', 'B', tagged('ビオム', 'ja'), tagged('BioM', 'ja')],
    };
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
