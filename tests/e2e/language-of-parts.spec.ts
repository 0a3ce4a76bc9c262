/**
 * Language of parts (WCAG 3.1.2) for the participants' names, over every built page: on a
 * Japanese page every occurrence of a name in Latin script, in a list, a heading or a caption,
 * sits in an element whose language is the one the participant's entry gives (`ja-Latn` for a
 * Japanese name in Latin letters, `de`, else `en`); on an English page the names are not marked
 * and read in the page's language. The rule is written once, in src/lib/name-language.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'parse5';
import { readEntries } from '../unit/helpers/content-files';
import { DIST, PAGES } from './site';

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
};
const fileOf = (path: string) => `${DIST}${path.endsWith('/') ? `${path}index.html` : path}`;

/** Every text in the body with the language it is in (the nearest lang attribute). */
function textsWithLang(node: Node, lang: string, out: { text: string; lang: string }[] = []) {
  const own = node.attrs?.find((a) => a.name === 'lang')?.value ?? lang;
  if (node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'head') return out;
  if (node.nodeName === '#text' && node.value) out.push({ text: node.value, lang: own });
  for (const child of node.childNodes ?? []) textsWithLang(child, own, out);
  return out;
}

const people = [...readEntries('participants', 'ja').values()].map((p) => ({
  name: String(p.name),
  lang: String(p.nameLanguage ?? 'en'),
}));
/** Each name by itself and by its last word ("Horst Domdey", "Domdey"), as whole words. */
const forms = people.flatMap((p) =>
  [...new Set([p.name, p.name.split(/\s+/).at(-1)!])].map((form) => ({
    form,
    lang: p.lang,
    pattern: new RegExp(`(?<![A-Za-z])${form}(?![A-Za-z])`),
  })),
);

test('every participant has a name language both files agree on', () => {
  const en = readEntries('participants', 'en');
  for (const [key, ja] of readEntries('participants', 'ja'))
    expect(en.get(key)?.nameLanguage, key).toBe(ja.nameLanguage);
  expect(new Set(people.map((p) => p.lang))).toEqual(new Set(['ja-Latn', 'de']));
});

test('every participant’s name is in the same language wherever a page shows it', () => {
  let checked = 0;
  for (const path of PAGES) {
    const texts = textsWithLang(parse(readFileSync(fileOf(path), 'utf8')) as unknown as Node, '');
    const pageLang = path.startsWith('/en/') ? 'en' : 'ja';
    for (const { lang, pattern } of forms)
      for (const t of texts.filter((t) => pattern.test(t.text))) {
        checked += 1;
        // On a Japanese page the name is the whole text of its element, marked; on an English page, unmarked.
        if (pageLang === 'ja') {
          expect(t.lang, `${path}: “${t.text}”`).toBe(lang);
          expect(t.text.trim(), `${path}: “${t.text}” holds more than the name`).toMatch(
            new RegExp(`^(${forms.map((f) => f.form).join('|')})$`),
          );
        } else expect(t.lang, `${path}: “${t.text}”`).toBe('en');
      }
  }
  // The ceremony pages show every name in the list, and two in the first photo's heading and caption.
  expect(checked).toBeGreaterThanOrEqual(2 * (people.length + 4));
});
