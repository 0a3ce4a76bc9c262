import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../../src/i18n/dates';
import { affiliationText } from '../../../src/lib/affiliation';
import { feedTitle, rssDate } from '../../../src/lib/news';
import { dcDate, feedItems } from '../../../src/lib/feed';
import { withXDefault } from '../../../src/lib/sitemap-filter';
import { ui } from '../../../src/i18n/ui';
import { readEntries } from '../helpers/content-files';
import { LOCALES } from '../../../src/model/locales';

describe('dates say no more than the content', () => {
  it('gives a feed date only when the content has a day', () => {
    expect(rssDate('2020-02')).toBeUndefined();
    expect(rssDate('2020')).toBeUndefined();
    expect(rssDate('2020-02-11')?.toUTCString()).toBe('Tue, 11 Feb 2020 00:00:00 GMT');
  });

  it('gives the feed a Dublin Core date at the content’s own precision, and none for anything else', () => {
    expect(dcDate('2020-02')).toBe('<dc:date>2020-02</dc:date>');
    expect(dcDate('2020')).toBe('<dc:date>2020</dc:date>');
    expect(dcDate('2020-02-11')).toBe('<dc:date>2020-02-11</dc:date>');
    for (const bad of [undefined, '', '2020-13', '2020-02-32', '2020-2', '2020-02-11T00:00', '<x>'])
      expect(dcDate(bad), String(bad)).toBeUndefined();
    expect(feedItems([{ title: 't', description: 'd', link: 'https://e.org/', date: '2020-02' }])[0]!.customData).toBe(
      '<dc:date>2020-02</dc:date>',
    );
  });

  it('gives each sitemap entry the x-default alternate the pages declare (the Japanese page)', () => {
    const links = [
      { lang: 'ja', url: 'https://e.org/mou/' },
      { lang: 'en', url: 'https://e.org/en/mou/' },
    ];
    expect(withXDefault({ url: 'https://e.org/en/mou/', links }).links).toEqual([
      ...links,
      { lang: 'x-default', url: 'https://e.org/mou/' },
    ]);
    const once = withXDefault({ url: 'https://e.org/mou/', links });
    expect(withXDefault(once).links).toHaveLength(3);
    expect(withXDefault({ url: 'https://e.org/x/' }).links).toBeUndefined();
  });

  it('leaves the year out of a day only when asked (the timeline gives it once)', () => {
    expect(formatPartialDate('2020-02-11', 'ja', { omitYear: true })).toBe('2月11日');
    expect(formatPartialDate('2020-02-11', 'en', { omitYear: true })).toBe('11 February');
    expect(formatPartialDate('2020-02', 'ja', { omitYear: true })).toBe('2020年2月');
    expect(formatPartialDate('2020-02-11', 'ja')).toBe('2020年2月11日');
  });
});

describe('roles and organisations', () => {
  it('puts the organisation first in Japanese, run together, and after the role in English', () => {
    expect(affiliationText('臨海部国際戦略本部ディレクター', '川崎市', 'ja')).toBe(
      '川崎市臨海部国際戦略本部ディレクター',
    );
    expect(affiliationText('CEO', 'BioM Biotech Cluster Development GmbH', 'ja')).toBe(
      'BioM Biotech Cluster Development GmbH CEO',
    );
    expect(
      affiliationText('Director, Coastal Area International Strategy Headquarters', 'City of Kawasaki', 'en'),
    ).toBe('Director, Coastal Area International Strategy Headquarters, City of Kawasaki');
    expect(affiliationText('日本国総領事', undefined, 'ja')).toBe('日本国総領事');
  });

  it('keeps the organisation out of the Japanese roles (the page adds it in front)', () => {
    const orgs = readEntries('organisations', 'ja');
    const people = [...readEntries('participants', 'ja')].filter(([, person]) => person.organisation);
    expect(people.length).toBeGreaterThan(0);
    for (const [key, person] of people) {
      const org = orgs.get(person.organisation as string)!.name as string;
      expect(person.role as string, key).not.toContain(org);
      expect(person.role as string, key).not.toMatch(/[\s、,]/);
    }
  });
});

describe('names', () => {
  it('titles each feed as the navigation names the announcements', () => {
    expect(feedTitle('ja')).toBe(`${ui.ja['nav.home']} | ${ui.ja['site.name']}`);
    expect(feedTitle('en')).toBe(`${ui.en['nav.home']} | ${ui.en['site.name']}`);
  });

  it('never gives the City of Kawasaki a short name that differs from its name', () => {
    for (const locale of LOCALES) {
      const city = readEntries('organisations', locale).get('city-of-kawasaki')!;
      expect(city.shortName ?? city.name).toBe(city.name);
    }
  });

  it('adds no place to BioM that the announcement does not give (ドイツ・ミュンヘン)', () => {
    expect(readEntries('organisations', 'ja').get('biom')!.description).toBe(
      'ドイツ・ミュンヘンのバイオクラスターマネジメント組織。',
    );
    expect(readEntries('organisations', 'en').get('biom')!.description).toBe(
      'The biotech cluster management organisation in Munich, Germany.',
    );
  });
});
