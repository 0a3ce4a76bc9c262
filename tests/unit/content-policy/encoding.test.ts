// Text files are UTF-8, decoded strictly: a file in another encoding is refused with the encoding
// it is in (when that can be told) and how to save it, never shown with U+FFFD in place of its
// characters; a UTF-8 file, with or without a byte order mark, is read as it is.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeContentText } from '../../../src/content-policy/encoding';
import { contentFixture, repoRoot, type Fixture } from '../helpers';

const FIXTURES = path.join(repoRoot, 'tests/unit/fixtures/encodings');
const TARGET = 'content/participants/ja/kimura.yaml';
const SAVE_AS = 'save it again as UTF-8 (in Notepad or VS Code: "Save with encoding" → UTF-8).';

let f: Fixture;
beforeAll(() => {
  f = contentFixture();
});
afterAll(() => f.cleanUp());

/** The problem lines with a fixture's bytes in place of the Japanese participant file. */
function linesWith(fixture: string): string[] {
  const original = fs.readFileSync(path.join(f.root, TARGET));
  fs.writeFileSync(path.join(f.root, TARGET), fs.readFileSync(path.join(FIXTURES, fixture)));
  try {
    return f.check().lines;
  } finally {
    fs.writeFileSync(path.join(f.root, TARGET), original);
  }
}

describe('content text is strict UTF-8', () => {
  it.each([
    ['shift-jis.yaml', `${TARGET}: appears to be saved as Shift_JIS, not UTF-8; ${SAVE_AS}`],
    ['euc-jp.yaml', `${TARGET}: appears to be saved as EUC-JP, not UTF-8; ${SAVE_AS}`],
    ['utf-16-bom.yaml', `${TARGET}: is saved as UTF-16, not UTF-8; ${SAVE_AS}`],
    ['utf-16be-no-bom.yaml', `${TARGET}: is saved as UTF-16, not UTF-8; ${SAVE_AS}`],
    ['latin-1.yaml', `${TARGET}: contains bytes that are not UTF-8 text; ${SAVE_AS}`],
    [
      'replacement-character.yaml',
      `${TARGET}:2: contains the character U+FFFD (�), which stands for a character lost when the file was converted from another encoding; type the original character again, and ${SAVE_AS}`,
    ],
  ])('refuses %s with one line naming the file and what to do', (fixture, line) => {
    expect(linesWith(fixture)).toEqual([line]);
  });

  it('reads UTF-8 with a byte order mark, and the real content', () => {
    expect(linesWith('utf-8-bom.yaml')).toEqual([]);
    expect(f.check().lines).toEqual([]);
  });

  it('refuses a Markdown entry with Shift_JIS text pasted below its UTF-8 text (neither encoding throughout)', () => {
    const file = 'content/news/ja/mou-renewal.mdx';
    const original = fs.readFileSync(path.join(f.root, file));
    const sjis = fs.readFileSync(path.join(FIXTURES, 'shift-jis.yaml'));
    fs.writeFileSync(path.join(f.root, file), Buffer.concat([original, Buffer.from('\n'), sjis]));
    try {
      expect(f.check().lines).toEqual([`${file}: contains bytes that are not UTF-8 text; ${SAVE_AS}`]);
    } finally {
      fs.writeFileSync(path.join(f.root, file), original);
    }
  });

  it('reads every Japanese, English and emoji character of valid UTF-8 as it is', () => {
    const text = 'name: 川崎市 Müller O’Neil 👩‍💻 🏳️‍🌈\n';
    expect(decodeContentText(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });
});
