// What the build does with the images it wrote, on small folders made here: which addresses a page
// gives, which unreferenced images it removes, and which published files it refuses as leaks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  imageAddressesOfPage,
  leakingImages,
  removeUnreferencedImages,
} from '../../../src/integrations/unreferenced-images';

let root: string;
const write = (file: string, bytes: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), bytes);
};
const exists = (file: string) => fs.existsSync(path.join(root, file));
const pixels = (format: 'jpeg' | 'png' | 'webp') =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#336699' } })
    .toFormat(format)
    .toBuffer();

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'unreferenced-images-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the image addresses of a page', () => {
  it('are every address the server sends as an image, in any case and with a query, and no other file', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" href="/favicon.svg"><link rel="icon" href="/favicon.ICO?v=2">
      <link rel="preload" href="/_astro/font.woff2" as="font">
      <meta property="og:image" content="https://example.org/og/mou.png">
      <script type="application/ld+json">{"logo": "/logo.GIF", "url": "/mou/", "text": "notes.txt"}</script>
      </head><body><img src="/_astro/a.JPG#x" srcset="/_astro/a-2x.webp 2x"></body></html>`;
    expect(imageAddressesOfPage(html).sort()).toEqual(
      [
        '/favicon.svg',
        '/favicon.ICO?v=2',
        'https://example.org/og/mou.png',
        '/logo.GIF',
        '/_astro/a.JPG#x',
        '/_astro/a-2x.webp',
      ].sort(),
    );
  });
});

describe('removing unreferenced images', () => {
  it('removes a photo no page or text names, and keeps the referenced ones, SVG files and other files', async () => {
    const dist = path.join(root, 'remove');
    write('remove/index.html', '<img src="/_astro/used.webp"><a href="/_astro/used.css">x</a>');
    write('remove/_astro/used.css', 'body { background: url(/_astro/in-css.PNG) }');
    write('remove/_astro/used.webp', await pixels('webp'));
    write('remove/_astro/in-css.PNG', await pixels('png'));
    write('remove/_astro/IMG_0001.JPG', await pixels('jpeg'));
    write('remove/_astro/drawing.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('remove/_astro/data.bin', 'x');
    const removed = await removeUnreferencedImages(dist);
    expect(removed.map((r) => r.file)).toEqual(['_astro/IMG_0001.JPG']);
    expect(exists('remove/_astro/IMG_0001.JPG')).toBe(false);
    for (const kept of ['used.webp', 'in-css.PNG', 'drawing.svg', 'data.bin'])
      expect(exists(`remove/_astro/${kept}`), kept).toBe(true);
  });
});

describe('published files that leak an upload', () => {
  it('name a photo upload published unchanged under any name, and a published image with camera metadata', async () => {
    const photo = await pixels('jpeg');
    write('leak/media/photos/group.jpg', photo);
    write('leak/media/logos/city.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('leak/dist/_astro/group.jpg', photo);
    write('leak/dist/og/renamed.bin', photo);
    write('leak/dist/logos/city.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('leak/dist/_astro/clean.webp', await pixels('webp'));
    write(
      'leak/dist/_astro/with-exif.JPEG',
      await sharp(await pixels('png'))
        .withExif({ IFD0: { Copyright: 'photographer' } })
        .jpeg()
        .toBuffer(),
    );
    const problems = await leakingImages(path.join(root, 'leak/dist'), path.join(root, 'leak/media'));
    expect(problems.sort()).toEqual([
      '_astro/group.jpg is the upload content/media/photos/group.jpg unchanged; only converted variants may be published.',
      '_astro/with-exif.JPEG carries EXIF metadata.',
      'og/renamed.bin is the upload content/media/photos/group.jpg unchanged; only converted variants may be published.',
    ]);
  });
});
