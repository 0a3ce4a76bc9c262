// A stand-in for a camera photo: a 24-megapixel (6000 × 4000) JPEG of 5–10 MB with the entropy of a
// real one (soft structure plus sensor-like grain), so image encoding costs what a real photo costs.
// It carries what a camera writes: EXIF with the camera's make and model and a GPS position, so
// the bench also shows that none of it is published. Deterministic (seeded), so benchmark runs
// compare like with like.
//   node scripts/bench/make-camera-photo.mjs <out.jpg>
import sharp from 'sharp';

export const CAMERA_PHOTO = { width: 6000, height: 4000 };

/** xorshift32: the same bytes on every run. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

export async function makeCameraPhoto(out, { seed = 24 } = {}) {
  const { width, height } = CAMERA_PHOTO;
  const next = random(seed);
  // Structure: a coarse random field, enlarged smoothly (shapes and gradients, as in a scene).
  const cw = 375;
  const ch = 250;
  const coarse = Buffer.alloc(cw * ch * 3);
  for (let i = 0; i < coarse.length; i++) coarse[i] = 40 + Math.floor(next() * 180);
  const base = await sharp(coarse, { raw: { width: cw, height: ch, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  // Grain: per-pixel noise, as a sensor adds at ordinary ISO.
  for (let i = 0; i < base.length; i++) {
    const v = base[i] + Math.floor((next() - 0.5) * 36);
    base[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  await sharp(base, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88, chromaSubsampling: '4:2:0' })
    .withExif({
      IFD0: { Make: 'Stand-in Camera', Model: 'Bench 24', Software: 'make-camera-photo.mjs' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 31/1 50/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '139/1 42/1 11/1',
      },
    })
    .toFile(out);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/bench/make-camera-photo.mjs <out.jpg>');
    process.exit(1);
  }
  await makeCameraPhoto(out);
}
