// Variants of the hostile-input classes (hostile-input.test.ts) beyond the first examples: an
// image written as a reference, invisible characters by Unicode class rather than by list, files
// that are not ordinary files, and text nested deeper than any reader's stack. Each is refused with one line
// naming the file, and never crashes the check.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedAddress } from '../../../src/content-policy/html';
import { parseFrontmatter } from '../../../src/content-checks/frontmatter';
import { scanMarkdownBody } from '../../../src/content-checks/mdx';
import { hygieneIssues } from '../../../src/content-policy/text-hygiene';
import { contentFixture, linesAfter, type Fixture } from '../helpers';

const NEWS = 'content/news/en/mou-renewal.mdx';

let f: Fixture;
beforeAll(() => {
  f = contentFixture();
});
afterAll(() => f.cleanUp());

/** The problems after one temporary change; the file is restored afterwards. */
const after = (file: string, change: (text: string) => string) => linesAfter(f, file, change);
const appended = (extra: string, file = NEWS) => after(file, (t) => `${t.trimEnd()}\n\n${extra}\n`);

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
