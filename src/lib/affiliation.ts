import type { Locale } from '../i18n/locales';

const latinEnd = /[\p{Script=Latin}\d.]$/u;
const latinStart = /^[\p{Script=Latin}\d]/u;

/**
 * A person's role with their organisation, in each language's order: English as the
 * announcement's captions write it ("Director, Coastal Area International Strategy
 * Headquarters, City of Kawasaki"); Japanese organisation first, run together
 * (「川崎市臨海部国際戦略本部ディレクター」), with a space only between two Latin words
 * ("BioM Biotech Cluster Development GmbH CEO").
 */
export function affiliationText(role: string, organisation: string | undefined, locale: Locale): string {
  if (!organisation) return role;
  if (locale === 'en') return `${role}, ${organisation}`;
  const space = latinEnd.test(organisation) && latinStart.test(role) ? ' ' : '';
  return `${organisation}${space}${role}`;
}
