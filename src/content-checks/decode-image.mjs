// Decodes one uploaded raster image in a child process of the content check and prints what it
// found as one line of JSON. A separate process because sharp is asynchronous while the check is
// not, and because a hostile file (a decompression bomb, a decoder bug) then costs this process,
// never the check or the build: the parent gives it a deadline and reads a crash as a refusal.
//   node decode-image.mjs <file> <max pixels × frames> <max frames>   (IMAGE_LIMITS, src/content-policy/images.ts)
// Output: {"ok":true,"width":…,"height":…,"frames":…}
//      or {"ok":false,"reason":"unreadable"|"too-large"|"animated"|"damaged","width"?,"height"?,"frames"?}
import fs from 'node:fs';
import sharp from 'sharp';

const [file, limitText, framesText] = process.argv.slice(2);
const maxPixels = Number(limitText);
const maxFrames = Number(framesText);
const say = (result) => process.stdout.write(`${JSON.stringify(result)}\n`);

sharp.cache(false);
const bytes = fs.readFileSync(file);
let width;
let height;
let frames;
try {
  // The header only (no pixels yet): the size of one frame and the number of frames.
  const meta = await sharp(bytes, { animated: true, limitInputPixels: false }).metadata();
  width = meta.width;
  height = meta.pageHeight ?? meta.height;
  frames = meta.pages ?? 1;
} catch {
  say({ ok: false, reason: 'unreadable' });
  process.exit(0);
}
if (!width || !height) {
  say({ ok: false, reason: 'unreadable' });
  process.exit(0);
}
// Every frame is pixels to decode: ten 4 MP frames cost what one 40 MP photo costs.
if (width * height * frames > maxPixels) {
  say({ ok: false, reason: 'too-large', width, height, frames });
  process.exit(0);
}
if (!(frames <= maxFrames)) {
  say({ ok: false, reason: 'animated', width, height, frames });
  process.exit(0);
}
try {
  // Every byte of picture data is read (a file cut short or damaged fails here, as it would when
  // the site converts it); the small output lets JPEG decode at a reduced scale, so it stays fast.
  await sharp(bytes, { failOn: 'error', limitInputPixels: maxPixels })
    .resize(256, 256, { fit: 'inside' })
    .raw()
    .toBuffer();
} catch {
  say({ ok: false, reason: 'damaged', width, height, frames });
  process.exit(0);
}
say({ ok: true, width, height, frames });
