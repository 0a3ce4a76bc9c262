// Whole-build tests: the real `npm run build` on a temporary copy of the project. Kept few: each
// failing build stops at the content check (a few seconds), one successful build checks the swap.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

let copy: ProjectCopy;

const at = (file: string) => copy.at(file);
const read = (file: string) => fs.readFileSync(at(file), 'utf8');

const build = (env: Record<string, string> = {}) => copy.build(env);

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

// Each test runs a whole build (17 s at most seen on a busy 2-core machine): a generous limit.
describe('npm run build', { timeout: 180_000 }, () => {
  beforeAll(() => {
    copy = projectCopy('build-test');
    copy.seedPreviousDist();
  });
  afterAll(() => copy.cleanUp());

  it('refuses {process.env.SECRET} in MDX without evaluating it, and leaves dist/ alone', () => {
    const { status, output } = buildWith(
      'content/news/en/mou-renewal.mdx',
      (t) => `${t.trimEnd()}\n\n{process.env.SECRET}\n`,
      { SECRET: 'do-not-leak-this' },
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/news\/en\/mou-renewal\.mdx:\d+: "\{process\.env\.SECRET\}": expressions in curly braces are not allowed in content/,
    );
    expect(output).toContain('Build failed: dist/ was not changed');
    expect(output).not.toContain('do-not-leak-this');
    expectPreviousDistUntouched();
  });

  it('refuses a schema error with file and field', () => {
    const { status, output } = buildWith('content/clauses/ja/item-07.mdx', (t) =>
      t.replace('number: 7', 'number: seven'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/clauses/ja/item-07.mdx: number: must be a whole number (got "seven")');
    expectPreviousDistUntouched();
  });

  it('refuses a language mismatch naming both files', () => {
    const { status, output } = buildWith('content/mou/en/memorandum.yaml', (t) =>
      t.replace('termYears: 3', 'termYears: 5'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/mou/ja/memorandum.yaml and content/mou/en/memorandum.yaml: termYears: the two languages disagree (ja: 3, en: 5)',
    );
    expectPreviousDistUntouched();
  });

  it('leaves dist/ alone when the build fails later, while pages are being written', () => {
    const page = at('src/pages/zz-broken.astro');
    fs.writeFileSync(page, "---\nthrow new Error('deliberate failure while rendering');\n---\n");
    try {
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain('deliberate failure while rendering');
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
});
