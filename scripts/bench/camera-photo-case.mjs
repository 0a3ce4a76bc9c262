// 5. The camera-photo case: a stand-in photo replaced by a generated 24 MP JPEG in a temporary copy;
// reports the build time it adds, the variants published, and that no metadata reaches them.
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CAMERA_PHOTO, makeCameraPhoto } from './make-camera-photo.mjs';
import { CHROME, CHROME_FLAGS, CORES, kb, log, serve, timedBuild, transferred, verdict } from './measure.mjs';
import { scratchCopy } from './scratch.mjs';

/** 5. A camera photo in place of a stand-in, in a temporary copy: returns the report's section. */
/**
 * @param {{ port: string, date: string, head: string, dirty: boolean }} run the report's port and the run's facts
 */
export async function cameraPhotoCase({ port, date, head, dirty }) {
  const dir = scratchCopy();
  const target = 'content/media/photos/group-photo.jpg';
  const clean = () => {
    for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(dir, d), { recursive: true, force: true });
  };
  try {
    log('camera photo: build with the stand-in (no image cache)…');
    clean();
    const photoLoad = [loadavg()[0]];
    const before = timedBuild(dir, join(dir, 'dist'));
    log(
      `camera photo: stand-in ${before.seconds.toFixed(1)} s; generating a ${CAMERA_PHOTO.width} × ${CAMERA_PHOTO.height} JPEG…`,
    );
    await makeCameraPhoto(join(dir, target));
    const source = statSync(join(dir, target)).size;
    clean();
    const after = timedBuild(dir, join(dir, 'dist'));
    photoLoad.push(loadavg()[0]);
    log(`camera photo: ${after.seconds.toFixed(1)} s`);
    const assets = join(dir, 'dist/_astro');
    const files = readdirSync(assets)
      .filter((f) => f.startsWith('group-photo.'))
      .map((f) => ({ f, bytes: statSync(join(assets, f)).size }));
    const largest = (ext) => Math.max(0, ...files.filter((x) => x.f.endsWith(`.${ext}`)).map((x) => x.bytes));
    const html = readFileSync(join(dir, 'dist/ceremony/index.html'), 'utf8');
    const widths = [...html.matchAll(/group-photo[^" ]*\.avif (\d+)w/g)].map((m) => Number(m[1]));
    const original = files.find((x) => x.bytes === source);
    // What a camera wrote (make, model, GPS) must not reach any published variant.
    const sharp = (await import('sharp')).default;
    const withMetadata = [];
    for (const x of files) {
      const meta = await sharp(join(assets, x.f)).metadata();
      if (meta.exif || meta.xmp || meta.iptc) withMetadata.push(x.f);
    }
    const server = await serve(join(dir, 'dist'), port);
    const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.split(' ').slice(1) });
    let page;
    try {
      page = await transferred(browser, `http://127.0.0.1:${port}/ceremony/`, 2);
    } finally {
      await browser.close();
      server.kill('SIGTERM');
    }
    const added = after.seconds - before.seconds;
    const addedCpu = after.cpu - before.cpu;
    return [
      '## Camera photo',
      '',
      `Measured on ${date} UTC at commit ${head}${dirty ? ' (with uncommitted changes)' : ''}, 1-minute load average ${photoLoad.map((l) => l.toFixed(1)).join(' before, ')} after the two builds on ${CORES} cores. A temporary copy of the repository, built twice without any cache (no dist, .astro or node_modules/.astro): once with the stand-in \`${target}\`, once with it replaced by a generated ${CAMERA_PHOTO.width} × ${CAMERA_PHOTO.height} (24 MP) JPEG of camera-like entropy (scripts/bench/make-camera-photo.mjs, seeded).`,
      '',
      '| measure | value | target |',
      '| --- | ---: | --- |',
      `| source JPEG | ${kb(source)} KB | 5–10 MB |`,
      `| variant widths on the page | ${widths.join(', ')} px | ≤ 2 × 1104 px (the widest shown) |`,
      `| largest AVIF / WebP / JPEG variant | ${kb(largest('avif'))} / ${kb(largest('webp'))} / ${kb(largest('jpg'))} KB | |`,
      `| all of this photo in dist/_astro (${files.length} files) | ${kb(files.reduce((a, x) => a + x.bytes, 0))} KB | |`,
      `| original published | ${original ? `yes (${original.f})` : 'no'} | no |`,
      `| variants carrying EXIF, XMP or IPTC (the source has EXIF with GPS) | ${withMetadata.length ? withMetadata.join(', ') : 'none'} | none |`,
      `| \`/ceremony/\` transferred at 390 px, DPR 2 (scrolled to the end) | ${kb(page.bytes)} KB (${page.requests} requests) | ≤ 300 KB: ${page.bytes <= 300 * 1024 ? 'met' : 'NOT met'} |`,
      `| build with the stand-in | ${before.seconds.toFixed(1)} s (${before.cpu.toFixed(1)} CPU s) | |`,
      `| build with the camera photo | ${after.seconds.toFixed(1)} s (${after.cpu.toFixed(1)} CPU s) | |`,
      `| added build time | ${added.toFixed(1)} s (${addedCpu.toFixed(1)} CPU s) | ≤ 45 s: ${verdict(added <= 45, photoLoad, addedCpu)} |`,
      '',
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
