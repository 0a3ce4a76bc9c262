// The content boundary, attacked: every class of hostile input the content check must refuse,
// with variants written after the rules (spellings, entities, case, whitespace, an image written
// as a reference, invisible characters by Unicode class rather than by list, files that are not
// ordinary files, text nested deeper than any reader's stack). Each test writes one change into a
// fresh copy of the real content and reads the one-line messages; none crashes the check.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter as astroFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedAddress } from '../../../src/content-policy/html';
import { parseFrontmatter } from '../../../src/content-checks/frontmatter';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';
import { describeCodePoint, hygieneIssues } from '../../../src/content-policy/text-hygiene';
import { contentFixture, linesAfter, type Fixture } from '../helpers';

const NEWS = 'content/news/en/mou-renewal.mdx';
const KONO = 'content/participants/en/kono.yaml';

let f: Fixture;
beforeAll(() => {
  f = contentFixture();
});
afterAll(() => f.cleanUp());

/** The problems after one temporary change; the file is restored afterwards. */
const after = (file: string, change: (text: string) => string) => linesAfter(f, file, change);
const appended = (extra: string, file = NEWS) => after(file, (t) => `${t.trimEnd()}\n\n${extra}\n`);
/** Plain Markdown (.md): the scan alone, line 1 being the first line of the snippet. */
const md = (text: string) => scanMarkdownBody(text, { mdx: false }).map((x) => x.message);
const mdx = (text: string) => scanMarkdownBody(text, { mdx: true }).map((x) => x.message);

describe('MDX: Astro directives and attributes outside the allowlist are refused', () => {
  it.each([
    'set:html="<meta http-equiv=refresh content=0;url=https://evil.example/>"',
    'set:text="x"',
    'is:raw',
    'is:inline',
    'client:load',
    'client:only="react"',
    'define:vars="x"',
    'class:list="x"',
    'transition:persist',
    'server:defer',
    'xlink:href="https://evil.example/"',
    'xml:lang="en"',
  ])('<span %s>', (attribute) => {
    const name = attribute.split('=')[0];
    expect(mdx(`<span ${attribute}>x</span>`)).toEqual([
      `<span ${name}>: directives and prefixed attributes (set:html, is:raw, client:load, xlink:href, …) are not allowed in content; they would make the site run or insert code. Remove it.`,
    ]);
  });

  it.each(['onClick', 'ONMOUSEOVER', 'onfocus', 'OnLoad'])('the event handler %s, in any case', (name) => {
    expect(mdx(`<span ${name}="alert(1)">x</span>`)).toEqual([
      `<span ${name}=…>: event handler attributes (on…) are not allowed in content; content cannot run scripts.`,
    ]);
  });

  it.each(['id', 'class', 'style', 'href', 'src', 'tabindex', 'hidden', 'popover', 'Title'])(
    'an attribute outside the allowlist: %s',
    (name) => {
      expect(mdx(`<span ${name}="x">y</span>`)).toEqual([
        `<span ${name}>: the attribute ${name} is not allowed in content (allowed on <span>: title, lang); remove it.`,
      ]);
    },
  );

  it.each(['meta', 'base', 'link', 'form', 'input', 'button', 'object', 'embed', 'svg', 'math', 'img', 'a', 'title'])(
    'the element <%s>',
    (tag) => {
      expect(mdx(`<${tag} />`)).toEqual([
        `<${tag}> is not an HTML element content may use; write it in Markdown instead.`,
      ]);
    },
  );

  it('a member or namespaced element name', () => {
    expect(mdx('<x.y />')[0]).toMatch(/^<x\.y> is not a component content may use/);
    expect(mdx('<svg:rect />')[0]).toMatch(/^<svg:rect> is not a component content may use/);
  });

  it('allows the attributes on the list, with https: and site addresses', () => {
    expect(
      mdx(
        '<abbr title="Memorandum of Understanding" lang="en">MoU</abbr> <q cite="https://www.city.kawasaki.jp/">x</q> <q cite="/mou/">y</q>',
      ),
    ).toEqual([]);
  });
});

