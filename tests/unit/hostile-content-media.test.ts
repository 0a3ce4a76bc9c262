// Hostile content against the real `npm run build`, on a temporary copy of the project: files that
// try to run code at build time, escape content/media/ or publish script. Each is refused with its
// file named, dist/ is left as it was, and a marker file that the hostile modules would write if
// they ever ran proves that none did. The content check refuses them all in one build; the
// build's own guard (the Vite plugin) is then proven alone, with the content check switched off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

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

  it('the content check refuses every class before anything is built, naming each file', () => {
    // A module under content/media/, written as a Markdown image, plain and with ?raw.
    write('content/media/x.mjs', hostileModule());
    edit('content/news/en/mou-renewal.mdx', (t) => `${t}\n![x](../../media/x.mjs)\n`);
    edit('content/news/ja/mou-renewal.mdx', (t) => `${t}\n![x](../../media/x.mjs?raw)\n`);
    // JavaScript named .jpg, as a YAML image.
    write('content/media/photos/evil.jpg', hostileModule());
    for (const l of ['ja', 'en'])
      setField(`content/photos/${l}/group-photo.yaml`, 'image', '../../media/photos/evil.jpg');
    // A symbolic link named .jpg pointing at a module outside the project, as a logo.
    fs.symlinkSync(path.join(outside, 'module.mjs'), at('content/media/logos/link.jpg'));
    for (const l of ['ja', 'en'])
      setField(`content/organisations/${l}/biom.yaml`, 'logo', '../../media/logos/link.jpg');
    // A logo path to a file outside content/ (its first line must never be printed).
    for (const l of ['ja', 'en'])
      setField(`content/organisations/${l}/city-of-kawasaki.yaml`, 'logo', '../../../secret.txt');
    // An SVG with script and an oversized image.
    write('content/media/placeholder.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const png = Buffer.alloc(33);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    png.write('IHDR', 12, 'ascii');
    png.writeUInt32BE(20_000, 16);
    png.writeUInt32BE(20_000, 20);
    write('content/media/photos/huge.png', png);
    // A link to a clause the memorandum does not have.
    edit('content/statements/en/accessibility.mdx', (t) => `${t}\nSee [item 12](/en/mou/#item-12).\n`);

    const { status, output } = build();
    expectRefusedCleanly(status, output);
    const expected = [
      /content\/news\/en\/mou-renewal\.mdx:\d+: content\/media\/x\.mjs is not an image/,
      /content\/news\/ja\/mou-renewal\.mdx:\d+: the image path "\.\.\/\.\.\/media\/x\.mjs\?raw" must be only the path of a file/,
      /content\/media\/x\.mjs: this file is not an image/,
      /content\/photos\/en\/group-photo\.yaml: image: content\/media\/photos\/evil\.jpg is named \.jpg but is not a JPEG image/,
      /content\/media\/logos\/link\.jpg: is a symbolic link/,
      /content\/organisations\/ja\/biom\.yaml: logo: content\/media\/logos\/link\.jpg is a symbolic link/,
      /content\/organisations\/en\/city-of-kawasaki\.yaml: logo: the image path "\.\.\/\.\.\/\.\.\/secret\.txt" leads outside content\/media\//,
      /content\/media\/placeholder\.svg: the SVG has an event handler attribute \(onload\)/,
      /content\/media\/photos\/huge\.png: this file is 20000 × 20000 pixels/,
      /content\/statements\/en\/accessibility\.mdx:\d+: the link "\/en\/mou\/#item-12" goes to agreed item \(12\)/,
    ];
    for (const line of expected) expect(output).toMatch(line);
    expect(output).toContain('Nothing was built.');
  }, 180_000);

  it('with the content check switched off, the build guard refuses a module written as a Markdown image', () => {
    write('content/media/x.mjs', hostileModule());
    for (const l of ['ja', 'en']) edit(`content/news/${l}/mou-renewal.mdx`, (t) => `${t}\n![x](../../media/x.mjs)\n`);
    const { status, output } = build({ CONTENT_CHECK_SKIP_FOR_TESTS: '1' });
    expect(output).toContain('the content check was skipped');
    expect(output).toMatch(
      /Refused to load a file from content\/ \(referred to by content\/news\/(ja|en)\/mou-renewal\.mdx\): content\/media\/x\.mjs is not an image/,
    );
    expectRefusedCleanly(status, output);
  }, 180_000);

  it('with the content check switched off, the build guard refuses a symbolic link named .jpg to a module', () => {
    fs.symlinkSync(path.join(outside, 'module.mjs'), at('content/media/logos/link.jpg'));
    for (const l of ['ja', 'en'])
      setField(`content/organisations/${l}/biom.yaml`, 'logo', '../../media/logos/link.jpg');
    const { status, output } = build({ CONTENT_CHECK_SKIP_FOR_TESTS: '1' });
    expect(output).toMatch(
      /Refused to load a file from content\/.*: content\/media\/logos\/link\.jpg is a symbolic link/,
    );
    expectRefusedCleanly(status, output);
  }, 180_000);
});
