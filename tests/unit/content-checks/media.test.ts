// Nothing under content/ is ever executed, and no file outside content/media/ is published: the
// content check's media rules and the build's Vite guard (its hooks called directly, without the
// content check), each on the attack it exists for. The SVG allowlist: content-policy/svg.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as checks from '../../../src/content-checks/index';
import { mediaFileProblem, sniffImageFormat } from '../../../src/content-checks/media';
import { MAX_IMAGE_PIXELS } from '../../../src/content-policy/images';
import { contentModuleGuard } from '../../../src/integrations/content-checks.mjs';
import { contentFixture, repoRoot, setField, type Fixture } from '../helpers';
import { LOCALES } from '../../../src/model/locales';

const JS = "import fs from 'node:fs';\nfs.writeFileSync('/tmp/never-written', '');\nexport default 1;\n";
/** A PNG header (signature and IHDR) claiming the given size: enough for a reader to see the dimensions. */
function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

let f: Fixture;
let outside: string;
beforeEach(() => {
  f = contentFixture();
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-content-'));
  fs.writeFileSync(path.join(outside, 'module.mjs'), JS);
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'TOP-SECRET-FIRST-LINE\n');
});
afterEach(() => {
  f.cleanUp();
  fs.rmSync(outside, { recursive: true, force: true });
});
const at = (file: string) => path.join(f.root, file);

describe('the content check refuses media that is not a safe image', () => {
  it('tells image formats by their bytes, not their names', () => {
    const jpeg = fs.readFileSync(path.join(repoRoot, 'content/media/photos/group-photo.jpg'));
    expect(sniffImageFormat(jpeg)).toBe('jpeg');
    expect(sniffImageFormat(pngHeader(1, 1))).toBe('png');
    expect(sniffImageFormat(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImageFormat(Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1'))).toBe('avif');
    expect(sniffImageFormat(Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0isom'))).toBeUndefined();
    expect(sniffImageFormat(Buffer.from(JS))).toBeUndefined();
    expect(sniffImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
  });

  it('a module referenced as a Markdown image, and the module itself', () => {
    f.write('content/media/x.mjs', JS);
    f.edit('content/news/en/mou-renewal.mdx', (t) => `${t}\n![x](../../media/x.mjs)\n`);
    const lines = f.check().lines;
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/news\/en\/mou-renewal\.mdx:\d+: content\/media\/x\.mjs is not an image; use a/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^content\/media\/x\.mjs: this file is not an image/));
  });

  it('JavaScript named .jpg, referenced from a YAML image field', () => {
    f.write('content/media/photos/evil.jpg', JS);
    for (const l of LOCALES)
      setField(f, `content/photos/${l}/group-photo.yaml`, 'image', '../../media/photos/evil.jpg');
    expect(f.check().lines).toContain(
      'content/photos/en/group-photo.yaml: image: content/media/photos/evil.jpg is named .jpg but is not a JPEG image; export it again as JPEG, or give it the extension of its format (got "../../media/photos/evil.jpg")',
    );
  });

  it('a symbolic link named .jpg that points at a module, wherever it is under content/', () => {
    fs.symlinkSync(path.join(outside, 'module.mjs'), at('content/media/logos/link.jpg'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), at('content/news/en/linked.mdx'));
    for (const l of LOCALES) setField(f, `content/organisations/${l}/biom.yaml`, 'logo', '../../media/logos/link.jpg');
    const { lines } = f.check();
    expect(lines).toContain(
      'content/media/logos/link.jpg: is a symbolic link; content/ may hold only real files, so put the file itself here.',
    );
    expect(lines).toContain(
      'content/news/en/linked.mdx: is a symbolic link; content/ may hold only real files, so put the file itself here.',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/organisations\/ja\/biom\.yaml: logo: content\/media\/logos\/link\.jpg is a symbolic link/,
      ),
    );
    expect(lines.join('\n')).not.toContain('TOP-SECRET');
  });

  it('?raw, ?url and #… suffixes on an image path', () => {
    f.edit('content/news/en/mou-renewal.mdx', (t) => `${t}\n![a](../../media/photos/group-photo.jpg?raw)\n`);
    f.edit('content/news/ja/mou-renewal.mdx', (t) => `${t}\n![a](../../media/photos/group-photo.jpg?url#x)\n`);
    const lines = f.check().lines;
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/news\/en\/mou-renewal\.mdx:\d+: the image path "\.\.\/\.\.\/media\/photos\/group-photo\.jpg\?raw" must be only the path of a file/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/news\/ja\/mou-renewal\.mdx:\d+: the image path .*\?url#x"/),
    );
  });

  it('a path that leaves content/media/ (to project or system files), without printing the file', () => {
    fs.writeFileSync(at('secret.txt'), 'TOP-SECRET-FIRST-LINE\n');
    for (const l of LOCALES) setField(f, `content/organisations/${l}/biom.yaml`, 'logo', '../../../secret.txt');
    for (const l of LOCALES)
      setField(f, `content/organisations/${l}/city-of-kawasaki.yaml`, 'logo', '../../../../../../../../etc/passwd');
    const { lines } = f.check();
    expect(lines).toContain(
      'content/organisations/en/biom.yaml: logo: the image path "../../../secret.txt" leads outside content/media/; images must be files in content/media/ (the path is relative to this file)',
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^content\/organisations\/ja\/city-of-kawasaki\.yaml: logo: the image path .* leads outside content\/media\//,
      ),
    );
    expect(lines.join('\n')).not.toMatch(/TOP-SECRET|root:/);
  });

  it('an image over the pixel limit, and one whose header cannot be read', () => {
    f.write('content/media/photos/huge.png', '');
    fs.writeFileSync(at('content/media/photos/huge.png'), pngHeader(10_000, 10_000));
    fs.writeFileSync(at('content/media/photos/broken.png'), pngHeader(0, 0).subarray(0, 10));
    const lines = f.check().lines;
    expect(lines).toContain(
      `content/media/photos/huge.png: this file is 10000 × 10000 pixels (100.0 megapixels); an image may have at most ${MAX_IMAGE_PIXELS / 1e6} megapixels, so scale it down (2400 pixels wide is plenty).`,
    );
    expect(lines).toContain(
      'content/media/photos/broken.png: this file cannot be read as a PNG image (its header is damaged or incomplete); export it again.',
    );
  });

  it('an image over the size limit, without reading it', () => {
    const file = at('content/media/photos/big.jpg');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 41 * 1024 * 1024);
    expect(mediaFileProblem(f.root, file)).toBe(
      'content/media/photos/big.jpg is 41.0 MB; an image may be at most 40 MB, so save it smaller.',
    );
  });

  it('a logo SVG with script, naming the reason', () => {
    f.write(
      'content/media/logos/biom.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(document.domain)</script></svg>',
    );
    expect(f.check().lines).toContain(
      'content/organisations/en/biom.yaml: logo: content/media/logos/biom.svg: the SVG has a <script> element, which is not allowed in a logo (allowed: shapes, text, groups, gradients, clip paths and masks); export it again as plain SVG (shapes and text only) (got "../../media/logos/biom.svg")',
    );
  });

  it('accepts the real photos and logos', () => {
    expect(f.check().problems).toEqual([]);
  });
});

