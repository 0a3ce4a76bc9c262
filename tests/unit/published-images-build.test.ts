// What only a real build proves about photos: a camera upload (GPS EXIF, rotated by its EXIF
// orientation, a name with a space and brackets) is published only as converted variants, none of
// them the upload's bytes or carrying its metadata, all upright, every address on every page
// resolving, and the structured data naming a variant; and an upload that cannot be decoded stops
// the build with the file's name even with the content check off, instead of being published unchanged.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageAddressesOfPage, distPathOf } from '../../src/integrations/unreferenced-images';
import { builtFiles } from '../../src/lib/built-html';
import { projectCopy, type ProjectCopy } from './helpers/project-copy';

const NAME = 'IMG_0001 (1).JPG';
const UPLOAD = `content/media/photos/${NAME}`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let copy: ProjectCopy;
let upload: Buffer;

/** A camera-like JPEG: stored 1600 × 1200 with EXIF orientation 6 (shown 1200 × 1600), GPS position, camera make. */
async function cameraJpeg(): Promise<Buffer> {
  const { width, height } = { width: 1600, height: 1200 };
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 31/1 0/1' } })
    .toBuffer();
}

function useUpload() {
  for (const l of ['ja', 'en']) {
    const file = `content/photos/${l}/group-photo.yaml`;
    const text = copy
      .read(file)
      .replace(/^image: .*$/m, `image: '../../media/photos/${NAME}'`)
      .replace(/^standIn: true$/m, 'standIn: false');
    copy.write(file, text);
  }
}

describe('photos in npm run build', { timeout: 400_000 }, () => {
  beforeAll(async () => {
    copy = projectCopy('published-images');
    upload = await cameraJpeg();
    expect((await sharp(upload).metadata()).exif).toBeDefined();
    copy.write(UPLOAD, upload);
    useUpload();
  });
  afterAll(() => copy.cleanUp());

  it('publishes a camera upload only as metadata-free, upright variants that every page address finds', async () => {
    const { status, output } = copy.build();
    expect(status, output.slice(-3000)).toBe(0);
    const dist = copy.at('dist');
    const files = builtFiles(dist);
    const images = files.filter((f) => /\.(avif|webp|jpe?g|png|gif)$/i.test(f));
    const fromUpload = images.filter((f) => path.posix.basename(f).startsWith('IMG_0001 (1).'));
    expect(fromUpload.length).toBeGreaterThanOrEqual(6);
    const uploadHash = sha(upload);
    for (const file of images) {
      const bytes = fs.readFileSync(path.join(dist, file));
      expect(sha(bytes), `${file} is the upload`).not.toBe(uploadHash);
      const meta = await sharp(bytes).metadata();
      expect([meta.exif, meta.xmp, meta.iptc], `${file} carries metadata`).toEqual([undefined, undefined, undefined]);
    }
    for (const file of fromUpload) {
      const meta = await sharp(path.join(dist, file)).metadata();
      expect(meta.height!, `${file} is not upright`).toBeGreaterThan(meta.width!);
    }
    // Every image address of every page names a file (the name holds a space and brackets: %20).
    let addresses = 0;
    for (const page of files.filter((f) => f.endsWith('.html'))) {
      for (const address of imageAddressesOfPage(fs.readFileSync(path.join(dist, page), 'utf8'))) {
        const target = distPathOf(address, page);
        if (target === undefined) continue;
        addresses++;
        expect(files, `${page}: ${address}`).toContain(target);
      }
    }
    expect(addresses).toBeGreaterThan(60);
    // The ceremony's structured data names a generated variant, never an upload's own address.
    const html = fs.readFileSync(path.join(dist, 'ceremony/index.html'), 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!);
    const event = ld['@graph'].find((n: { '@type': string }) => n['@type'] === 'Event');
    expect(event.image).toHaveLength(1);
    const variant = decodeURIComponent(new URL(event.image[0]).pathname).slice(1);
    expect(fromUpload).toContain(variant);
    expect(output).toContain('no published image is an upload or carries metadata');
  });

  it('with the content check off, the build guard still refuses an upload cut short, naming it', () => {
    // The image service's own refusal is proven in-process (image-service.test.ts); here the layer
    // before it: Vite's guard decodes every image a content file imports.
    copy.write(UPLOAD, upload.subarray(0, Math.floor(upload.length * 0.45)));
    copy.seedPreviousDist();
    const { status, output } = copy.build({ CONTENT_CHECK_SKIP_FOR_TESTS: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/media/photos/${NAME} is damaged or incomplete (its picture data ends early or cannot be decoded); export or copy it again from the original.`,
    );
    expect(output).not.toContain('used unoptimized');
    expect(output).toContain('Build failed: dist/ was not changed');
    expect(fs.readFileSync(copy.at('dist/index.html'), 'utf8')).toBe('previous build\n');
  });
});