describe('addresses: only https: and this site', () => {
  it.each([
    ['[x](http://example.org/)', 'a http: address'],
    ['[x](file:///etc/passwd)', 'a file: address'],
    ['[x](//evil.example/)', 'an address starting with //'],
    ['[x](/\\evil.example/)', 'an address starting with //'],
    ['[x](vbscript:msgbox)', 'a vbscript: address'],
    ['[x](mailto:someone@example.org)', 'a mailto: address'],
    ['[x](&#106;avascript:alert(1))', 'a javascript: address'],
    ['[x](JaVaScRiPt:alert(1))', 'a javascript: address'],
    ['[x](<java\tscript:alert(1)>)', 'a javascript: address'],
    ['[x]\n\n[x]: data:text/html,x', 'a data: address'],
  ])('%s', (markdown, refused) => {
    const found = [...mdx(markdown), ...md(markdown)];
    expect(found.length).toBeGreaterThan(0);
    for (const message of found)
      expect(message).toMatch(
        new RegExp(
          `^${refused} is not allowed in a Markdown link: links must point to web pages \\(https://…\\) or pages of this site\\.$`,
        ),
      );
  });

  it.each([
    '<q cite=" javascript:alert(1)">x</q>',
    '<q cite="&#x20;javascript:alert(1)">x</q>',
    '<q cite="jav&#x09;ascript:alert(1)">x</q>',
    '<q cite="javascript&colon;alert(1)">x</q>',
    '<q cite="&#106;&#97;vascript:alert(1)">x</q>',
    '<q cite=javascript:alert(1)>x</q>',
  ])('in raw HTML: %s', (html) => {
    expect(md(html)).toEqual([
      'a javascript: address is not allowed in the cite attribute of <q>: links must point to web pages (https://…) or pages of this site.',
    ]);
  });
});

describe('plain Markdown (.md): raw HTML is read by an HTML parser', () => {
  it.each([
    '<div\n/onmouseover="alert(1)">x</div>',
    '<DIV ONMOUSEOVER="alert(1)">x</DIV>',
    '<div onmouseover  =  alert(1)>x</div>',
    '<div\n/onclick=alert(1)>x</div>',
    "<div onmouseover='alert(1)'>x</div>",
    'x <span onpointerenter="alert(1)">y</span>',
  ])('an event handler however it is spelt: %s', (html) => {
    const found = md(html);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^<(div|span) on[a-z]+=…>: event handler attributes \(on…\) are not allowed in content/);
  });

  it.each(['<!-- hides the rest of the page', '<!-- a note -->', '<!--> x', '<?php echo 1 ?>', '<![CDATA[ x ]]>'])(
    'comments and what browsers read as comments: %s',
    (html) => {
      expect(md(`Text.\n\n${html}\n\nMore text.\n`)).toEqual([
        'HTML comments (<!-- … -->) are not allowed in content: they are published in the page source, and an unclosed one hides the rest of the page; delete it.',
      ]);
    },
  );

  it.each([
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<form action="https://evil.example/"><input name="x"></form>',
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
    '<math><mi href="javascript:alert(1)">x</mi></math>',
    '<img src=x onerror=alert(1)>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<textarea><script>alert(1)</script></textarea>',
  ])('active or unknown elements: %s', (html) => {
    const found = md(html);
    expect(found.length).toBeGreaterThan(0);
    for (const message of found)
      expect(message).toMatch(
        / is not an HTML element content may use; write it in Markdown instead\.$| is not allowed in content: content cannot contain scripts/,
      );
  });

  it('a script split to dodge a pattern is still a script', () => {
    expect(md('<scr<script>ipt>alert(1)</script>')).toContain(
      '<script> is not allowed in content: content cannot contain scripts, styles or embedded frames.',
    );
  });

  it('Astro directives and xlink:href on allowed elements', () => {
    expect(md('<span set:html="<b>x</b>">y</span>')[0]).toMatch(/^<span set:html>: directives and prefixed attributes/);
    expect(md('<span xlink:href="https://x.example/">y</span>')[0]).toMatch(/^<span xlink:href>: directives/);
  });

  it('a tag Markdown does not read as HTML stays text, which the page shows escaped', () => {
    for (const text of ['<div/onmouseover="alert(1)">x</div>', '<span/onclick=alert(1)>x</span>']) {
      expect(md(text)).toEqual([]);
      const html = scanMarkdownBody(text, { mdx: false });
      expect(html).toEqual([]);
    }
  });

  it('HTML the parser has to guess at', () => {
    expect(md('<div title="x>\ny</div>\n')).toEqual([
      'this HTML cannot be read as written (eof-in-tag); write it in Markdown instead, or check for a missing quote or ">".',
    ]);
  });

  it('names the line inside a multi-line HTML block', () => {
    expect(scanMarkdownBody('Intro.\n\n<div>\n<p>x</p>\n<p onclick="y">z</p>\n</div>\n', { mdx: false })).toEqual([
      {
        line: 5,
        message:
          '<p onclick=…>: event handler attributes (on…) are not allowed in content; content cannot run scripts.',
      },
    ]);
  });

  it('allows harmless HTML on the list', () => {
    expect(md('x<sup>1</sup> <abbr title="x">y</abbr><br>\n\n<details open><summary>a</summary>b</details>\n')).toEqual(
      [],
    );
  });
});

