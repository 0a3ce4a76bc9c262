import type { Locale } from '../i18n/locales';
import { escapeHtml, phrases } from './phrases';

/**
 * The language of parts for the participants' names, decided once for every page:
 *
 * - On Japanese pages a name in Latin script is marked wherever it appears as text: in the
 *   participants' lists, the photo headings and the captions alike, with the language the
 *   participant's entry gives its name (`nameLanguage`): `ja-Latn` for a Japanese name written
 *   in Latin letters (the announcement gives every name only in its English captions), `de` for
 *   a German one, else `en`, the language of the captions the announcement gives it in.
 * - On English pages nothing is marked: the names are written as the announcement's English
 *   captions write them, in the page's own script (WCAG 3.1.2 does not ask for proper names to
 *   be marked, and a span would switch a screen reader's voice for a word the caption already
 *   spells for an English reader).
 * - Alt text cannot hold markup: the whole text takes the language of the <img> that holds it,
 *   which is the page's.
 */
export interface NamedPerson {
  name: string;
  nameLanguage?: 'ja-Latn' | 'de' | 'en' | undefined;
}

/** The `lang` a participant's name carries on a page in `locale`, or undefined if none. */
export function nameLang(person: NamedPerson, locale: Locale): string | undefined {
  if (locale !== 'ja') return undefined;
  return person.nameLanguage ?? 'en';
}

/** A stretch of text, with the language it is marked in if it is a name. */
export interface Run {
  text: string;
  lang?: string | undefined;
}

/**
 * The text cut at every occurrence of a participant's name, full ("Horst Domdey") or by its
 * last word ("Domdey"), longest first; each name a run of its own, with its language.
 */
export function nameRuns(text: string, people: NamedPerson[], locale: Locale): Run[] {
  const forms = people
    .flatMap((p) => {
      const lang = nameLang(p, locale);
      const family = p.name.trim().split(/\s+/).at(-1)!;
      return lang ? [...new Set([p.name.trim(), family])].map((form) => ({ form, lang })) : [];
    })
    .sort((a, b) => b.form.length - a.form.length);
  const runs: Run[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let found: { form: string; lang: string } | undefined;
    for (const f of forms) {
      const i = rest.indexOf(f.form);
      // A name, not part of a longer Latin word (Domdeys, xTakahashi).
      const whole = i >= 0 && !/[A-Za-z]/.test(rest[i - 1] ?? '') && !/[A-Za-z]/.test(rest[i + f.form.length] ?? '');
      if (whole && (at < 0 || i < at)) [at, found] = [i, f];
    }
    if (!found) {
      runs.push({ text: rest });
      break;
    }
    if (at > 0) runs.push({ text: rest.slice(0, at) });
    runs.push({ text: found.form, lang: found.lang });
    rest = rest.slice(at + found.form.length);
  }
  return runs;
}

const spanned = (run: Run) =>
  run.lang ? `<span lang="${escapeHtml(run.lang)}">${escapeHtml(run.text)}</span>` : escapeHtml(run.text);

/** HTML of the runs, each name in a span with its language. */
export function namesHtml(runs: Run[]): string {
  return runs.map(spanned).join('');
}

/**
 * HTML of the runs as Japanese phrases (src/lib/phrases.ts): each name is kept whole as a phrase
 * of its own, and a one-character phrase (an honorific, 「氏」) stays with the phrase before it.
 */
export function namedPhrasesHtml(runs: Run[], locale: Locale): string {
  const parts = runs.flatMap((run) => (run.lang ? [spanned(run)] : phrases(run.text, locale).map(escapeHtml)));
  const joined: string[] = [];
  const names = new Set(runs.filter((r) => r.lang).map(spanned));
  for (const part of parts) {
    if (!names.has(part) && [...part].length === 1 && joined.length) joined[joined.length - 1] += part;
    else joined.push(part);
  }
  return joined.length < 2 ? joined.join('') : joined.map((p) => `<span>${p}</span>`).join('');
}