describe('the build guard (Vite plugin) refuses to load anything from content/ but entries and safe images', () => {
  const guard = () => contentModuleGuard(f.root, checks);
  const resolve = (source: string, importer?: string) =>
    (guard().resolveId as (s: string, i?: string) => unknown).call({}, source, importer);
  const load = (id: string) => (guard().load as (id: string) => unknown).call({}, id);
  const news = () => at('content/news/en/mou-renewal.mdx');

  it('a module written as a Markdown image, with or without ?raw / ?url', () => {
    f.write('content/media/x.mjs', JS);
    for (const source of ['../../media/x.mjs', '../../media/x.mjs?raw', '../../media/x.mjs?url&inline'])
      expect(() => resolve(source, news())).toThrow(
        /^Refused to load a file from content\/ \(referred to by content\/news\/en\/mou-renewal\.mdx\): content\/media\/x\.mjs is not an image/,
      );
    expect(() => load(`${at('content/media/x.mjs')}?import`)).toThrow(/content\/media\/x\.mjs is not an image/);
  });

  it('JavaScript named .jpg', () => {
    f.write('content/media/evil.jpg', JS);
    expect(() => load(`${at('content/media/evil.jpg')}?astroContentImageFlag`)).toThrow(
      /content\/media\/evil\.jpg is named \.jpg but is not a JPEG image/,
    );
  });

  it('a symbolic link named .jpg to a module outside the project', () => {
    fs.symlinkSync(path.join(outside, 'module.mjs'), at('content/media/logos/link.jpg'));
    expect(() => resolve(at('content/media/logos/link.jpg'), undefined)).toThrow(
      /content\/media\/logos\/link\.jpg is a symbolic link/,
    );
  });

  it('content referring to files outside content/media/', () => {
    expect(() => resolve('../../../src/lib/seo.ts', news())).toThrow(
      /content\/news\/en\/mou-renewal\.mdx refers to "\.\.\/\.\.\/\.\.\/src\/lib\/seo\.ts", which is outside content\/media\//,
    );
    expect(() => resolve('../../../../../../../../etc/passwd', news())).toThrow(/outside content\/media\//);
  });

  it('a file under content/ that is neither an entry nor media', () => {
    f.write('content/news/en/helper.mjs', JS);
    expect(() => load(at('content/news/en/helper.mjs'))).toThrow(
      /content\/news\/en\/helper\.mjs is neither a content entry nor an image in content\/media\//,
    );
  });

  it('an unsafe SVG', () => {
    f.write('content/media/logos/biom.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(() => load(at('content/media/logos/biom.svg'))).toThrow(/the SVG has an event handler attribute \(onload\)/);
  });

  it('lets entries, real images and package imports through', () => {
    expect(load(news())).toBeNull();
    expect(load(`${news()}?astroPropagatedAssets`)).toBeNull();
    expect(resolve('../../media/photos/group-photo.jpg', at('content/photos/en/group-photo.yaml'))).toBeNull();
    expect(load(`${at('content/media/logos/biom.svg')}?astroContentImageFlag`)).toBeNull();
    expect(resolve('astro/jsx-runtime', news())).toBeNull();
    expect(load(path.join(repoRoot, 'src/lib/seo.ts'))).toBeNull();
  });
});
