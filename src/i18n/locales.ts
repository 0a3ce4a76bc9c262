/** The site's languages. Japanese is the default and lives at the root; English under /en/. */
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

export const localeNames: Record<Locale, string> = { ja: '日本語', en: 'English' };
/** BCP 47 tags for Intl formatting and Open Graph. */
export const localeTags: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}
