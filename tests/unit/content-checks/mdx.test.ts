import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedAddress, scanMarkdownBody } from '../../../src/content-checks/mdx';
import { MDX_COMPONENT_ALLOWLIST } from '../../../src/content-policy/components';
import { contentFixture, type Fixture } from '../helpers';

const NEWS = 'content/news/en/mou-renewal.mdx';
const CLAUSE_MD = 'content/clauses/en/item-01.md';

/** Appends `extra` to the end of the English announcement and returns the problems the check reports. */
function withBody(f: Fixture, extra: string, file = NEWS): string[] {
  const original = f.read(file);
  f.write(file, `${original.trimEnd()}\n\n${extra}\n`);
  try {
    return f.check().lines;
  } finally {
    f.write(file, original);
  }
}

describe('MDX is content, not code', () => {
  let f: Fixture;
  let bodyEnd: number;
  beforeAll(() => {
    f = contentFixture();
    bodyEnd = f.read(NEWS).trimEnd().split('\n').length + 2; // line of the appended text
  });
  afterAll(() => f.cleanUp());

  it('refuses {process.env.SECRET} with file, line and a sentence', () => {
    expect(withBody(f, '{process.env.SECRET}')).toEqual([
      `${NEWS}:${bodyEnd}: "{process.env.SECRET}": expressions in curly braces are not allowed in content; it is never run as code (write \\{ to show a literal brace).`,
    ]);
  });

  it('refuses an expression inside a paragraph', () => {
    expect(withBody(f, 'The total is {1 + 1} parties.')).toEqual([
      `${NEWS}:${bodyEnd}: "{1 + 1}": expressions in curly braces are not allowed in content; it is never run as code (write \\{ to show a literal brace).`,
    ]);
  });

  it('refuses import', () => {
    expect(withBody(f, "import Secret from '../../src/secret.ts'")).toEqual([
      `${NEWS}:${bodyEnd}: "import Secret from '../../src/secret.ts'": import and export are not allowed in content; content is text, and the allowed components need no import.`,
    ]);
  });

  it('refuses export', () => {
    expect(withBody(f, 'export const x = process.env.SECRET')).toEqual([
      `${NEWS}:${bodyEnd}: "export const x = process.env.SECRET": import and export are not allowed in content; content is text, and the allowed components need no import.`,
    ]);
  });

  it.each(['script', 'style', 'iframe'])('refuses <%s>', (tag) => {
    expect(withBody(f, `<${tag}></${tag}>`)).toEqual([
      `${NEWS}:${bodyEnd}: <${tag}> is not allowed in content: content cannot contain scripts, styles or embedded frames.`,
    ]);
  });

  it('refuses an event-handler attribute', () => {
    expect(withBody(f, '<span onClick="steal()">click</span>')).toEqual([
      `${NEWS}:${bodyEnd}: <span onClick=…>: event handler attributes (on…) are not allowed in content; content cannot run scripts.`,
    ]);
  });

  it('refuses an unknown component', () => {
    expect(MDX_COMPONENT_ALLOWLIST).not.toContain('Secret');
    expect(withBody(f, '<Secret />')).toEqual([
      `${NEWS}:${bodyEnd}: <Secret> is not a component content may use (allowed: none yet); ask a developer to add it to src/content-policy/components.ts.`,
    ]);
  });

  it('refuses attribute values in curly braces', () => {
    expect(withBody(f, '<span title={process.env.SECRET}>x</span>')).toEqual([
      `${NEWS}:${bodyEnd}: <span title={…}>: attribute values in curly braces are not allowed in content; write the value in quotes.`,
    ]);
  });

  it('refuses a javascript: Markdown link', () => {
    expect(withBody(f, '[the city](javascript:alert(1))')).toEqual([
      `${NEWS}:${bodyEnd}: a javascript: address is not allowed in a Markdown link: links must point to web pages (https://…) or pages of this site.`,
    ]);
  });

  it('refuses a data: Markdown image', () => {
    expect(withBody(f, '![logo](data:image/svg+xml;base64,PHN2Zz4=)')).toEqual([
      `${NEWS}:${bodyEnd}: a data: address is not allowed in a Markdown image: links must point to web pages (https://…) or pages of this site.`,
    ]);
  });

  it('refuses a javascript: link definition, whatever its case', () => {
    expect(withBody(f, '[city]\n\n[city]: JavaScript:alert(1)')).toEqual([
      `${NEWS}:${bodyEnd + 2}: a javascript: address is not allowed in a Markdown link: links must point to web pages (https://…) or pages of this site.`,
    ]);
  });

  it('refuses a javascript: JSX attribute, even when obfuscated', () => {
    expect(withBody(f, '<q cite="java&#x09;script:alert(1)">x</q>')).toEqual([
      `${NEWS}:${bodyEnd}: a javascript: address is not allowed in the cite attribute of <q>: links must point to web pages (https://…) or pages of this site.`,
    ]);
  });

  it('refuses a javascript: autolink in plain Markdown (.md)', () => {
    f.write(CLAUSE_MD, f.read('content/clauses/en/item-01.mdx'));
    f.remove('content/clauses/en/item-01.mdx');
    try {
      const line = f.read(CLAUSE_MD).trimEnd().split('\n').length + 2;
      expect(withBody(f, '<javascript:alert(1)>', CLAUSE_MD)).toEqual([
        `${CLAUSE_MD}:${line}: a javascript: address is not allowed in a Markdown link: links must point to web pages (https://…) or pages of this site.`,
      ]);
    } finally {
      f.write('content/clauses/en/item-01.mdx', f.read(CLAUSE_MD));
      f.remove(CLAUSE_MD);
    }
  });

  it('reads an autolink-like <javascript:…> in MDX as a broken tag and refuses it', () => {
    const [line] = withBody(f, '<javascript:alert(1)>');
    expect(line).toMatch(
      new RegExp(`^${NEWS}:${bodyEnd}: this MDX cannot be read \\(.+\\); check for an unclosed tag`),
    );
  });

  it('refuses raw <script> and on* handlers in plain Markdown (.md)', () => {
    expect(scanMarkdownBody('<div onmouseover="x()">hi</div>\n\n<script>alert(1)</script>\n', { mdx: false })).toEqual([
      {
        line: 1,
        message:
          '<div onmouseover=…>: event handler attributes (on…) are not allowed in content; content cannot run scripts.',
      },
      {
        line: 3,
        message: '<script> is not allowed in content: content cannot contain scripts, styles or embedded frames.',
      },
    ]);
  });

  it('refuses other active HTML in plain Markdown (.md)', () => {
    expect(scanMarkdownBody('<object data="x.swf"></object>\n', { mdx: false })).toEqual([
      { line: 1, message: '<object> is not an HTML element content may use; write it in Markdown instead.' },
    ]);
  });

  it('refuses an image in the text whose file does not exist, and accepts one that does', () => {
    expect(withBody(f, '![Group photo](../../media/photos/missing.jpg)')).toEqual([
      `${NEWS}:${bodyEnd}: there is no image file at content/media/photos/missing.jpg (the path "../../media/photos/missing.jpg" is relative to this file; images live in content/media/).`,
    ]);
    expect(withBody(f, '![Group photo](../../media/photos/group-photo.jpg)')).toEqual([]);
  });

  it('allows ordinary Markdown: emphasis, lists, https links, harmless HTML', () => {
    expect(
      scanMarkdownBody('**Bold**, _em_, [link](https://www.city.kawasaki.jp/), <sup>1</sup>\n\n- a\n- b\n', {
        mdx: true,
      }),
    ).toEqual([]);
  });

  it('never evaluates an expression', () => {
    process.env.CONTENT_CHECK_CANARY = 'leaked';
    try {
      const findings = scanMarkdownBody('{process.env.CONTENT_CHECK_CANARY}', { mdx: true });
      expect(JSON.stringify(findings)).not.toContain('leaked');
    } finally {
      delete process.env.CONTENT_CHECK_CANARY;
    }
  });

  it('reads addresses as a browser does: whitespace and control characters do not hide a scheme', () => {
    expect(refusedAddress(' java\nscript:alert(1)')).toBe('javascript:');
    expect(refusedAddress('\u0001\u0020javascript:alert(1)')).toBe('javascript:');
    expect(refusedAddress('java\tscript:alert(1)')).toBe('javascript:');
    expect(refusedAddress('DATA:text/html,x')).toBe('data:');
    expect(refusedAddress('VBScript:x')).toBe('vbscript:');
    expect(refusedAddress('http://example.org/')).toBe('http:');
    expect(refusedAddress('file:///etc/passwd')).toBe('file:');
    expect(refusedAddress('mailto:a@example.org')).toBe('mailto:');
    expect(refusedAddress('//evil.example/')).toBe('//');
    expect(refusedAddress('/\\evil.example/')).toBe('//');
    expect(refusedAddress('https://example.org/javascript:')).toBeUndefined();
    expect(refusedAddress('/mou/#item-7')).toBeUndefined();
    expect(refusedAddress('#item-7')).toBeUndefined();
    expect(refusedAddress('../../media/photos/group-photo.jpg')).toBeUndefined();
  });
});