describe('empty clause text', () => {
  it('is refused, naming the file', () => {
    expect(after('content/clauses/en/item-11.mdx', (t) => t.replace(/---\n\n[\s\S]*$/, '---\n'))).toContain(
      'content/clauses/en/item-11.mdx: text: the text below the frontmatter is empty; write the text of this entry.',
    );
  });

  it('is refused when it holds only white space or an empty emphasis', () => {
    const lines = after('content/clauses/ja/item-11.mdx', (t) => t.replace(/---\n\n[\s\S]*$/, '---\n\n   \n\n** **\n'));
    expect(lines).toContain(
      'content/clauses/ja/item-11.mdx: text: the text below the frontmatter is empty; write the text of this entry.',
    );
  });
});

describe('YAML is data only', () => {
  it('an anchor and an alias', () => {
    const lines = after(KONO, (t) => t.replace('name: Kono', 'name: &n Kono').replace(/^role: .*$/m, 'role: *n'));
    expect(lines).toContain(
      `${KONO}:1: name: "&n" is an anchor, which is not allowed in content: content YAML is plain data; delete it.`,
    );
    expect(lines).toContain(
      `${KONO}:4: role: "*n" is an alias, which is not allowed in content: content YAML is plain data; write the value out in full.`,
    );
  });

  it('a merge key', () => {
    expect(after(KONO, (t) => `${t}<<: {honorific: Dr.}\n`)).toContain(
      `${KONO}:7: <<: merge keys (<<) are not allowed in content: content YAML is plain data; write each field out.`,
    );
  });

  it('an explicit tag, standard or custom', () => {
    expect(after(KONO, (t) => t.replace('role: ', 'role: !!str '))).toEqual([
      `${KONO}:4: role: "!!str" is a YAML tag, which is not allowed in content: content YAML is plain data; delete it (put text in quotes).`,
    ]);
    expect(after(KONO, (t) => t.replace('role: ', 'role: !secret '))[0]).toMatch(
      /^content\/participants\/en\/kono\.yaml:4: the YAML cannot be read \(unknown tag/,
    );
  });

  it('tags and anchors in frontmatter, with the line in the file', () => {
    expect(after(NEWS, (t) => t.replace('date: 2020-02', "date: !!str '2020-02'"))).toContain(
      `${NEWS}:4: date: "!!str" is a YAML tag, which is not allowed in content: content YAML is plain data; delete it (put text in quotes).`,
    );
  });

  it('an impossible date, unquoted, is not rolled over into March', () => {
    const file = 'content/ceremony/ja/signing-ceremony.mdx';
    expect(after(file, (t) => t.replace(/^date:.*$/m, 'date: 2020-02-30'))).toEqual([
      expect.stringMatching(
        /^content\/ceremony\/ja\/signing-ceremony\.mdx:\d+: date: is not a real calendar date \(got "2020-02-30"\)$/,
      ),
    ]);
  });

  it('an unquoted date with a time, which would shift the day', () => {
    expect(after(NEWS, (t) => t.replace('date: 2020-02\n', 'date: 2020-02-11T01:00:00+09:00\n'))).toEqual([
      `${NEWS}:4: date: must be a date written as YYYY-MM-DD, without a time (got "2020-02-11T01:00:00+09:00")`,
    ]);
  });

  it('accepts a real date quoted as well as unquoted (as the editor writes it, which Astro reads as the same day)', () => {
    const file = 'content/ceremony/en/signing-ceremony.mdx';
    expect(fs.readFileSync(path.resolve(import.meta.dirname, '../../..', file), 'utf8')).toMatch(/^date: 2020-02-11$/m);
    expect(after(file, (t) => t.replace(/^date:.*$/m, "date: '2020-02-11'"))).toEqual([]);
  });
});

describe('text hygiene: invisible, control and non-NFC characters', () => {
  it('names U+202E RIGHT-TO-LEFT OVERRIDE in a frontmatter field', () => {
    expect(after(NEWS, (t) => t.replace('title: The City of Kawasaki', 'title: The City of Kawa\u202esaki'))).toEqual([
      `${NEWS}: title: contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE (character 17); delete it: invisible characters can make text read differently from what is published.`,
    ]);
  });

  it('a control character written as a YAML escape', () => {
    expect(after(KONO, (t) => t.replace(/^role: (.*)$/m, 'role: "$1\\b"'))).toEqual([
      `${KONO}: role: contains the control character U+0008 BACKSPACE (character 31); delete it: text may not contain control characters.`,
    ]);
  });

  it.each([
    [0x200b, 'ZERO WIDTH SPACE'],
    [0x200d, 'ZERO WIDTH JOINER'],
    [0x2060, 'WORD JOINER'],
    [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
    [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
    [0x2069, 'POP DIRECTIONAL ISOLATE'],
    [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
    [0x200f, 'RIGHT-TO-LEFT MARK'],
  ])('U+%s in the body, by line', (code, name) => {
    const lines = appended(`Hidden${String.fromCodePoint(code)} text.`);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${NEWS}:\\d+: contains the invisible character ${describeCodePoint(code).replace('+', '\\+')} \\(character 7\\)`,
        ),
      ),
    ]);
    expect(describeCodePoint(code)).toBe(`U+${code.toString(16).toUpperCase()} ${name}`);
  });

  it('a character reference that decodes to an invisible character', () => {
    expect(appended('Hidden&#x202E;text.')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${NEWS}:\\d+: contains the invisible character U\\+202E RIGHT-TO-LEFT OVERRIDE \\(written as a character reference\\)`,
        ),
      ),
    ]);
  });

  it.each([
    [0x00, 'NULL'],
    [0x07, 'ALERT'],
    [0x1b, 'ESCAPE'],
    [0x7f, 'DELETE'],
    [0x85, 'NEXT LINE'],
    [0x9b, 'CONTROL SEQUENCE INTRODUCER'],
  ])('the control character U+%s in the body', (code, name) => {
    expect(appended(`Bad${String.fromCodePoint(code)} text.`)[0]).toMatch(
      `contains the control character ${describeCodePoint(code)} (character 4)`,
    );
    expect(describeCodePoint(code)).toContain(name);
  });

  it('a bidi override in a YAML comment, by line', () => {
    expect(after(KONO, (t) => `# note \u202e\n${t}`)).toEqual([
      `${KONO}:1: contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE (character 8); delete it: invisible characters can make text read differently from what is published.`,
    ]);
  });

  it('a tab inside a YAML value', () => {
    expect(after(KONO, (t) => t.replace('role: Life Science', 'role: Life\tScience'))).toEqual([
      `${KONO}: role: contains the control character U+0009 CHARACTER TABULATION (character 5); delete it: text may not contain control characters.`,
    ]);
  });

  it('text that is not NFC (e + combining acute) in a field and in the body', () => {
    expect(after(KONO, (t) => t.replace('name: Kono', 'name: Kone\u0301'))).toEqual(
      [
        expect.stringContaining(
          `${KONO}: name: is not in Unicode normalization form NFC: "é" (character 5) is stored as U+0065 U+0301`,
        ),
        // the two languages now disagree on the name, too
        expect.stringContaining('the two languages disagree'),
      ].slice(0, 1),
    );
    expect(appended('Cafe\u0301.')[0]).toMatch(
      /:\d+: is not in Unicode normalization form NFC: "é" \(character 5\) is stored as U\+0065 U\+0301/,
    );
  });

  it('a compatibility character that NFC replaces (U+212B ANGSTROM SIGN)', () => {
    expect(hygieneIssues('\u212b')[0]!.message).toContain('is stored as U+212B');
  });

  it('accepts ordinary Japanese and English text, tabs in bodies and Windows line endings', () => {
    expect(hygieneIssues('川崎市とBioMは、覚書を更新しました。“Quotes” — dash, café.\r\nNext line.')).toEqual([]);
    expect(hygieneIssues('\tcode', { allowTab: true })).toEqual([]);
  });
});

