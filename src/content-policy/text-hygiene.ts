/**
 * Text hygiene: characters an editor cannot see must not reach the site. Control characters,
 * bidirectional overrides and isolates (which can make text read differently from how it is
 * stored, the "Trojan Source" trick), zero-width and other invisible characters are refused, and
 * so is text that is not in Unicode normalization form NFC (two texts that look identical but
 * are stored differently break search, comparison between languages and links).
 *
 * The message names the character by code point and Unicode name, because the editor cannot see it.
 */
import type { FormRule } from './form-rule';

const C0_NAMES = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'ALERT',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const C1_NAMES = [
  'PADDING CHARACTER',
  'HIGH OCTET PRESET',
  'BREAK PERMITTED HERE',
  'NO BREAK HERE',
  'INDEX',
  'NEXT LINE',
  'START OF SELECTED AREA',
  'END OF SELECTED AREA',
  'CHARACTER TABULATION SET',
  'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET',
  'PARTIAL LINE FORWARD',
  'PARTIAL LINE BACKWARD',
  'REVERSE LINE FEED',
  'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE',
  'DEVICE CONTROL STRING',
  'PRIVATE USE ONE',
  'PRIVATE USE TWO',
  'SET TRANSMIT STATE',
  'CANCEL CHARACTER',
  'MESSAGE WAITING',
  'START OF GUARDED AREA',
  'END OF GUARDED AREA',
  'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER',
  'SINGLE CHARACTER INTRODUCER',
  'CONTROL SEQUENCE INTRODUCER',
  'STRING TERMINATOR',
  'OPERATING SYSTEM COMMAND',
  'PRIVACY MESSAGE',
  'APPLICATION PROGRAM COMMAND',
];

/**
 * Invisible characters that are refused, with their Unicode names. Left-to-right and
 * right-to-left marks are refused too: the site is Japanese and English, which never need them.
 */
const INVISIBLE: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: how a message names a character. */
export function describeCodePoint(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    code < 0x20
      ? C0_NAMES[code]
      : code === 0x7f
        ? 'DELETE'
        : code >= 0x80 && code < 0xa0
          ? C1_NAMES[code - 0x80]
          : code >= 0xe0000 && code <= 0xe007f
            ? 'TAG CHARACTER'
            : INVISIBLE[code];
  return name ? `${hex} ${name}` : hex;
}

export interface HygieneIssue {
  /** 1-based position in the text, counted in characters (code points). */
  column: number;
  /** 1-based line, for multi-line texts. */
  line: number;
  codePoint: number;
  message: string;
}

/**
 * The classes of character refused, by Unicode property rather than by a list of examples:
 * format characters (Cf: bidi controls, zero-width characters, tag characters U+E0000–E007F),
 * Default_Ignorable_Code_Point (characters fonts draw as nothing: U+3164 HANGUL FILLER, U+034F,
 * U+115F, …), line and paragraph separators, private-use and unassigned code points, and lone
 * surrogate halves. Variation selectors (U+FE00–FE0F, U+E0100–E01EF) are kept after a visible
 * character: they choose a glyph (an emoji's colour form, a kanji variant in a name).
 */
const INVISIBLE_PROPERTIES = String.raw`\p{Cf}\p{Default_Ignorable_Code_Point}\p{Zl}\p{Zp}`;
const INVISIBLE_CLASS = new RegExp(`[${INVISIBLE_PROPERTIES}]`, 'u');
const VARIATION_SELECTORS = String.raw`\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}`;
const VARIATION_SELECTOR = new RegExp(`[${VARIATION_SELECTORS}]`, 'u');
const UNUSABLE_CLASS = /[\p{Co}\p{Cn}\p{Cs}]/u;
/** Characters refused except as part of a visible character: an emoji's joiner and tags, variation selectors. */
const IN_CONTEXT = String.raw`\u200D\u{E0020}-\u{E007F}${VARIATION_SELECTORS}`;

/** Why a refused invisible character matters, in the check's message and the form's alike. */
export const INVISIBLE_REASON = 'invisible characters can make text read differently from what is published';
export const INVISIBLE_REASON_JA = '見えない文字があると、文章が公開される内容とは違って読まれることがあるためです。';

