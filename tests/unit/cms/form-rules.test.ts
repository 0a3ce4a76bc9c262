// The rules the content editor's form applies before saving (src/cms/config.ts) are generated
// from the content check's own definitions. For each: the hostile input is refused in the form,
// the check refuses it too, and the legitimate neighbour passes both (a form rule that refused
// what the check accepts would stop an editor for nothing).
import { describe, expect, it } from 'vitest';
import { cmsConfig, regexRule } from '../../../src/cms/config';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';
import { IMAGE_EXTENSIONS } from '../../../src/content-policy/images';
import { hygieneIssues } from '../../../src/content-policy/text-hygiene';
import { INVISIBLE_REASON, INVISIBLE_REASON_JA } from '../../../src/content-policy/text-hygiene';
import { schemaFor } from '../../../src/schemas';
import { DATE_FORM_RULE } from '../../../src/schemas/partial-date';
import { matching, patternMessageOf } from '../../../src/schemas/common';
import { z } from 'astro/zod';

const config = cmsConfig({ repo: 'owner/name', branch: 'main' });
type Field = Record<string, unknown> & { name: string };
const fieldOf = (collection: string, name: string) =>
  config.collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)! as Field;

/** A field's form rule as Sveltia reads it: the "/source/flags" string as a RegExp, and the message. */
function ruleOf(field: Field): { accepts: (value: string) => boolean; message: string } {
  const [source, message] = field.pattern as [string, string];
  const m = /^\/(.*)\/([a-z]*)$/s.exec(source)!;
  const regex = new RegExp(m[1]!, m[2]);
  // Sveltia tests the trimmed value (validateScalarField in its fields.js).
  return { accepts: (value) => regex.test(value.trim()), message };
}

const organisation = schemaFor('organisations', { image: () => z.string() }) as z.ZodObject;
const urlSchema = organisation.shape.url as z.ZodType;