describe('nothing under content/ is silently dropped', () => {
  const refused = (file: string, text = 'x') => {
    f.write(file, text);
    try {
      return f.check().lines;
    } finally {
      f.remove(file);
    }
  };

  it('a clause with an upper-case extension', () => {
    expect(refused('content/clauses/en/item-12.MDX', f.read('content/clauses/en/item-11.mdx'))).toContain(
      'content/clauses/en/item-12.MDX: the extension .MDX must be written in lower case (.mdx): files with upper-case extensions are not published. Rename the file.',
    );
  });

  it('a file directly under content/', () => {
    expect(refused('content/notes.txt')).toEqual([
      'content/notes.txt: is not in a collection folder, so it would not be published: entries go in content/<collection>/ja/ or en/ (collections: news, mou, clauses, ceremony, photos, participants, organisations, statements), images in content/media/; move or delete it.',
    ]);
  });

  it('a file in a folder that is not a collection', () => {
    expect(refused('content/drafts/en/idea.mdx')).toEqual([
      'content/drafts/en/idea.mdx: content/drafts/ is not a collection (collections: news, mou, clauses, ceremony, photos, participants, organisations, statements), so this file would not be published; move it into a collection folder or delete it.',
    ]);
  });

  it('a hidden file in a collection', () => {
    expect(refused('content/clauses/en/.item-12.mdx')[0]).toMatch(/^content\/clauses\/en\/\.item-12\.mdx: /);
  });

  it('shows invisible and control characters in a file name as code points, never raw', () => {
    expect(refused('content/notes\u202etxt.exe')).toEqual([
      expect.stringMatching(/^content\/notes\\u\{202E\}txt\.exe: is not in a collection folder/),
    ]);
    expect(refused('content/\u001b]0;title\u0007.txt')[0]).toMatch(/^content\/\\u\{001B\}\]0;title\\u\{0007\}\.txt: /);
  });

  it('ignores the files operating systems write (.DS_Store), which are never read or published', () => {
    expect(refused('content/clauses/en/.DS_Store')).toEqual([]);
  });
});