/**
 * The refusals that hold wherever a character stands, as a form rule for the content editor:
 * control characters (line feeds aside; tabs too where `allowTab`), invisible and format
 * characters, private-use characters and lone surrogate halves. Joiners, tags and variation
 * selectors are let through (inside an emoji or after a letter they are part of what is seen;
 * the check judges where they stand), as are unassigned code points (the browser's Unicode
 * version may be older than the check's) and text that is not NFC: the check names those.
 */
export function hygieneFormRule({ allowTab = false }: { allowTab?: boolean } = {}): FormRule {
  const kept = `\n${allowTab ? '\t' : ''}${IN_CONTEXT}`;
  return {
    pattern: new RegExp(String.raw`^(?:[${kept}]|[^\p{Cc}${INVISIBLE_PROPERTIES}\p{Co}\p{Cs}])*$`, 'u'),
    message: {
      ja: `画面に表示されない文字（ほかの文書から貼り付けたときに紛れ込むことがあります）は使えません。貼り付けた部分を消して、打ち直してください。${INVISIBLE_REASON_JA}`,
      en: `must not contain invisible or control characters; delete them: ${INVISIBLE_REASON}`,
    },
  };
}

/**
 * The commonest text that is not NFC, as a form rule for the content editor: a kana or a letter
 * a–z followed by a separate mark that joins it into one character (か + U+3099 for が, as text
 * copied from some PDFs and Mac file names comes; u + U+0308 for ü), and the CJK compatibility
 * ideographs, which NFC replaces by the ordinary kanji (U+FA19 神 → U+795E 神). Generated from
 * the browser-independent Unicode data String.prototype.normalize holds: each pair is one the
 * check refuses (it looks at each character with the one before it), so the form refuses
 * nothing the check accepts; the check judges the rest (other scripts, reordered marks).
 */
export function nfcFormRule(): FormRule {
  const byMark = new Map<string, string[]>();
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
    [0x3040, 0x30ff],
  ] as const)
    for (let code = from; code <= to; code++) {
      const composed = String.fromCodePoint(code);
      const [base, mark, ...rest] = [...composed.normalize('NFD')];
      if (!mark || rest.length || !/^[A-Za-z\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(base!)) continue;
      if ((base! + mark).normalize('NFC') !== composed) continue;
      byMark.set(mark, [...(byMark.get(mark) ?? []), base!]);
    }
  const escape = (c: string) => `\\u{${c.codePointAt(0)!.toString(16)}}`;
  const pairs = [...byMark].map(([mark, bases]) => `[${bases.join('')}]${escape(mark)}`);
  const compatibility: string[] = [];
  for (const [from, to] of [
    [0xf900, 0xfaff],
    [0x2f800, 0x2fa1f],
  ] as const)
    for (let code = from; code <= to; code++) {
      const c = String.fromCodePoint(code);
      if (c.normalize('NFC') === c) continue;
      const last = compatibility.at(-1);
      if (last && last.endsWith(`-${escape(String.fromCodePoint(code - 1))}`))
        compatibility[compatibility.length - 1] = last.replace(/-[^-]*$/, `-${escape(c)}`);
      else if (last && last === escape(String.fromCodePoint(code - 1)))
        compatibility[compatibility.length - 1] = `${last}-${escape(c)}`;
      else compatibility.push(escape(c));
    }
  return {
    pattern: new RegExp(`^(?![^]*?(?:${pairs.join('|')}|[${compatibility.join('')}]))`, 'u'),
    message: {
      ja: '見た目は同じでも、別の形で保存された文字は使えません（「か」と濁点の2文字に分かれた「が」、「u」と「¨」に分かれた「ü」、古い文書から紛れ込む異体の漢字コードなど）。その文字を消して、キーボードで打ち直してください。',
      en: 'must be in Unicode normalization form NFC (no letter stored as a letter and a separate mark, such as a kana and its voicing mark, and no compatibility kanji); retype it, or save the file as NFC',
    },
  };
}

