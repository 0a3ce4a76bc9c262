// Hostile content against the real `npm run build`, on a temporary copy of the project: with the
// content check removed altogether, the render-time sanitizer still keeps injected markup out of
// the pages. (What the check refuses is proven in-process by
// content-checks/hostile-fixtures.test.ts; what a refused or failed build leaves behind, and the
// rename between builds, by npm-run-build.test.ts.)
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy';

let copy: ProjectCopy;
const at = (file: string) => copy.at(file);
const read = (file: string) => copy.read(file);
const write = (file: string, text: string) => copy.write(file, text);

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

const NEWS_EN = 'content/news/en/mou-renewal.mdx';
const ITEM = (locale: string, ext: string) => `content/clauses/${locale}/item-11.${ext}`;

// A whole, successful build: 56.5 s seen with the load average at about 20 on a 2-core machine.
describe('npm run build with hostile content', { timeout: 300_000 }, () => {
  beforeAll(() => {
    copy = projectCopy('hostile-text');
    fs.mkdirSync(at('dist'));
    write('dist/index.html', 'previous build\n');
  });
  afterAll(() => copy.cleanUp());

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
  });
});
