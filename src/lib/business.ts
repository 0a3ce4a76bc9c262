import type { UIKey } from '../i18n/ui';

/**
 * What the memorandum offers a company, each point tied to the agreed item it rests on.
 * The text is in the UI dictionary; the clause text itself is quoted from the content.
 */
export const businessOffers: { item: number; title: UIKey; text: UIKey }[] = [
  { item: 4, title: 'business.4.title', text: 'business.4.text' },
  { item: 5, title: 'business.5.title', text: 'business.5.text' },
  { item: 8, title: 'business.8.title', text: 'business.8.text' },
  { item: 9, title: 'business.9.title', text: 'business.9.text' },
  { item: 10, title: 'business.10.title', text: 'business.10.text' },
  { item: 11, title: 'business.11.title', text: 'business.11.text' },
];
