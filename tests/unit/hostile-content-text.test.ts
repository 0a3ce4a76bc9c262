// Hostile content against the real `npm run build`, on a temporary copy of the project: markup
// injection, YAML tricks, invisible characters and dropped files are refused by the content check
// (in seconds, naming the file, dist/ untouched, no content code run); a rename between builds
// works without touching caches; and with the check removed altogether, the render-time
// sanitizer still keeps injected markup out of the pages.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

let copy: ProjectCopy;
const at = (file: string) => copy.at(file);
const read = (file: string) => copy.read(file);
const write = (file: string, text: string) => copy.write(file, text);
/** Written only if content code ran during the build. */
const MARKER = () => at('content-code-ran.txt');

const build = () => copy.build();

/**
 * Applies the changes (null removes the file), builds, and restores every file touched. Each
 * change sees the files as they were before any change.
 */
function buildWith(changes: Record<string, (text: string) => string | null>) {
  const originals = new Map<string, string | undefined>();
  for (const file of Object.keys(changes)) originals.set(file, fs.existsSync(at(file)) ? read(file) : undefined);
  for (const [file, change] of Object.entries(changes)) {
    const after = change(originals.get(file) ?? '');
    if (after === null) fs.rmSync(at(file), { force: true });
    else write(file, after);
  }
  try {
    return build();
  } finally {
    for (const [file, before] of originals) {
      if (before === undefined) fs.rmSync(at(file), { force: true });
      else write(file, before);
    }
  }
}

function expectRefused({ status, output }: { status: number | null; output: string }, line: RegExp) {
  expect(status).not.toBe(0);
  expect(output).toMatch(line);
  expect(output).toContain('Build failed: dist/ was not changed');
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace without DEBUG=1
  expect(read('dist/index.html')).toBe('previous build\n');
  expect(fs.existsSync(MARKER())).toBe(false);
}

const NEWS_EN = 'content/news/en/mou-renewal.mdx';
const ITEM = (locale: string, ext: string) => `content/clauses/${locale}/item-11.${ext}`;
/** An expression that would leave the marker file if MDX were ever run. */
const RUN_MARKER = `{(await import('node:fs')).writeFileSync(${JSON.stringify('content-code-ran.txt')}, 'ran')}`;

// Every test here spawns `npm run build`. Even a refusal at the content check starts npm, Node and
// Astro: 4.4 s seen on a busy 2-core machine, too near a third of the in-process default of 20 s.
describe('npm run build with hostile content', { timeout: 180_000 }, () => {
  beforeAll(() => {
    copy = projectCopy('hostile-text');
    fs.mkdirSync(at('dist'));
    write('dist/index.html', 'previous build\n');
  });
  afterAll(() => copy.cleanUp());

  it('refuses an Astro directive that would insert a redirect, without running the MDX', () => {
    expectRefused(
      buildWith({
        [NEWS_EN]: (t) =>
          `${t.trimEnd()}\n\n<span set:html="<meta http-equiv='refresh' content='0;url=https://evil.example/'>">x</span>\n\n${RUN_MARKER}\n`,
      }),
      /content\/news\/en\/mou-renewal\.mdx:\d+: <span set:html>: directives and prefixed attributes/,
    );
  });

  it('refuses an unquoted impossible date and an invisible character, naming file and field', () => {
    const result = buildWith({
      'content/ceremony/ja/signing-ceremony.mdx': (t) => t.replace(/^date:.*$/m, 'date: 2020-02-30'),
      'content/participants/en/kono.yaml': (t) => t.replace('role: Life', 'role: Li\u202efe'),
    });
    expectRefused(
      result,
      /content\/ceremony\/ja\/signing-ceremony\.mdx:\d+: date: is not a real calendar date \(got "2020-02-30"\)/,
    );
    expect(result.output).toContain(
      'content/participants/en/kono.yaml: role: contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE',
    );
  });

  it('refuses a comment that would hide the rest of the page in plain Markdown, and a file it would drop', () => {
    const clause = read(ITEM('en', 'mdx'));
    const result = buildWith({
      [ITEM('en', 'md')]: () => clause.replace(/---\n\n/, '---\n\n<!-- hides the rest\n\n'),
      [ITEM('en', 'mdx')]: () => null,
      'content/clauses/en/item-12.MDX': () => clause,
    });
    expectRefused(
      result,
      /content\/clauses\/en\/item-11\.md:\d+: HTML comments \(<!-- … -->\) are not allowed in content/,
    );
    expect(result.output).toContain('content/clauses/en/item-12.MDX: the extension .MDX must be written in lower case');
  });

  it('a failure after the content check prints no stack trace unless DEBUG=1', () => {
    const page = 'src/pages/zz-broken.astro';
    const { status, output } = buildWith({ [page]: () => "---\nthrow new Error('deliberate failure');\n---\n" });
    expect(status).not.toBe(0);
    expect(output).toContain('deliberate failure');
    expect(output).toContain('(stack trace left out; run with DEBUG=1 to see it)');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(read('dist/index.html')).toBe('previous build\n');
  });

  it('builds again after a clause is renamed from .mdx to .md, without deleting any cache', () => {
    expect(build().status).toBe(0);
    for (const locale of ['ja', 'en']) fs.renameSync(at(ITEM(locale, 'mdx')), at(ITEM(locale, 'md')));
    try {
      const { status, output } = build();
      expect(output).toContain('Build complete: dist/ now holds the new site.');
      expect(status).toBe(0);
      expect(read('dist/en/mou/index.html')).toContain('setting up a company');
    } finally {
      for (const locale of ['ja', 'en']) fs.renameSync(at(ITEM(locale, 'md')), at(ITEM(locale, 'mdx')));
    }
  }, 600_000);

  it('with the content check removed, the render-time sanitizer still keeps injected markup out', () => {
    const checks = 'src/integrations/content-checks.mjs';
    const clause = read(ITEM('en', 'mdx'));
    const { status, output } = buildWith({
      // A gap in the check, at its widest: no check at all.
      [checks]: () => "export default function contentChecks() { return { name: 'content-checks', hooks: {} }; }\n",
      [NEWS_EN]: (t) =>
        `${t.trimEnd()}\n\nInjected <span set:html="<meta http-equiv='refresh' content='0'>" onmouseover="alert(1)" class="x">mdx-probe</span> [link](javascript:alert(1)).\n`,
      [ITEM('en', 'md')]: () =>
        `${clause.trimEnd()}\n\n<div onmouseover="alert(2)" style="x"><q cite="//evil.example/">md-probe</q></div>\n\n<script>alert(3)</script>\n\n<!-- hides the rest\n`,
      [ITEM('en', 'mdx')]: () => null,
    });
    expect(output).toContain('Build complete');
    expect(status).toBe(0);
    const home = read('dist/en/index.html');
    const mou = read('dist/en/mou/index.html');
    // What is left of the injection: the words, in bare elements.
    expect(home).toContain('<p>Injected <span>mdx-probe</span> <a>link</a>.</p>');
    expect(mou).toContain('<div><q>md-probe</q></div>');
    for (const page of [home, mou]) {
      for (const injected of [
        'refresh',
        'onmouseover',
        'alert(',
        'set:html',
        'javascript:',
        'evil.example',
        'hides the rest',
      ])
        expect(page, injected).not.toContain(injected);
    }
  }, 600_000);
});
