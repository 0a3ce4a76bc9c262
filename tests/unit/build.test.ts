// Whole-build tests: the real `npm run build` on a temporary copy of the project, only for what
// only a build proves: a refusal at the content check runs no content code and leaves dist/ alone;
// a failure later, while pages are written, leaves dist/ alone and prints no stack trace; a
// successful build swaps dist/ as a whole; and the next build after a clause's .mdx → .md rename
// works from the same cache. What the check refuses, and with which line, is proven in-process
// (hostile-fixtures, content-errors, bilingual, content-boundary).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

let copy: ProjectCopy;

const at = (file: string) => copy.at(file);
const read = (file: string) => fs.readFileSync(at(file), 'utf8');

const build = (env: Record<string, string> = {}) => copy.build(env);
/** Written only if content code ran during the build. */
const MARKER = 'content-code-ran.txt';
/** An expression that would leave the marker file if MDX were ever run. */
const RUN_MARKER = `{(await import('node:fs')).writeFileSync(${JSON.stringify(MARKER)}, 'ran')}`;
const ITEM = (locale: string, ext: string) => `content/clauses/${locale}/item-11.${ext}`;
/** A stack trace line, as Node prints one. */
const STACK_LINE = /\n\s+at .+:\d+:\d+/;

/** Runs a build with one file changed, then puts the file back. */
function buildWith(file: string, change: (text: string) => string, env: Record<string, string> = {}) {
  const original = read(file);
  fs.writeFileSync(at(file), change(original));
  try {
    return build(env);
  } finally {
    fs.writeFileSync(at(file), original);
  }
}

function expectPreviousDistUntouched() {
  expect(read('dist/index.html')).toBe('previous build\n');
  expect(fs.readdirSync(at('dist')).sort()).toEqual(['index.html', 'marker.txt']);
  expect(fs.existsSync(at('.build-tmp'))).toBe(false);
}

// Each test runs a whole build: up to 103.6 s (the rename) was seen with the load average at
// about 24 on a 2-core machine, so the limit is over three times that.
describe('npm run build', { timeout: 360_000 }, () => {
  beforeAll(() => {
    copy = projectCopy('build-test');
    copy.seedPreviousDist();
  });
  afterAll(() => copy.cleanUp());

  it('refuses {process.env.SECRET} and an import in MDX without evaluating either, and leaves dist/ alone', () => {
    const { status, output } = buildWith(
      'content/news/en/mou-renewal.mdx',
      (t) => `${t.trimEnd()}\n\n{process.env.SECRET}\n\n${RUN_MARKER}\n`,
      { SECRET: 'do-not-leak-this' },
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/news\/en\/mou-renewal\.mdx:\d+: "\{process\.env\.SECRET\}": expressions in curly braces are not allowed in content/,
    );
    expect(output).toContain('Build failed: dist/ was not changed');
    expect(output).not.toContain('do-not-leak-this');
    expect(output).not.toMatch(STACK_LINE); // no stack trace without DEBUG=1
    expect(fs.existsSync(at(MARKER)), 'content code ran during the build').toBe(false);
    expectPreviousDistUntouched();
  });

  it('leaves dist/ alone when the build fails later, while pages are being written, with no stack trace unless DEBUG=1', () => {
    const page = at('src/pages/zz-broken.astro');
    fs.writeFileSync(page, "---\nthrow new Error('deliberate failure while rendering');\n---\n");
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain('deliberate failure while rendering');
      expect(output).toContain('(stack trace left out; run with DEBUG=1 to see it)');
      expect(output).not.toMatch(STACK_LINE);
      expectPreviousDistUntouched();
    } finally {
      fs.rmSync(page);
    }
  });

  it('replaces dist/ as a whole when the build succeeds', () => {
    const { status, output } = build();
    expect(output).toContain('Build complete: dist/ now holds the new site.');
    expect(status).toBe(0);
    expect(read('dist/index.html')).toContain('<html');
    expect(fs.existsSync(at('dist/marker.txt'))).toBe(false);
    expect(fs.existsSync(at('dist/en/index.html'))).toBe(true);
    expect(fs.existsSync(at('.build-tmp'))).toBe(false);
  });

  // Runs after the successful build above, on its cache: that cache is what went stale before.
  it('builds again after a clause is renamed from .mdx to .md, without deleting any cache', () => {
    expect(fs.existsSync(at('dist/en/mou/index.html')), 'the build before the rename').toBe(true);
    for (const locale of ['ja', 'en']) fs.renameSync(at(ITEM(locale, 'mdx')), at(ITEM(locale, 'md')));
    try {
      const { status, output } = build();
      expect(output).toContain('Build complete: dist/ now holds the new site.');
      expect(status).toBe(0);
      expect(read('dist/en/mou/index.html')).toContain('setting up a company');
    } finally {
      for (const locale of ['ja', 'en']) fs.renameSync(at(ITEM(locale, 'md')), at(ITEM(locale, 'mdx')));
    }
  });
});
