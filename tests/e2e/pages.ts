/** Every page of the site, in both languages, with what the tests expect of it. */
export const sitePages = [
  { key: 'home', ja: '/', en: '/en/' },
  { key: 'mou', ja: '/mou/', en: '/en/mou/' },
  { key: 'ceremony', ja: '/ceremony/', en: '/en/ceremony/' },
  { key: 'partners', ja: '/partners/', en: '/en/partners/' },
  { key: 'business', ja: '/business/', en: '/en/business/' },
  { key: 'news', ja: '/news/', en: '/en/news/' },
] as const;

export { LOCALES as locales } from '../../src/model/locales';