describe('the check reads frontmatter exactly as Astro does', () => {
  it('refuses a closing line that Astro reads as the end but the check would not ("---x")', () => {
    const file = 'content/clauses/en/item-10.mdx';
    expect(after(file, (t) => t.replace('number: 10\n', 'number: 10\n---x: <img src=x onerror=alert(1)>\n'))).toEqual([
      `${file}:4: the frontmatter must be closed by a line that is exactly "---" (line 4 starts with "---" and closes it for the site); put other text on a line that does not start with "---"`,
    ]);
  });

  it('whatever the check accepts, Astro reads as the same fields and the same text', () => {
    const piece = fc.constantFrom(
      '---',
      '--- ',
      '----',
      '---x: 1',
      '+++',
      '',
      ' ',
      '\uFEFF',
      'title: a',
      'title: "b"',
      'x: [1,',
      '2]',
      '  continued',
      'Body text.',
      '{process.env.SECRET}',
      '# Heading',
      '...',
    );
    const source = fc
      .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(
      fc.property(source, (text) => {
        const ours = parseFrontmatter(text);
        if (!ours.ok) return;
        let astro: ReturnType<typeof astroFrontmatter>;
        try {
          astro = astroFrontmatter(text, { frontmatter: 'empty-with-spaces' });
        } catch {
          throw new Error(`accepted by the check, unreadable for Astro: ${JSON.stringify(text)}`);
        }
        expect(astro.frontmatter).toEqual(ours.data);
        expect(astro.content.replace(/\r\n/g, '\n').trim()).toBe(ours.body.trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('an image written as a reference is checked like any other image', () => {
  it('a reference whose definition leaves content/media/, in .mdx and .md', () => {
    expect(appended('![logo][p]\n\n[p]: ../../../package.json')).toEqual([
      `${NEWS}:13: the image path "../../../package.json" leads outside content/media/; images must be files in content/media/ (the path is relative to this file).`,
    ]);
    expect(scanMarkdownBody('![x][p]\n\n[p]: javascript:alert(1)', { mdx: false }).map((x) => x.message)).toEqual([
      'a javascript: address is not allowed in a Markdown image: links must point to web pages (https://…) or pages of this site.',
      'a javascript: address is not allowed in a Markdown link: links must point to web pages (https://…) or pages of this site.',
    ]);
  });

  it('a reference to a module in content/media/', () => {
    f.write('content/media/x.mjs', 'export default 1;\n');
    try {
      expect(appended('![x][Logo]\n\n[logo]: ../../media/x.mjs')).toContain(
        `${NEWS}:13: content/media/x.mjs is not an image; use a .jpg, .jpeg, .png, .webp, .avif, .svg file (other files cannot be published).`,
      );
    } finally {
      f.remove('content/media/x.mjs');
    }
  });

  it('accepts a reference to a real image in content/media/', () => {
    expect(appended('![Signing][photo]\n\n[photo]: ../../media/photos/signing-photo.jpg')).toEqual([]);
  });
});

describe('invisible and unusable characters are refused by Unicode class, not by a list', () => {
  const messages = (text: string) => hygieneIssues(text).map((i) => i.message);
  it.each([
    ['\u{E0041}', 'U+E0041 TAG CHARACTER'],
    ['\u3164', 'U+3164'],
    ['\u034F', 'U+034F'],
    ['\u{1D173}', 'U+1D173'],
    ['\u0600', 'U+0600'],
  ])('the invisible character %j', (char, named) => {
    expect(messages(`City${char}x`)).toEqual([
      `contains the invisible character ${named} (character 5); delete it: invisible characters can make text read differently from what is published.`,
    ]);
  });

  it.each([['\uE000'], ['\uFFFE'], ['\uD800'], ['\u{10FFFF}']])('the private-use, unassigned or lone %j', (char) => {
    expect(messages(`City${char}x`)[0]).toMatch(
      /^contains the character U\+[0-9A-F]{4,6} \(character 5\), which is private-use/,
    );
  });

  it('in a frontmatter field, named by file and field', () => {
    expect(after(NEWS, (t) => t.replace(/^title: .*$/m, 'title: "Kawasaki\\U000E0069"'))).toEqual([
      `${NEWS}: title: contains the invisible character U+E0069 TAG CHARACTER (character 9); delete it: invisible characters can make text read differently from what is published.`,
    ]);
  });

  it('keeps variation selectors after a visible character (emoji, a kanji variant in a name), refuses one alone', () => {
    expect(messages('\u2764\uFE0F 葛\u{E0100}飾 日本\u3000語 a\u00A0b')).toEqual([]);
    expect(messages('x \uFE0F')[0]).toMatch(/^contains the invisible character U\+FE0F \(character 3\)/);
  });
});

describe('files that are not ordinary files', () => {
  it('a named pipe in a collection or in content/media/ is refused by name, without blocking the check', () => {
    execFileSync('mkfifo', [
      path.join(f.root, 'content/news/en/pipe.mdx'),
      path.join(f.root, 'content/media/pipe.jpg'),
    ]);
    try {
      const { lines } = f.check();
      expect(lines).toContain(
        'content/news/en/pipe.mdx: is a named pipe, not an ordinary file; content/ may hold only text files and images, so delete it.',
      );
      expect(lines).toContain(
        'content/media/pipe.jpg: this file is a named pipe, socket or device, not an ordinary file; content/ may hold only text files and images, so delete it.',
      );
    } finally {
      fs.rmSync(path.join(f.root, 'content/news/en/pipe.mdx'));
      fs.rmSync(path.join(f.root, 'content/media/pipe.jpg'));
    }
  });
});

describe('text nested deeper than a reader can follow', () => {
  it('thousands of nested tags or quotes give one line naming the file, not a crash', () => {
    expect(appended(`${'<span>'.repeat(10000)}x${'</span>'.repeat(10000)}`)).toEqual([
      `${NEWS}: this text is nested too deeply to be read (quotes, lists or tags inside each other thousands of times); write it with less nesting.`,
    ]);
  });
});

describe('every file in content/media/ is checked, and legitimate encodings are accepted', () => {
  it('a hidden file in content/media/ is refused by name, not skipped', () => {
    f.write('content/media/.x.mjs', 'export default 1;\n');
    try {
      expect(f.check().lines).toEqual([
        'content/media/.x.mjs: this file is not an image; use a .jpg, .jpeg, .png, .webp, .avif, .svg file (other files cannot be published).',
      ]);
    } finally {
      f.remove('content/media/.x.mjs');
    }
  });

  it('accepts a YAML file and an MDX file that start with a byte order mark and use Windows line endings', () => {
    const yaml = 'content/organisations/en/biom.yaml';
    const original = f.read(yaml);
    f.write(yaml, `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    try {
      expect(after(NEWS, (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`)).toEqual([]);
    } finally {
      f.write(yaml, original);
    }
  });
});

describe('an image in the text is a file in content/media/, never an address', () => {
  it.each([
    ['https://evil.example/pixel.png', 'a request to another site at run time'],
    ['/@fs/etc/passwd', 'a file outside content/'],
    ['/favicon.svg', 'a site file this check never sees'],
  ])('%s (%s)', (url) => {
    expect(appended(`![x](${url})`)).toEqual([
      `${NEWS}:13: the image "${url}" is a web or site address; images must be files in content/media/, written as a path from this file (e.g. ../../media/photos/x.jpg).`,
    ]);
  });

  it('an image with no path', () => {
    expect(appended('![x]()')).toEqual([
      `${NEWS}:13: the image has no path; write the path of a file in content/media/ between the brackets, e.g. ![alt](../../media/photos/x.jpg).`,
    ]);
  });
});

describe('a text entry too large to be a text', () => {
  it('is refused by its size, before it is read', () => {
    const file = 'content/news/en/huge.mdx';
    f.write(file, `---\ntitle: x\n---\n\n${'a'.repeat(1024 * 1024)}\n`);
    try {
      expect(f.check().lines).toEqual([
        `${file}: is 1.0 MB; a text entry may be at most 1 MB (the whole memorandum is a few kilobytes), so check that this is the right file or split it.`,
      ]);
    } finally {
      f.remove(file);
    }
  });
});

describe('links to clauses, as an editor writes them', () => {
  it('"#item-02" for an existing item is answered with the anchor to write, not "does not exist"', () => {
    expect(appended('See [item 2](#item-02).', 'content/clauses/en/item-01.mdx')).toEqual([
      'content/clauses/en/item-01.mdx:9: the link "#item-02" must name agreed item (2) as #item-2, without the leading zero; correct the link.',
    ]);
  });

  it('accepts a news text with https links, a clause link and Japanese full-width punctuation', () => {
    expect(
      appended('See [BioM](https://www.bio-m.org/) and [item 2](/en/mou/#item-2).\n\n「覚書」（2020年2月）：更新！？'),
    ).toEqual([]);
  });
});

describe('an address that hides which site it opens', () => {
  it('a Markdown link or a YAML url with a user name before the host', () => {
    expect(appended('[BioM](https://www.bio-m.org@evil.example/)')).toEqual([
      `${NEWS}:13: an address with a user name before the site (https://…@…) is not allowed in a Markdown link: it hides which site the link opens; write the plain address of the page.`,
    ]);
    const file = 'content/organisations/en/biom.yaml';
    const lines = after(file, (t) => t.replace(/^url: .*$/m, 'url: https://www.bio-m.org:x@evil.example/'));
    expect(lines).toEqual([
      `${file}: url: must be the plain address of the page, without a user name before the site (https://…@…), which hides which site the link opens (got "https://www.bio-m.org:x@evil.example/")`,
    ]);
  });

  it('is dropped at render time too', () => {
    expect(refusedAddress('https://www.bio-m.org@evil.example/')).toBe('@');
    expect(refusedAddress('https://www.bio-m.org/people/@biom')).toBeUndefined();
  });
});

describe('frontmatter is read from the same text Astro reads', () => {
  it('a byte order mark opening the file is skipped; one inside the frontmatter is text, as for Astro', () => {
    expect(parseFrontmatter('\uFEFF---\r\ntitle: b\r\n---\r\n').ok).toBe(true);
    expect(parseFrontmatter('---\n\uFEFF\ntitle: "b"\n---').ok).toBe(false);
  });
});

describe('text hygiene in logos', () => {
  it('an SVG whose text or attribute hides a bidi override is refused, naming the character', () => {
    f.write(
      'content/media/logos/x.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="1">Bio\u202EM</text><rect width="1" height="1" fill="#000\u200B"/></svg>',
    );
    try {
      expect(f.check().lines).toEqual([
        'content/media/logos/x.svg: the SVG has text that contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE; delete it: invisible characters can make text read differently from what is published; export it again as plain SVG (shapes and text only).',
      ]);
    } finally {
      f.remove('content/media/logos/x.svg');
    }
  });
});