function refusedKind(
  char: string,
  code: number,
  previous: string,
  allowTab: boolean,
): 'control' | 'invisible' | 'unusable' | undefined {
  if (code === 0x0a) return undefined; // line feed: lines are how text is written
  if (code === 0x09 && allowTab) return undefined;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 'control';
  if (VARIATION_SELECTOR.test(char))
    return previous && !/\s/u.test(previous) && !refusedKind(previous, previous.codePointAt(0)!, '', false)
      ? undefined
      : 'invisible';
  if (Object.hasOwn(INVISIBLE, code) || INVISIBLE_CLASS.test(char)) return 'invisible';
  if (UNUSABLE_CLASS.test(char)) return 'unusable';
  return undefined;
}

/**
 * The positions (in code points) of characters inside a recommended emoji sequence (Unicode's
 * RGI_Emoji: 👩‍💻, 🏳️‍🌈, flags, keycaps, subdivision flags). Their joiners (U+200D), variation
 * selectors and tag characters are part of one visible emoji, not hidden text.
 */
function emojiPositions(text: string): Set<number> {
  const positions = new Set<number>();
  if (!/[\u200D\u{E0020}-\u{E007F}\u20E3]/u.test(text)) return positions;
  let index = 0;
  let at = 0;
  for (const match of text.matchAll(/\p{RGI_Emoji}/gv)) {
    // Code points before the match, then the match's own.
    index += [...text.slice(at, match.index)].length;
    const length = [...match[0]].length;
    if (length > 1) for (let k = 0; k < length; k++) positions.add(index + k);
    index += length;
    at = match.index + match[0].length;
  }
  return positions;
}

/**
 * Every refused character in `text` (one issue per character kind and line), and every place
 * where the text is not NFC. `allowTab` is for Markdown bodies, where a tab indents code.
 * A carriage return directly before a line feed is a Windows line ending and is accepted.
 */
export function hygieneIssues(text: string, options: { allowTab?: boolean } = {}): HygieneIssue[] {
  const issues: HygieneIssue[] = [];
  const seen = new Set<string>();
  const chars = [...text];
  const inEmoji = emojiPositions(text);
  let line = 1;
  let column = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const code = char.codePointAt(0)!;
    column++;
    if (code === 0x0a) {
      line++;
      column = 0;
      continue;
    }
    if (code === 0x0d && chars[i + 1] === '\n') continue;
    if (inEmoji.has(i)) continue;
    const kind = refusedKind(char, code, i > 0 ? chars[i - 1]! : '', options.allowTab === true);
    if (kind) {
      const key = `${line}/${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push({
        line,
        column,
        codePoint: code,
        message:
          kind === 'control'
            ? `contains the control character ${describeCodePoint(code)} (character ${column}); delete it: text may not contain control characters.`
            : kind === 'unusable'
              ? `contains the character ${describeCodePoint(code)} (character ${column}), which is private-use, unassigned or half of a character pair, so it shows differently or not at all on readers' devices; delete it or retype the character.`
              : `contains the invisible character ${describeCodePoint(code)} (character ${column}); delete it: ${INVISIBLE_REASON}.`,
      });
      continue;
    }
    // Not NFC: this character changes when joined to the one before it, or on its own.
    const previous = i > 0 ? chars[i - 1]! : '';
    const pair = previous + char;
    if (pair.normalize('NFC') !== pair && !seen.has(`${line}/nfc`)) {
      seen.add(`${line}/nfc`);
      const written = [...(previous && previous !== '\n' ? pair : char)]
        .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
        .join(' ');
      issues.push({
        line,
        column,
        codePoint: code,
        message: `is not in Unicode normalization form NFC: "${pair.normalize('NFC')}" (character ${column}) is stored as ${written}; retype it, or save the file as NFC.`,
      });
    }
  }
  // A text can fail NFC in ways no single pair shows (rare reorderings); say so without a position.
  if (!seen.size && text.normalize('NFC') !== text) {
    issues.push({
      line: 1,
      column: 1,
      codePoint: 0,
      message: 'is not in Unicode normalization form NFC; save the file as NFC (most editors can).',
    });
  }
  return issues;
}

/** Each string in a parsed YAML value with the field path that leads to it (`participants[2]`, `a.b`). */
export function* stringsIn(value: unknown, field = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [field, value];
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsIn(item, `${field}[${i + 1}]`);
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const path = field ? `${field}.${key}` : key;
      yield* stringsIn(key, path);
      yield* stringsIn(item, path);
    }
  }
}
