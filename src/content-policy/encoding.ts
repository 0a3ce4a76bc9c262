/**
 * Every text file under content/ is UTF-8, decoded strictly: a file in another encoding is never
 * guessed at (a guess shows as U+FFFD on the page), but refused with the encoding it is in, when
 * that can be told, and what to do. Pure: bytes in, text or one sentence out.
 */

const SAVE_AS = 'save it again as UTF-8 (in Notepad or VS Code: "Save with encoding" → UTF-8)';

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line?: number };

/** More than a third of the bytes at even (or odd) positions are NUL: text saved as UTF-16. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const half = sample.length / 2;
  return even > half / 3 || odd > half / 3;
}

/** Decodes as `encoding`, or undefined when the bytes are not valid in it. */
function strictly(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Japanese text: kana or CJK ideographs, as a Shift_JIS or EUC-JP file would hold. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** The text of a content file, or why it cannot be read as UTF-8. */
export function decodeContentText(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes))
    return { ok: false, message: `is saved as UTF-16, not UTF-8; ${SAVE_AS}.` };
  const text = strictly('utf-8', bytes);
  if (text === undefined) {
    for (const [encoding, name] of [
      ['shift_jis', 'Shift_JIS'],
      ['euc-jp', 'EUC-JP'],
    ] as const) {
      const other = strictly(encoding, bytes);
      if (other !== undefined && JAPANESE.test(other))
        return { ok: false, message: `appears to be saved as ${name}, not UTF-8; ${SAVE_AS}.` };
    }
    return { ok: false, message: `contains bytes that are not UTF-8 text; ${SAVE_AS}.` };
  }
  const lost = text.indexOf('\uFFFD');
  if (lost >= 0) {
    const line = text.slice(0, lost).split('\n').length;
    return {
      ok: false,
      line,
      message: `contains the character U+FFFD (�), which stands for a character lost when the file was converted from another encoding; type the original character again, and ${SAVE_AS}.`,
    };
  }
  return { ok: true, text };
}
