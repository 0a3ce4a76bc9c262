/**
 * The site's languages for pages and components. The list itself is the model's
 * (src/model/locales.ts).
 */
export {
  LOCALES as locales,
  DEFAULT_LOCALE as defaultLocale,
  LOCALE_TAGS as localeTags,
  isLocale,
  otherLocale,
  type Locale,
} from '../model/locales';
