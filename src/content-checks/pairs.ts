/** Pairing: the two language versions of an entry exist together and agree where they must. */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { COLLECTIONS, otherLocale, type Locale } from '../model';
import { LANGUAGE, type Entry } from './entry';
import type { Problem } from './problem';
import { show } from './schema';

/** Image paths compare by the file they point to, so "./a/../x.jpg" and "x.jpg" agree. */
function comparable(entry: Entry, field: string, value: unknown): unknown {
  const images = COLLECTIONS[entry.collection].images as readonly string[];
  if (images.includes(field) && typeof value === 'string') return path.resolve(path.dirname(entry.absolute), value);
  return value;
}

export function checkPairs(entries: Entry[], problems: Problem[]) {
  const byId = new Map(entries.map((e) => [`${e.collection}/${e.locale}/${e.key}`, e]));
  const seen = new Set<string>();
  for (const entry of entries) {
    const pairId = `${entry.collection}/${entry.key}`;
    if (seen.has(pairId)) continue;
    seen.add(pairId);
    const ja = byId.get(`${entry.collection}/ja/${entry.key}`);
    const en = byId.get(`${entry.collection}/en/${entry.key}`);
    if (!ja || !en) {
      const present = (ja ?? en)!;
      if (!present.data || present.draft) continue;
      const missing: Locale = ja ? 'en' : 'ja';
      const expected = present.file.replace(`/${present.locale}/`, `/${missing}/`);
      problems.push({
        file: present.file,
        message: `has no ${LANGUAGE[missing]} version (${expected}); add the translation, or mark this entry draft: true until both exist.`,
      });
      continue;
    }
    if (!ja.data || !en.data) continue; // already reported
    const pair = { file: ja.file, otherFile: en.file };
    if (ja.draft !== en.draft) {
      problems.push({
        ...pair,
        field: 'draft',
        message: `only the ${LANGUAGE[ja.draft ? 'ja' : 'en']} version is a draft (ja: ${ja.draft}, en: ${en.draft}); publish both languages together or keep both as drafts.`,
      });
      continue;
    }
    if (ja.draft) continue;
    const spec = COLLECTIONS[entry.collection];
    for (const field of spec.same) {
      const a = comparable(ja, field, ja.data[field]);
      const b = comparable(en, field, en.data[field]);
      if (!isDeepStrictEqual(a, b)) {
        problems.push({
          ...pair,
          field,
          message: `the two languages disagree (ja: ${show(ja.data[field] ?? null)}, en: ${show(en.data[field] ?? null)}); dates, numbers, keys, links and image paths must be the same in both.`,
        });
      }
    }
    if (spec.format === 'mdx' && !ja.body?.trim() !== !en.body?.trim()) {
      const has = ja.body?.trim() ? 'ja' : 'en';
      const lacks = otherLocale(has);
      problems.push({
        ...pair,
        field: 'text',
        message: `the text below the frontmatter is written in ${has} but empty in ${lacks}; every text must exist in both languages.`,
      });
    }
    for (const field of spec.bothOrNeither) {
      const inJa = ja.data[field] !== undefined;
      const inEn = en.data[field] !== undefined;
      if (inJa !== inEn) {
        problems.push({
          ...pair,
          field,
          message: `is given in ${inJa ? 'ja' : 'en'} but missing in ${inJa ? 'en' : 'ja'}; every text must exist in both languages.`,
        });
      }
    }
  }
}
