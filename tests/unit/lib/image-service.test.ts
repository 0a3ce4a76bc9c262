// The site's image service converts, or fails naming the file: never the upload's bytes passed
// through ("used unoptimized"), never more than the first frame, never metadata, always upright.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import imageService, { uploadName } from '../../../src/lib/image-service';

const config = { service: { entrypoint: '', config: {} } } as never;
const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} } as never;
const SRC = '/@fs/work/x/content/media/photos/IMG_0001%20(1).JPG?origWidth=400&origHeight=300&origFormat=jpg';

const camera = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: '#356' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 31/1 0/1' } })
    .toBuffer();

describe('the image service', () => {
  it('names the upload by its path under content/, decoded', () => {
    expect(uploadName(SRC)).toBe('content/media/photos/IMG_0001 (1).JPG');
  });

  it('fails naming the file when an upload cannot be decoded completely, instead of passing it through', async () => {
    const cut = (await camera()).subarray(0, 400);
    await expect(
      imageService.transform(new Uint8Array(cut), { src: SRC, format: 'webp', width: 200 }, config, logger),
    ).rejects.toThrow(
      /^content\/media\/photos\/IMG_0001 \(1\)\.JPG could not be converted for the site \(.+\); export the image again as an ordinary JPEG or PNG and run the content check\.$/,
    );
  });

  it('writes upright variants without metadata, from the first frame only', async () => {
    for (const format of ['avif', 'webp', 'jpeg', 'png'] as const) {
      const { data } = await imageService.transform(
        new Uint8Array(await camera()),
        { src: SRC, format, width: 150 },
        config,
        logger,
      );
      const meta = await sharp(Buffer.from(data)).metadata();
      expect([meta.width, meta.height, meta.exif, meta.xmp, meta.orientation], format).toEqual([
        150,
        200,
        undefined,
        undefined,
        undefined,
      ]);
    }
    const frames = Buffer.alloc(40 * 30 * 3 * 4);
    for (let i = 0; i < 4; i++) frames.fill(i * 60, i * 3600, (i + 1) * 3600);
    const animated = await sharp(frames, { raw: { width: 40, height: 120, channels: 3, pageHeight: 30 } })
      .webp({ lossless: true, loop: 0 })
      .toBuffer();
    const { data } = await imageService.transform(
      new Uint8Array(animated),
      { src: SRC, format: 'webp' },
      config,
      logger,
    );
    const meta = await sharp(Buffer.from(data), { animated: true }).metadata();
    expect([meta.pages ?? 1, meta.width, meta.height]).toEqual([1, 40, 30]);
  });
});
