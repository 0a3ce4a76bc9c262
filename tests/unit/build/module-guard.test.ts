// Hostile content against the real `npm run build`, on a temporary copy of the project, with the
// content check switched off: the build's own guard (the Vite plugin) refuses a module written as
// a Markdown image and a symbolic link named .jpg, naming the file; dist/ is left as it was, and a
// marker file that the hostile module would write if it ever ran proves that it did not. (The
// content check refuses these and the other classes in-process:
// content-checks/hostile-fixtures.test.ts and content-checks/media.test.ts.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy';
import { LOCALES } from '../../../src/model/locales';

let copy: ProjectCopy;
let outside: string;
let marker: string;

const at = (file: string) => copy.at(file);
const write = (file: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(at(file)), { recursive: true });
  fs.writeFileSync(at(file), text);
};
const edit = (file: string, change: (text: string) => string) => {
  const before = fs.readFileSync(at(file), 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit changed nothing in ${file}`);
  fs.writeFileSync(at(file), after);
};
const setField = (file: string, field: string, value: string) =>
  edit(file, (t) => t.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`));
/** A module that leaves the marker behind if it is ever executed. */
const hostileModule = () =>
  `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default 'x';\n`;

const build = (env: Record<string, string> = {}) => copy.build(env);

function expectRefusedCleanly(status: number | null, output: string) {
  expect(status).not.toBe(0);
  expect(output).toContain('Build failed: dist/ was not changed');
  expect(fs.readFileSync(at('dist/index.html'), 'utf8')).toBe('previous build\n');
  expect(fs.readdirSync(at('dist')).sort()).toEqual(['index.html', 'marker.txt']);
  expect(fs.existsSync(marker), 'a hostile module ran during the build').toBe(false);
  expect(output).not.toContain('TOP-SECRET');
}

describe('hostile media and links in npm run build', () => {
  beforeAll(() => {
    copy = projectCopy('hostile-media');
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-outside-'));
    marker = path.join(outside, 'content-code-ran.marker');
    copy.seedPreviousDist();
    fs.cpSync(at('content'), path.join(outside, 'content-backup'), { recursive: true });
    fs.writeFileSync(path.join(outside, 'module.mjs'), hostileModule());
    fs.writeFileSync(at('secret.txt'), 'TOP-SECRET-FIRST-LINE\n');
  });
  afterEach(() => {
    fs.rmSync(at('content'), { recursive: true, force: true });
    fs.cpSync(path.join(outside, 'content-backup'), at('content'), { recursive: true });
    fs.rmSync(marker, { force: true });
  });
  afterAll(() => {
    copy.cleanUp();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('with the content check switched off, the build guard refuses a module written as a Markdown image', () => {
    write('content/media/x.mjs', hostileModule());
    for (const l of LOCALES) edit(`content/news/${l}/mou-renewal.mdx`, (t) => `${t}\n![x](../../media/x.mjs)\n`);
    const { status, output } = build({ CONTENT_CHECK_SKIP_FOR_TESTS: '1' });
    expect(output).toContain('the content check was skipped');
    expect(output).toMatch(
      /Refused to load a file from content\/ \(referred to by content\/news\/(ja|en)\/mou-renewal\.mdx\): content\/media\/x\.mjs is not an image/,
    );
    expectRefusedCleanly(status, output);
  }, 180_000);

  it('with the content check switched off, the build guard refuses a symbolic link named .jpg to a module', () => {
    fs.symlinkSync(path.join(outside, 'module.mjs'), at('content/media/logos/link.jpg'));
    for (const l of LOCALES) setField(`content/organisations/${l}/biom.yaml`, 'logo', '../../media/logos/link.jpg');
    const { status, output } = build({ CONTENT_CHECK_SKIP_FOR_TESTS: '1' });
    expect(output).toMatch(
      /Refused to load a file from content\/.*: content\/media\/logos\/link\.jpg is a symbolic link/,
    );
    expectRefusedCleanly(status, output);
  }, 180_000);
});
