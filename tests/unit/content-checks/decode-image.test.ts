// Uploaded raster images are decoded completely by the content check, not judged by their header:
// a file cut short, a header with nothing behind it, an animation, or frames that add up to more
// pixels than the limit are refused with one line naming the file; ordinary photos still pass.
import fs from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_FORMATS, IMAGE_LIMITS, MAX_IMAGE_PIXELS } from '../../../src/content-policy/images';
import { CONTENT_TYPES } from '../../../src/deploy/headers.mjs';
import { contentFixture, repoRoot, type Fixture } from '../helpers';

const PHOTO = 'content/media/photos/group-photo.jpg';
const FRAMES_FIXTURE = `${repoRoot}/tests/unit/fixtures/images/frames-2100x2100x12.webp`;

let f: Fixture;
let original: Buffer;
beforeAll(() => {
  f = contentFixture();
  original = fs.readFileSync(`${f.root}/${PHOTO}`);
});
afterAll(() => f.cleanUp());

/** The problem lines with `bytes` in place of the group photo; the photo is restored afterwards. */
function linesWithPhoto(bytes: Buffer, name = PHOTO): string[] {
  const at = `${f.root}/${name}`;
  const before = fs.existsSync(at) ? fs.readFileSync(at) : undefined;
  fs.writeFileSync(at, bytes);
  try {
    return f.check().lines;
  } finally {
    if (before) fs.writeFileSync(at, before);
    else fs.rmSync(at);
  }
}

/** An animation of `frames` solid-colour frames, each width × height (lossless, so no frame merges into another). */
function animatedWebp(width: number, height: number, frames: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * frames * 3);
  for (let i = 0; i < frames; i++) raw.fill((i * 71) % 256, i * width * height * 3, (i + 1) * width * height * 3);
  return sharp(raw, { raw: { width, height: height * frames, channels: 3, pageHeight: height } })
    .webp({ lossless: true, effort: 0, loop: 0 })
    .toBuffer();
}

const DAMAGED =
  'is damaged or incomplete (its picture data ends early or cannot be decoded); export or copy it again from the original';
/** The photo's own line, and one for each language's entry that uses it. */
const damaged = [
  `${PHOTO}: this file ${DAMAGED}.`,
  ...['en', 'ja'].map(
    (l) =>
      `content/photos/${l}/group-photo.yaml: image: ${PHOTO} ${DAMAGED} (got "../../media/photos/group-photo.jpg")`,
  ),
];

describe('raster images are decoded at check time', () => {
  it('refuses a camera JPEG cut short, naming the file and what to do', () => {
    const cut = original.subarray(0, Math.floor(original.length * 0.45));
    expect(linesWithPhoto(cut)).toEqual(damaged);
  });

  it('refuses a JPEG that is only a header (with GPS EXIF), though its header gives a size', async () => {
    const withGps = await sharp(original)
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 31/1 0/1' } })
      .jpeg()
      .toBuffer();
    // The markers and the EXIF block, then the start of the scan data: a size, but no picture.
    const sos = withGps.indexOf(Buffer.from([0xff, 0xda]));
    expect(sos).toBeGreaterThan(0);
    expect(linesWithPhoto(withGps.subarray(0, sos + 20))).toEqual(damaged);
  });

  it('refuses a PNG and a WebP cut in half', async () => {
    const png = await sharp(original).png().toBuffer();
    const webp = await sharp(original).webp().toBuffer();
    for (const [bytes, name] of [
      [png.subarray(0, png.length >> 1), 'content/media/photos/cut.png'],
      [webp.subarray(0, webp.length >> 1), 'content/media/photos/cut.webp'],
    ] as const) {
      const lines = linesWithPhoto(bytes, name);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${name}: this file (is damaged or incomplete|cannot be read as a)`));
    }
  });

  it('refuses an animation, counting its frames', async () => {
    const name = 'content/media/photos/moving.webp';
    expect(linesWithPhoto(await animatedWebp(64, 48, 3), name)).toEqual([
      `${name}: this file is an animation (3 frames); photos and logos must be still images, so export a single frame as JPEG or PNG.`,
    ]);
  });

  it('counts pixels over every frame: 12 frames of 4.4 MP exceed the 50 MP limit that one frame is far below', async () => {
    const name = 'content/media/photos/frames.webp';
    expect(2100 * 2100).toBeLessThan(MAX_IMAGE_PIXELS);
    // Made once by animatedWebp(2100, 2100, 12): 640 bytes, but encoding its 53 megapixels took
    // over 20 s on a busy machine. Its header is what the check reads first.
    const frames = fs.readFileSync(FRAMES_FIXTURE);
    const meta = await sharp(frames, { animated: true }).metadata();
    expect([meta.width, meta.pageHeight, meta.pages]).toEqual([2100, 2100, 12]);
    expect(linesWithPhoto(frames, name)).toEqual([
      `${name}: this file is 2100 × 2100 pixels × 12 frames (52.9 megapixels); an image may have at most 50 megapixels, so scale it down (2400 pixels wide is plenty).`,
    ]);
  });

  it('accepts the real content', () => {
    expect(f.check().lines).toEqual([]);
  });

  // One test per format: each decodes a new file in a child process (and AVIF is slow to encode).
  it.each([
    ['png', 'content/media/photos/still.png'],
    ['webp', 'content/media/photos/still.webp'],
    ['avif', 'content/media/photos/still.avif'],
  ] as const)('accepts an ordinary still photo as %s', async (format, name) => {
    const bytes = await sharp(original).resize(300)[format]().toBuffer();
    expect(linesWithPhoto(bytes, name), format).toEqual([]);
  });

  it('gives the limits as data for the upload dialog', () => {
    expect(IMAGE_LIMITS).toMatchObject({ maxPixelsTimesFrames: 50_000_000, maxFrames: 1 });
    expect(IMAGE_LIMITS.extensions).toContain('.jpg');
    expect(IMAGE_LIMITS.extensions).not.toContain('.gif');
    expect(IMAGE_LIMITS.decodeDeadlineMs).toBeGreaterThan(0);
  });

  it('names one media type per upload format, the one the web server sends for its extensions', () => {
    for (const { mediaType, extensions } of Object.values(IMAGE_FORMATS))
      for (const extension of extensions)
        expect(CONTENT_TYPES[extension.slice(1) as keyof typeof CONTENT_TYPES], extension).toBe(mediaType);
    expect(IMAGE_LIMITS.mediaTypes).toEqual(Object.values(IMAGE_FORMATS).map((f) => f.mediaType));
  });
});
