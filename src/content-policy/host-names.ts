/**
 * Which site names (the host of an https:// address) content may link to. A name that mixes
 * scripts can pass for another site's: "bіo-m.org" with a Cyrillic і looks exactly like
 * bio-m.org. The rule follows the "Highly Restrictive" level of Unicode's security mechanisms
 * (UTS #39, restriction-level detection), applied to each label of the name after its punycode
 * (xn--…) is decoded:
 * - every letter of a label is of one script, Common and Inherited characters (digits, the
 *   hyphen, combining marks) going with any; a letter's script is its Script_Extensions, with
 *   Han counted as Japanese, Korean and Chinese (Han + Bopomofo), Hiragana and Katakana as
 *   Japanese, Hangul as Korean and Bopomofo as Chinese (UTS #39's augmented script sets);
 * - or the label is covered by Latin + Han + Hiragana + Katakana, Latin + Han + Bopomofo, or
 *   Latin + Han + Hangul;
 * - its letters are of the scripts recommended for identifiers (UAX #31), so no rare or
 *   historic script stands in for a common one;
 * - and, as browsers do, a label written only in Cyrillic or Greek letters that look like Latin
 *   ones ("аррӏе", all Cyrillic) is refused too: it is one script, but reads as a Latin name.
 * So 例え.jp, 川崎市.jp, bücher.de and www.city.kawasaki.jp are allowed.
 */
import { domainToUnicode } from 'node:url';
import type { FormRule } from './form-rule';

/** Scripts recommended for identifiers (UAX #31); letters of any other script are refused. */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Khmer',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
] as const;
type Script = (typeof SCRIPTS)[number] | 'Japanese' | 'Korean' | 'Chinese';

const HAS_SCRIPT = new Map(SCRIPTS.map((script) => [script, new RegExp(`^\\p{Script_Extensions=${script}}$`, 'u')]));
/** Characters of no particular script: they go with any (digits, the hyphen, combining marks). */
const ANY_SCRIPT = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u;

/** UTS #39's augmented script sets: the writing systems that combine these scripts. */
const AUGMENTED: Partial<Record<Script, readonly Script[]>> = {
  Han: ['Japanese', 'Korean', 'Chinese'],
  Hiragana: ['Japanese'],
  Katakana: ['Japanese'],
  Hangul: ['Korean'],
  Bopomofo: ['Chinese'],
};

/** The combinations a Highly Restrictive label may mix. */
const COMBINATIONS: readonly (readonly Script[])[] = [
  ['Latin', 'Japanese'],
  ['Latin', 'Chinese'],
  ['Latin', 'Korean'],
];

/** Lower-case Cyrillic and Greek letters that look like Latin ones in a browser's address bar. */
const LATIN_LOOKALIKES = new Set('аеорсухѕіјԁԛԝһӏүѡοανικρυ');

/** The scripts of one character, augmented; undefined for Common and Inherited, [] for one of no allowed script. */
function scriptsOf(char: string): readonly Script[] | undefined {
  if (ANY_SCRIPT.test(char)) return undefined;
  const own = SCRIPTS.filter((script) => HAS_SCRIPT.get(script)!.test(char));
  return [...own, ...own.flatMap((script) => AUGMENTED[script] ?? [])];
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with one label (already decoded), or undefined. */
function labelProblem(label: string): string | undefined {
  const letters: { char: string; scripts: readonly Script[] }[] = [];
  for (const char of label) {
    if (!/^[\p{L}\p{M}\p{Nd}-]$/u.test(char))
      return `contains ${char} (${codePoint(char)}), which is not a letter, digit or hyphen and can pass for punctuation`;
    const scripts = scriptsOf(char);
    if (scripts === undefined) continue;
    if (scripts.length === 0)
      return `contains ${char} (${codePoint(char)}), a letter of a script not used for web addresses`;
    letters.push({ char, scripts });
  }
  if (letters.length === 0) return undefined;
  // Single script: one script (augmented) is shared by every letter.
  const shared = letters.reduce<readonly Script[]>(
    (set, { scripts }) => set.filter((s) => scripts.includes(s)),
    letters[0]!.scripts,
  );
  if (shared.length > 0) {
    if (letters.every(({ char }) => LATIN_LOOKALIKES.has(char)))
      return `is written only in ${shared[0]} letters that look like Latin ones, so it reads as a Latin name it is not`;
    return undefined;
  }
  if (COMBINATIONS.some((allowed) => letters.every(({ scripts }) => scripts.some((s) => allowed.includes(s)))))
    return undefined;
  // Name the first letter that does not share the first letter's script.
  const first = letters[0]!;
  const other = letters.find(({ scripts }) => !scripts.some((s) => first.scripts.includes(s)))!;
  return `mixes ${first.scripts[0]} and ${other.scripts[0]} letters: ${other.char} (${codePoint(other.char)}) is ${other.scripts[0]}`;
}

/** The site name as a reader sees it: every punycode label (xn--…) decoded. */
export function readableHostName(hostname: string): string {
  return hostname
    .split('.')
    .map((label) => (/^xn--/i.test(label) ? domainToUnicode(label) || label : label))
    .join('.');
}

/**
 * Why a site name may not be linked to, as the end of a sentence starting "its site name", or
 * undefined when it may. `hostname` is as the URL parser gives it (lower case, punycode).
 */
export function hostNameProblem(hostname: string): string | undefined {
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return undefined; // a numeric address: no letters to confuse
  for (const label of hostname.split('.')) {
    const readable = /^xn--/i.test(label) ? domainToUnicode(label) : label;
    if (/^xn--/i.test(readable) || (label !== '' && readable === ''))
      return `"${hostname}" holds "${label}", which is not a valid international name`;
    const problem = labelProblem(readable);
    if (problem) return `"${readableHostName(hostname)}" ${problem}`;
  }
  return undefined;
}

/** The site name of an absolute address (https://…, //…), or undefined for a site path, an anchor or no address. */
export function hostOf(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const read = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!/^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(read)) return undefined;
  try {
    return new URL(read, 'https://site.invalid/').hostname || undefined;
  } catch {
    return undefined;
  }
}

