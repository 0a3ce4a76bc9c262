/**
 * References between entries (a photo's participants, a participant's organisation), numbers that
 * must be unique within a language, and the entries the site cannot be built without.
 */
import { COLLECTIONS, LOCALES, REQUIRED_ENTRIES, type CollectionName, type Locale } from '../model';
import type { Entry } from './entry';
import type { Problem } from './problem';

export function checkReferences(entries: Entry[], problems: Problem[]) {
  const published = entries.filter((e) => e.data && !e.draft);
  const keys = (collection: CollectionName, locale: Locale) =>
    new Set(published.filter((e) => e.collection === collection && e.locale === locale).map((e) => e.key));
  const draftKeys = (collection: CollectionName, locale: Locale) =>
    new Set(entries.filter((e) => e.collection === collection && e.locale === locale && e.draft).map((e) => e.key));
  const missing = (collection: CollectionName, what: string, locale: Locale, key: string) =>
    draftKeys(collection, locale).has(key)
      ? `${what} "${key}" is still a draft (content/${collection}/${locale}/${key}.yaml); publish it first or remove the reference.`
      : `there is no ${what} "${key}" (no file content/${collection}/${locale}/${key}.yaml); use the file name of an existing ${what}, without .yaml.`;

  // A referenced file that exists but failed its own checks has been reported already.
  const broken = (collection: CollectionName, locale: Locale, key: string) =>
    entries.some((e) => e.collection === collection && e.locale === locale && e.key === key && !e.data);

  for (const entry of published) {
    if (entry.collection === 'photos') {
      const people = keys('participants', entry.locale);
      const list = entry.data!.participants as string[];
      list.forEach((key, i) => {
        if (!people.has(key) && !broken('participants', entry.locale, key))
          problems.push({
            file: entry.file,
            field: `participants[${i + 1}]`,
            message: missing('participants', 'participant', entry.locale, key),
          });
      });
      const dup = list.find((key, i) => list.indexOf(key) !== i);
      if (dup)
        problems.push({
          file: entry.file,
          field: 'participants',
          message: `"${dup}" is listed twice; list each person once, from left to right.`,
        });
    }
    if (entry.collection === 'participants' && entry.data!.organisation !== undefined) {
      const key = entry.data!.organisation as string;
      if (!keys('organisations', entry.locale).has(key) && !broken('organisations', entry.locale, key))
        problems.push({
          file: entry.file,
          field: 'organisation',
          message: missing('organisations', 'organisation', entry.locale, key),
        });
    }
  }

  // Numbers that must be unique within a language.
  const unique = (
    collection: CollectionName,
    field: string,
    group: (e: Entry) => string,
    describe: (e: Entry) => string,
  ) => {
    for (const locale of LOCALES) {
      const seen = new Map<string, Entry>();
      for (const entry of published
        .filter((e) => e.collection === collection && e.locale === locale)
        .sort((a, b) => a.key.localeCompare(b.key))) {
        const id = group(entry);
        const first = seen.get(id);
        if (first)
          problems.push({
            file: entry.file,
            field,
            message: `${describe(entry)} is also used by ${first.file}; each may be used only once.`,
          });
        else seen.set(id, entry);
      }
    }
  };
  unique(
    'clauses',
    'number',
    (e) => `${e.data!.kind}/${e.data!.number}`,
    (e) => `${e.data!.kind} number ${e.data!.number}`,
  );
  unique(
    'photos',
    'order',
    (e) => String(e.data!.order),
    (e) => `order ${e.data!.order}`,
  );
}

/** Entries the site needs: each must exist, published, in both languages. */
export function checkRequired(entries: Entry[], problems: Problem[]) {
  for (const { collection, key, neededBy } of REQUIRED_ENTRIES) {
    for (const locale of LOCALES) {
      const entry = entries.find((e) => e.collection === collection && e.locale === locale && e.key === key);
      if (!entry)
        problems.push({
          file: `content/${collection}/${locale}/${key}${COLLECTIONS[collection].extensions[0]}`,
          message: `is missing, but ${neededBy}: this entry cannot be deleted; restore it (undo the change that removed it).`,
        });
      else if (entry.data && entry.draft)
        problems.push({
          file: entry.file,
          field: 'draft',
          message: `cannot be a draft, because ${neededBy}; set draft to false.`,
        });
    }
  }
}