describe('form rules generated from the content check’s definitions', () => {
  it('address field: https:// pages only, without a user name, in the check’s words', () => {
    const url = ruleOf(fieldOf('organisations', 'url'));
    for (const bad of [
      'http://www.city.kawasaki.jp/',
      'www.city.kawasaki.jp',
      'javascript:alert(1)',
      'mailto:info@bio-m.org',
      '//www.bio-m.org/',
      'https://www.bio-m.org@evil.example/',
      'https://www.bio-m.org/\u202Egpj',
      'https://www.bіo-m.org/', // a Cyrillic і among Latin letters
      'https://аррӏе.com/', // Cyrillic letters only, each like a Latin one
      'https://www.κawasaki.jp/', // a Greek κ
      'https://ѕсһооl-2020.org/en/',
    ]) {
      expect(url.accepts(bad), bad).toBe(false);
      expect(urlSchema.safeParse(bad).success && hygieneIssues(bad).length === 0, `check: ${bad}`).toBe(false);
    }
    for (const ok of [
      'https://www.city.kawasaki.jp/',
      'HTTPS://www.bio-m.org/en/about?x=1#top',
      'https://例え.jp/',
      'https://пример.рф/', // Cyrillic throughout, not only lookalikes
      'https://bücher.de/',
      'https://www.city.kawasaki.jp/pаth', // a Cyrillic letter in the path, not the site name
      'https://xn--e1afmkfd.xn--p1ai/',
    ])
      expect([url.accepts(ok), urlSchema.safeParse(ok).success], ok).toEqual([true, true]);
    expect(url.message).toMatch(
      /^アドレスは https:\/\/ で始まる形で書いてください。ページのアドレスをそのまま書いてください。/u,
    );
    expect(url.message).toContain('must be an https:// address');
    expect(url.message).toContain('without a user name before the site');
    expect(url.message).toContain(
      'サイト名の一部に、ローマ字とキリル文字・ギリシャ文字・アルメニア文字が混ざっているアドレスや、ローマ字に見えるキリル文字・ギリシャ文字だけで書いたアドレスは、ほかのサイトのアドレスになりすませるので使えません。',
    );
    expect(url.message).toContain("such a name can pass for another site's address; type the address again by hand");
  });

  it('address field: refuses no site name the check accepts, for every Cyrillic, Greek and Armenian letter', () => {
    const url = ruleOf(fieldOf('organisations', 'url'));
    const letters = /[\p{Script_Extensions=Cyrillic}\p{Script_Extensions=Greek}\p{Script_Extensions=Armenian}]/u;
    const falseRefusals: string[] = [];
    let refused = 0;
    for (let code = 0; code <= 0x1ffff; code++) {
      const c = String.fromCodePoint(code);
      if (!letters.test(c) || (code >= 0xd800 && code <= 0xdfff)) continue;
      for (const value of [
        `https://a${c}.org/`,
        `https://${c}a.example.org/`,
        `https://${c}${c}.org/`,
        `https://x.${c}-1.jp/`,
      ]) {
        if (url.accepts(value)) continue;
        refused++;
        if (urlSchema.safeParse(value).success && hygieneIssues(value).length === 0) falseRefusals.push(value);
      }
    }
    expect(falseRefusals).toEqual([]);
    expect(refused).toBeGreaterThan(500);
  });

  it('one-line text: no invisible or control character the check refuses wherever it stands', () => {
    const title = ruleOf(fieldOf('news', 'title'));
    for (const bad of ['川崎市\u202E', 'Bio\u200BM', 'a\u0007b', 'a\u2066b\u2069', 'x\uFEFFy', 'タイトル\u00AD'])
      expect([title.accepts(bad), hygieneIssues(bad).length > 0], JSON.stringify(bad)).toEqual([false, true]);
    for (const ok of ['覚書の更新', 'O’Neil', '👩‍💻 と 🏳️‍🌈', '葛\u{E0100}飾', 'Kawasaki\u00A0City', '改行\nあり'])
      expect([title.accepts(ok), hygieneIssues(ok)], JSON.stringify(ok)).toEqual([true, []]);
    expect(title.message).toBe(
      '画面に表示されない文字（ほかの文書から貼り付けたときに紛れ込むことがあります）は使えません。貼り付けた部分を消して、打ち直してください。見えない文字があると、文章が公開される内容とは違って読まれることがあるためです。見た目は同じでも、別の形で保存された文字は使えません（「か」と濁点の2文字に分かれた「が」、「u」と「¨」に分かれた「ü」、古い文書から紛れ込む異体の漢字コードなど）。その文字を消して、キーボードで打ち直してください。（must not contain invisible or control characters; delete them: invisible characters can make text read differently from what is published; must be in Unicode normalization form NFC (no letter stored as a letter and a separate mark, such as a kana and its voicing mark, and no compatibility kanji); retype it, or save the file as NFC）',
    );
  });

  it('one-line text: refuses no character the check accepts (every code point between two letters)', () => {
    const title = ruleOf(fieldOf('news', 'title'));
    const falseRefusals: string[] = [];
    let refused = 0;
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (code > 0x2ffff && code < 0xe0000) continue; // unassigned planes
      const text = `a${String.fromCodePoint(code)}b`;
      if (title.accepts(text)) continue;
      refused++;
      if (hygieneIssues(text).length === 0) falseRefusals.push(code.toString(16));
    }
    expect(falseRefusals).toEqual([]);
    expect(refused).toBeGreaterThan(1000);
  });

  it('text: a letter stored as two (か + ゙, u + ¨) or a compatibility kanji is refused, as the check refuses it', () => {
    const title = ruleOf(fieldOf('news', 'title'));
    const body = ruleOf(fieldOf('news', 'body'));
    for (const bad of ['か\u3099', 'ヘ\u309Aージ', 'Mu\u0308ller', 'Cafe\u0301', '\uFA19社', '改行\nは\u309A'])
      for (const rule of [title, body])
        expect([rule.accepts(bad), hygieneIssues(bad).length > 0], JSON.stringify(bad)).toEqual([false, true]);
    for (const ok of ['が', 'Müller', 'Café', '神社', 'q\u0303', '\u3099 alone', 'ﾊﾟ'])
      expect([title.accepts(ok), hygieneIssues(ok)], JSON.stringify(ok)).toEqual([true, []]);
    expect(title.message).toContain(
      '見た目は同じでも、別の形で保存された文字は使えません（「か」と濁点の2文字に分かれた「が」',
    );
    expect(title.message).toContain('must be in Unicode normalization form NFC');
    // Every letter or kana with every combining mark, and every compatibility kanji: refused only where the check refuses.
    const falseRefusals: string[] = [];
    const bases = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];
    for (let code = 0x3040; code <= 0x30ff; code++) bases.push(String.fromCodePoint(code));
    const marks: string[] = [];
    for (let code = 0x300; code <= 0x36f; code++) marks.push(String.fromCodePoint(code));
    marks.push('\u3099', '\u309A');
    let refused = 0;
    for (const base of bases)
      for (const mark of marks) {
        const text = `x${base}${mark}`;
        if (title.accepts(text)) continue;
        refused++;
        if (hygieneIssues(text).length === 0) falseRefusals.push(text);
      }
    for (let code = 0xf900; code <= 0xfaff; code++) {
      const text = `x${String.fromCodePoint(code)}`;
      if (!title.accepts(text) && hygieneIssues(text).length === 0) falseRefusals.push(text);
    }
    expect(falseRefusals).toEqual([]);
    expect(refused).toBeGreaterThan(300);
  });

  it('dates: the impossible and the out-of-range are refused in the field', () => {
    const date = ruleOf(fieldOf('news', 'date'));
    for (const bad of ['2025-13-01', '2025-02-30', '2020-2', '1899', '2020/02/11'])
      expect(date.accepts(bad), bad).toBe(false);
    for (const ok of ['2020', '2017-11', '2020-02-11', '2024-02-29']) expect(date.accepts(ok), ok).toBe(true);
    // The message is about dates only: the pattern admits digits and hyphens, so no invisible character.
    expect(date.message).toBe(
      '日付は、年だけ・年と月・年月日のどれかで、2020、2020-02、2020-02-11 のように書いてください。カレンダーにある日付にしてください（2月30日や13月はありません）。年は1900年から2100年までのどれかを、4桁の数字で書いてください（例：2020）。（must be written as YYYY, YYYY-MM or YYYY-MM-DD, be a real calendar date and have a year from 1900 to 2100, written in four digits (e.g. 2020)）',
    );
    const admitted: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      if (/[0-9-]/.test(c)) continue;
      // Inside the value, and at its ends unless the character is one the editor trims away.
      const ends = c.trim() === '' ? [] : [`${c}2020`, `2020${c}`, `2020-02-1${c}`];
      for (const value of [...ends, `20${c}20`, `2020-0${c}2`, `2020-02${c}-11`, `2020-${c}02`])
        if (date.accepts(value)) admitted.push(JSON.stringify(value));
    }
    expect(admitted).toEqual([]);
  });

  it('images: only the check’s file types are offered and accepted, up to the check’s size', () => {
    for (const [collection, name] of [
      ['photos', 'image'],
      ['organisations', 'logo'],
    ] as const) {
      const field = fieldOf(collection, name);
      expect((field.accept as string).split(',').filter((t) => t.startsWith('.'))).toEqual(
        Object.keys(IMAGE_EXTENSIONS),
      );
      expect(field.accept).not.toMatch(/gif|heic|bmp|tiff/i);
      const image = ruleOf(field);
      for (const bad of ['signing.gif', 'signing.GIF', 'IMG_0001.HEIC', 'photo.jpg.exe', 'logo.svgz'])
        expect(image.accepts(bad), bad).toBe(false);
      for (const ok of ['../../media/photos/group-photo.jpg', 'IMG_0001.JPG', 'logo.svg', 'a.avif'])
        expect(image.accepts(ok), ok).toBe(true);
      expect(image.message).toBe(
        'このファイルは画像として使えません。.jpg、.jpeg、.png、.webp、.avif、.svg のファイルを使ってください（ほかの種類のファイルは公開できません）。（is not an image; use a .jpg, .jpeg, .png, .webp, .avif, .svg file (other files cannot be published)）',
      );
    }
    // Under `all`: the only place an image field's upload dialog reads the limit from.
    expect(config.media_libraries).toEqual({ stock_assets: false, all: { max_file_size: 40 * 1024 * 1024 } });
  });

  it('Markdown text: links to https://, this site or an anchor only, no script tags, as the check says', () => {
    const body = ruleOf(fieldOf('clauses', 'body'));
    const checkRefuses = (text: string) => scanMarkdownBody(text, { mdx: true }).length > 0;
    for (const bad of [
      'See [the site](javascript:alert\\(1\\)).',
      'Write to [us](mailto:info@bio-m.org).',
      'See [the site](www.example.jp).',
      'See [it](http://www.city.kawasaki.jp/).',
      'See [it]( //evil.example/).',
      'See [it](https://www.bio-m.org@evil.example/).',
      'Text <script>alert(1)</script>',
      'Text <iframe src="https://evil.example/"></iframe>',
      'Text <Figure />',
      'Text\u202Ereversed',
    ])
      expect([body.accepts(bad), checkRefuses(bad)], bad).toEqual([false, true]);
    for (const ok of [
      'See [the City](https://www.city.kawasaki.jp/) and [the MoU](/mou/#item-7) or [above](#item-7).',
      'Both parties (the City and BioM) agree [in principle].',
      'A <abbr title="Memorandum of Understanding">MoU</abbr> term of **three years**.',
      '- one\n- two\n\n1. three',
    ])
      expect([body.accepts(ok), scanMarkdownBody(ok, { mdx: true })], ok).toEqual([true, []]);
    expect(body.message).toMatch(
      /^リンク先は、https:\/\/ で始まるウェブページか、このサイトのページにしてください。<script> や <iframe> など、文章の書式以外の HTML タグは使えません（ページの内容には、プログラム（スクリプト）、見た目の指定（スタイル）、ほかのページの埋め込みを入れられません）。/u,
    );
    expect(body.message).toContain('links must point to web pages (https://…) or pages of this site');
    expect(body.message).toContain('content cannot contain scripts, styles or embedded frames');
  });

  it('names in Latin letters and readings in katakana, in the schema’s pattern and its words', () => {
    const participant = schemaFor('participants', { image: () => z.string() }) as z.ZodObject;
    for (const [name, bad, ok] of [
      ['name', '高橋 恵', 'Megumi Takahashi'],
      ['reading', 'たかはし', 'タカハシ・メグミ'],
    ] as const) {
      const rule = ruleOf(fieldOf('participants', name));
      const schema = participant.shape[name] as z.ZodType;
      expect([rule.accepts(bad), schema.safeParse(bad).success], bad).toEqual([false, false]);
      expect([rule.accepts(ok), schema.safeParse(ok).success], ok).toEqual([true, true]);
    }
    expect(ruleOf(fieldOf('participants', 'name')).message).toMatch(
      /^ローマ字（ラテン文字）で、出典の表記どおりに書いてください。.*（must be in Latin letters, exactly as the source gives it; /u,
    );
    expect(ruleOf(fieldOf('participants', 'reading')).message).toMatch(
      /^カタカナで書いてください。.*（must be in katakana; /u,
    );
  });
});

