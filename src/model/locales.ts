/**
 * The site's languages, defined once. Japanese is the language of the source and the default: its
 * pages live at the root (/mou/); every other language lives under its own prefix (/en/mou/).
 * Everything that needs the list derives from here: Astro's i18n and sitemap configuration, the
 * content collections and checks, the CMS, the 404 pages, the tests and the benchmark.
 *
 * No imports and only erasable type syntax, so Node loads it directly as well as through Vite.
 */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

/** The languages whose pages live under a prefix ('/en/'), i.e. all but the default. */
export const PREFIXED_LOCALES: readonly Locale[] = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** BCP 47 tags for Intl formatting, Open Graph, JSON-LD and the feeds. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { ja: 'ja-JP', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}

/** The language of a URL path of the site: '/en/mou/' → 'en', '/mou/' → 'ja'. */
export function localeOfPath(urlPath: string): Locale {
  return (
    PREFIXED_LOCALES.find((locale) => urlPath === `/${locale}/` || urlPath.startsWith(`/${locale}/`)) ?? DEFAULT_LOCALE
  );
}
