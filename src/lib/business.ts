import type { UIKey } from '../i18n/ui';

/**
 * The agreed items the companies page quotes, each with a short title of ours. The page shows
 * the clause itself from content/clauses/, so every sentence there is the memorandum's own.
 */
export const businessOffers: { item: number; title: UIKey }[] = [
  { item: 4, title: 'business.4.title' },
  { item: 5, title: 'business.5.title' },
  { item: 8, title: 'business.8.title' },
  { item: 9, title: 'business.9.title' },
  { item: 10, title: 'business.10.title' },
  { item: 11, title: 'business.11.title' },
];
