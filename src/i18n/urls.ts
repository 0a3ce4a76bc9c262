import { defaultLocale, locales, type Locale } from './locales';

/** The pages of the site, by a language-neutral name, with their path in the default locale. */
export const pages = {
  home: '/',
  mou: '/mou/',
  ceremony: '/ceremony/',
  partners: '/partners/',
  business: '/business/',
  news: '/news/',
} as const;
export type PageKey = keyof typeof pages;

/** The path of a page in a language: '/mou/' in Japanese is '/en/mou/' in English. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath needs an absolute path, got "${path}"`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** The absolute address of a page in a language, on the configured site. */
export function absoluteUrl(locale: Locale, path: string, site: URL): string {
  return new URL(localePath(locale, path), site).href;
}

/** Params for a route under src/pages/[...lang]/: undefined for Japanese, 'en' for English. */
export function localeParams() {
  return locales.map((locale) => ({
    params: { lang: locale === defaultLocale ? undefined : locale },
    props: { locale },
  }));
}

/** A clause's anchor on the MoU page, e.g. item 8 → "item-8" (/en/mou/#item-8). */
export { clauseAnchor } from '../model/keys';