/** Why a site name that mixes or imitates scripts is refused, in the check's words, and in Japanese. */
export const LOOKALIKE_HOST_REASON = "so it can pass for another site's address; type the address again by hand";
export const LOOKALIKE_HOST_REASON_JA =
  'ほかのサイトのアドレスになりすませるので使えません。アドレスを手で打ち直してください。';

/** The scripts that imitate Latin letters best: mixed with them in one label, the check always refuses the name. */
const IMITATING: readonly (typeof SCRIPTS)[number][] = ['Cyrillic', 'Greek', 'Armenian'];

/**
 * The commonest lookalike site names as a form rule for the content editor's address fields: a
 * label (a part between dots) that mixes Latin letters with Cyrillic, Greek or Armenian ones
 * ("bіo-m.org" with a Cyrillic і), or one written only in Cyrillic or Greek letters that look
 * like Latin ones ("аррӏе"). A letter counts for a script only when no other script of SCRIPTS
 * shares it (combining marks shared by Latin and Cyrillic count for neither), so everything this
 * refuses the check refuses too; the check judges the rest (other scripts, punycode xn--…).
 * Labels end where a browser ends them: at . 。 ． ｡, at the path (/ \\), the query or the fragment.
 */
export const LOOKALIKE_HOST_FORM_RULE: FormRule = (() => {
  const only = (script: string) =>
    `(?:(?![${SCRIPTS.filter((s) => s !== script)
      .map((s) => `\\p{Script_Extensions=${s}}`)
      .join('')}])\\p{Script_Extensions=${script}})`;
  const dots = String.raw`.\u3002\uFF0E\uFF61`;
  const inLabel = `[^${dots}\\/\\\\?#]*`;
  const mixed = IMITATING.map(
    (other) => `${only('Latin')}${inLabel}${only(other)}|${only(other)}${inLabel}${only('Latin')}`,
  ).join('|');
  const lookalikes = [...LATIN_LOOKALIKES].join('');
  // From the "//" before the site name, up to the start of the label in question.
  const toLabel = `^[^\\/?#]*\\/\\/(?:[^\\/\\\\?#]*?[${dots}])?`;
  const lookalikeLabel = `[\\d-]*[${lookalikes}][\\d${lookalikes}-]*(?=[${dots}:\\/\\\\?#]|$)`;
  return {
    pattern: new RegExp(`^(?!${toLabel}[^\\/\\\\?#]*?(?:${mixed}))(?!${toLabel}${lookalikeLabel})`, 'u'),
    message: {
      ja: `サイト名の一部に、ローマ字とキリル文字・ギリシャ文字・アルメニア文字が混ざっているアドレスや、ローマ字に見えるキリル文字・ギリシャ文字だけで書いたアドレスは、${LOOKALIKE_HOST_REASON_JA}`,
      en: `its site name must not mix Latin letters with Cyrillic, Greek or Armenian ones in one part, nor be written only in Cyrillic or Greek letters that look like Latin ones: such a name ${LOOKALIKE_HOST_REASON.replace(/^so it /, '')}`,
    },
  };
})();
