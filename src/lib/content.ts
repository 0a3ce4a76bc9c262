import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';
import type { Locale } from '../i18n/locales';

type Name = keyof DataEntryMap;

/** An entry's key without its locale folder: 'en/item-07' → 'item-07'. */
export function entryKey(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/** The entries of a collection in one language, drafts left out. Order is the caller's job. */
export async function getLocalized<C extends Name>(collection: C, locale: Locale): Promise<CollectionEntry<C>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return all.filter((entry) => entry.id.startsWith(`${locale}/`) && !(entry.data as { draft?: boolean }).draft);
}

/** The one entry of a collection in a language, by key; throws naming it when missing. */
export async function getLocalizedEntry<C extends Name>(collection: C, locale: Locale, key: string) {
  const found = (await getLocalized(collection, locale)).find((e) => entryKey(e.id) === key);
  if (!found) throw new Error(`content/${collection}/${locale}/${key}: entry is missing`);
  return found;
}

/** Clauses in document order: purposes (1)–(4), then agreed items (1)–(11). */
export async function getClauses(locale: Locale) {
  const clauses = await getLocalized('clauses', locale);
  const kindOrder = { purpose: 0, item: 1 } as const;
  return clauses.sort((a, b) => kindOrder[a.data.kind] - kindOrder[b.data.kind] || a.data.number - b.data.number);
}

/** Ceremony photos in page order, each with its participants resolved in left-to-right order. */
export async function getPhotos(locale: Locale) {
  const [photos, people, organisations] = await Promise.all([
    getLocalized('photos', locale),
    getLocalized('participants', locale),
    getOrganisations(locale),
  ]);
  const personByKey = new Map(people.map((p) => [entryKey(p.id), p]));
  const orgByKey = new Map(organisations.map((o) => [entryKey(o.id), o]));
  return photos
    .sort((a, b) => a.data.order - b.data.order)
    .map((photo) => ({
      key: entryKey(photo.id),
      ...photo.data,
      people: photo.data.participants.map((key) => {
        const person = personByKey.get(key);
        if (!person) throw new Error(`content/photos/${photo.id}.yaml: participants: no participant "${key}"`);
        const org = person.data.organisation ? orgByKey.get(person.data.organisation) : undefined;
        if (person.data.organisation && !org)
          throw new Error(
            `content/participants/${person.id}.yaml: organisation: no organisation "${person.data.organisation}"`,
          );
        return { key, ...person.data, organisationName: org?.data.name };
      }),
    }));
}

export async function getOrganisations(locale: Locale) {
  return (await getLocalized('organisations', locale)).sort((a, b) => a.data.order - b.data.order);
}

export async function getPartners(locale: Locale) {
  return (await getOrganisations(locale)).filter((o) => o.data.partner);
}

/** The one name a partner goes by in running text and link text: its short name, else its name. */
export function partnerName(partner: CollectionEntry<'organisations'>): string {
  return partner.data.shortName ?? partner.data.name;
}

/** One clause by kind and number, for pages that quote it (partners, business). */
export async function getClause(locale: Locale, kind: 'purpose' | 'item', number: number) {
  const clause = (await getClauses(locale)).find((c) => c.data.kind === kind && c.data.number === number);
  if (!clause) throw new Error(`content/clauses/${locale}: no ${kind} (${number})`);
  return clause;
}

/** The news entries of a language, newest first; ties keep a stable order by key. */
export async function getNews(locale: Locale) {
  return (await getLocalized('news', locale)).sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
}