/** Every pattern option of the configuration: each field's (and each list item's), and each collection's key. */
function patternOptions(): { where: string; message: string }[] {
  const out: { where: string; message: string }[] = [];
  const visit = (where: string, field: Record<string, unknown>) => {
    if (field.pattern) out.push({ where, message: (field.pattern as [string, string])[1] });
    if (field.field) visit(`${where}[]`, field.field as Record<string, unknown>);
  };
  for (const collection of config.collections) {
    out.push({
      where: `${collection.name} key`,
      message: (collection.slug as { pattern: [string, string] }).pattern[1],
    });
    for (const field of collection.fields) visit(`${collection.name}.${field.name}`, field);
  }
  return out;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe('form messages speak the editors’ language', () => {
  it('every pattern the form applies says why in Japanese first, then in the check’s own English words', () => {
    const options = patternOptions();
    // Every text field, image field and key: a configuration that lost its patterns would pass below.
    expect(options.length).toBeGreaterThan(40);
    for (const { where, message } of options) {
      // The shape of the field hints: 「<Japanese>（<English>）」.
      const m = /^(.+。)（([^]+)）$/u.exec(message);
      expect(m, `${where}: ${message}`).not.toBeNull();
      const [, ja, en] = m!;
      expect(ja, where).toMatch(new RegExp(`^${JAPANESE.source}`, 'u'));
      // Each Japanese sentence is Japanese (no English rule slipped in untranslated) …
      for (const sentence of ja!.split('。').filter(Boolean)) expect(sentence, where).toMatch(JAPANESE);
      expect(ja, where).not.toMatch(/[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}/);
      // … and the English is the check's: no Japanese in it, and the text rule's own reason on every text field.
      expect(en, where).not.toMatch(JAPANESE);
      expect(en, where).toMatch(/^[A-Za-z]/);
      // (Not on keys, images, and dates, whose patterns admit no invisible character of their own.)
      if (!/ key$|\.(image|logo)$/.test(where) && !en!.startsWith(DATE_FORM_RULE)) {
        expect(ja, where).toContain(INVISIBLE_REASON_JA);
        expect(en, where).toContain(INVISIBLE_REASON);
      }
    }
    expect(options.find((o) => o.where === 'news key')!.message).toBe(
      'キーには、小文字の英字 a–z、数字、ハイフン（-）だけを使ってください。ハイフンは1つずつ、英字や数字の間に入れます（例：item-07）。（The key must use only lower-case letters a–z, digits and single hyphens (e.g. item-07).）',
    );
  });

  it('a schema pattern without its Japanese message stops the configuration, and names the way to give one', () => {
    const bare = z.string().regex(/^[a-z]+$/, 'must be in lower case');
    expect(() => regexRule(bare, patternMessageOf(bare))).toThrow(
      /has no Japanese message: state it with matching\(\)/,
    );
    const message = { ja: '小文字で書いてください。', en: 'must be in lower case' };
    const stated = matching(z.string(), /^[a-z]+$/, message);
    expect(regexRule(stated, patternMessageOf(stated))).toEqual({ pattern: /^[a-z]+$/u, message });
    // The Japanese of another message (the English changed since) does not count as this one's.
    const stale = z
      .string()
      .regex(/^[a-z]+$/, 'must be written in lower case')
      .meta({ patternMessage: message });
    expect(() => regexRule(stale, patternMessageOf(stale))).toThrow(/has no Japanese message/);
  });
});
