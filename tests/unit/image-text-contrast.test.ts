// WCAG 1.4.3 for text inside images, which axe-core cannot read: the stand-in photos and logos
// (scripts/make-stand-ins.mjs) draw their labels in one dark colour on flat light backgrounds.
// Measured from the pixels of the files the site ships (SVGs drawn at 4× so that the blended
// pixels at edges stay below the share): the colours that cover at least 0.5 % of
// the image are its text and its backgrounds; the darkest is the text (dark on light, as drawn),
// and it must reach 4.5:1 against every other one. Real photos replacing the stand-ins are not
// flat cards: their text, if any, is judged by hand (docs/accessibility-testing.md, M2).
import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';

const luminance = ([r, g, b]: number[]) =>
  [r!, g!, b!]
    .map((v) => v / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** The colours covering at least `share` of the image, quantised to 16 levels a channel . */
async function mainColours(file: string, share = 0.005): Promise<number[][]> {
  const { data, info } = await sharp(file, { density: 288 })
    .flatten({ background: '#ffffff' })

    .raw()
    .toBuffer({
      resolveWithObject: true,
    });
  // 16 levels a channel: 4096 buckets, each with its pixel count and channel sums.
  const n = new Uint32Array(4096);
  const sums = new Float64Array(4096 * 3);
  for (let i = 0; i < data.length; i += info.channels) {
    const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
    n[key]! += 1;
    for (let c = 0; c < 3; c++) sums[key * 3 + c]! += data[i + c]!;
  }
  const counts = [...n.keys()]
    .filter((key) => n[key]! > 0)
    .map((key) => ({ n: n[key]!, sum: [0, 1, 2].map((c) => sums[key * 3 + c]!) }));
  const total = info.width * info.height;
  // Neighbouring buckets of one drawn colour (JPEG noise, edges) are merged: colours closer than
  // 48 in RGB are one colour, the mean of its pixels.
  const clusters: { n: number; sum: number[] }[] = [];
  const mean = (e: { n: number; sum: number[] }) => e.sum.map((v) => v / e.n);
  for (const entry of counts.sort((a, b) => b.n - a.n)) {
    const near = clusters.find((c) => Math.hypot(...mean(c).map((v, i) => v - mean(entry)[i]!)) < 48);
    if (near) {
      near.n += entry.n;
      entry.sum.forEach((v, i) => (near.sum[i]! += v));
    } else clusters.push({ n: entry.n, sum: [...entry.sum] });
  }
  return clusters.filter((e) => e.n / total >= share).map(mean);
}

/** The stand-in images the site shows: photos marked standIn, logos that say STAND-IN. */
function standIns(): string[] {
  const photos = readdirSync('content/photos/ja')
    .map((f) => yaml.load(readFileSync(`content/photos/ja/${f}`, 'utf8')) as { image: string; standIn?: boolean })
    .filter((p) => p.standIn)
    .map((p) => `content/media/photos/${p.image.split('/').at(-1)}`);
  const logos = readdirSync('content/media/logos')
    .map((f) => `content/media/logos/${f}`)
    .filter((f) => readFileSync(f, 'utf8').includes('STAND-IN'));
  return [...photos, ...logos];
}

describe('text in images', () => {
  it('the text drawn in each stand-in image has at least 4.5:1 against every background in it', async () => {
    const files = standIns();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const colours = await mainColours(file);
      expect(colours.length, `${file}: text and at least one background`).toBeGreaterThanOrEqual(2);
      const text = colours.reduce((a, b) => (luminance(a) <= luminance(b) ? a : b));
      for (const background of colours.filter((c) => c !== text))
        expect(
          contrast(text, background),
          `${file}: text on rgb(${background.map(Math.round)})`,
        ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('measures a pale label on its card as failing (the measure is not blind)', async () => {
    const pale = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#eef3f6"/><rect x="20" y="20" width="160" height="60" fill="#a9b6bf"/></svg>`,
    );
    const colours = await mainColours(pale as unknown as string);
    const text = colours.reduce((a, b) => (luminance(a) <= luminance(b) ? a : b));
    const worst = Math.min(...colours.filter((c) => c !== text).map((c) => contrast(text, c)));
    expect(worst).toBeLessThan(4.5);
  });
});
