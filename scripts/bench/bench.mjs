// The benchmark (not part of npm test: timings belong here, not in tests). Writes docs/performance.md.
//   npm run bench [-- --skip-scaling] [-- --scaling 100,1000] [-- --skip-lighthouse] [-- --skip-inline-css]
//                 [-- --skip-photo] [-- --photo-only] [-- --pages /,/en/] [-- --port 4393]
// 1. cold and warm build times (cold: no dist, no .astro, no node_modules/.astro);
// 2. per page: gzipped HTML, CSS and JS (as nginx sends them) and the total transferred at 390 px;
// 3. Lighthouse 12.2.3 (mobile defaults) per page against dist served by nginx with deploy/nginx.conf;
// 3b. the stylesheet inlined into every page (build.inlineStylesheets: 'always', through
//    ASTRO_INLINE_STYLESHEETS read in astro.config.mjs) against the current setting, by median
//    Lighthouse LCP (needs Lighthouse; `--skip-inline-css` leaves it out);
// 4. scaling: N synthetic news entries in both languages in a temporary copy of the repo, cold
//    build time and peak memory per N;
// 5. camera photo: a stand-in photo replaced by a generated 24 MP JPEG (scripts/bench/make-camera-photo.mjs)
//    in a temporary copy: added build time, what dist/ holds of it, the ceremony page's weight.
//    `npm run bench -- --photo-only` runs only this and updates only its section.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { fileOf, pagePaths } from '../../src/lib/built-html.ts';
import { measure } from '../verify/check-budgets.mjs';
import { cameraPhotoCase } from './camera-photo-case.mjs';
import {
  CHROME,
  CHROME_FLAGS,
  ROOT,
  clearCaches,
  kb,
  lighthouse,
  log,
  median,
  seconds,
  serve,
  timedBuild,
  transferred,
  verdict,
} from './measure.mjs';
import { scratchCopy, writeNews } from './scratch.mjs';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4393' },
    scaling: { type: 'string', default: '100,1000' },
    'skip-scaling': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-inline-css': { type: 'boolean', default: false },
    'skip-photo': { type: 'boolean', default: false },
    'photo-only': { type: 'boolean', default: false },
    // A quick check of the per-page steps on a few pages (comma-separated URL paths, e.g. /,/en/);
    // the report then covers only those pages, so do not commit it.
    pages: { type: 'string' },
  },
});
const rows = [];
const out = [];
const load = [loadavg()[0]];
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const chromeVersion = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim();
const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';

if (!args['photo-only']) {
  // 1. Build times, in the repo itself (dist is left built for the rest).
  log('cold build…');
  clearCaches(ROOT);
  const coldLoad = [loadavg()[0]];
  const cold = timedBuild(ROOT, 'dist');
  coldLoad.push(loadavg()[0]);
  log(`cold ${seconds(cold.seconds * 1000)} s; warm build…`);
  const warm = timedBuild(ROOT, 'dist');
  log(`warm ${seconds(warm.seconds * 1000)} s`);

  // 2 and 3. Per page, against nginx.
  const sizes = new Map(measure(join(ROOT, 'dist')).map((r) => [r.page, r]));
  const pages = pagePaths(join(ROOT, 'dist')).filter((p) => !args.pages || args.pages.split(',').includes(p));
  if (!pages.length) throw new Error(`--pages ${args.pages}: no such page in dist`);
  const server = await serve('dist', args.port);
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.split(' ').slice(1) });
  try {
    for (const path of pages) {
      const file = fileOf(path);
      const s = sizes.get(file);
      // Lighthouse gives up on a document answered with 404, so a 404 page is audited at its own URL.
      const url = `http://127.0.0.1:${args.port}${path}`;
      const t = await transferred(browser, url);
      log(`${path}: ${t.bytes} B transferred${args['skip-lighthouse'] ? '' : '; lighthouse…'}`);
      let lh = args['skip-lighthouse'] ? undefined : lighthouse(url);
      if (lh && !lh.all100) {
        // Lighthouse varies from run to run (more so on a busy machine): a page below 100 gets two
        // more runs, and the run with the median performance score is reported.
        const runs = [lh, lighthouse(url), lighthouse(url)].sort((a, b) => a.performance - b.performance);
        lh = { ...runs[1], runs: runs.map((r) => r.performance) };
      }
      rows.push({ path, ...s, transferred: t.bytes, requests: t.requests, lh });
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }

  // 3b. The stylesheet inlined into every page (build.inlineStylesheets: 'always') against the
  // current setting: one Lighthouse run per page on a second build, compared by median LCP.
  const inline = [];
  if (!args['skip-inline-css'] && !args['skip-lighthouse']) {
    const dist = 'dist-inline-css';
    log('build with ASTRO_INLINE_STYLESHEETS=always…');
    timedBuild(ROOT, dist, { ASTRO_INLINE_STYLESHEETS: 'always' });
    // Same port as before (one port per session on a shared machine): wait for the first nginx to stop.
    if (server.exitCode === null && server.signalCode === null) await new Promise((r) => server.once('exit', r));
    const inlineServer = await serve(dist, args.port);
    const inlineSizes = new Map(measure(join(ROOT, dist)).map((r) => [r.page, r]));
    try {
      for (const path of pages) {
        const file = fileOf(path);
        const lh = lighthouse(`http://127.0.0.1:${args.port}${path}`);
        inline.push({ path, html: inlineSizes.get(file)?.html, lcp: lh.lcp, performance: lh.performance });
        log(`inline CSS ${path}: LCP ${Math.round(lh.lcp)} ms`);
      }
    } finally {
      inlineServer.kill('SIGTERM');
      rmSync(join(ROOT, dist), { recursive: true, force: true });
    }
  }

  // 4. Scaling.
  const scaling = [];
  if (!args['skip-scaling']) {
    const dir = scratchCopy();
    try {
      // A first build fills the image cache: the photos' AVIF/WebP encoding is a constant ~10 s that
      // would otherwise hide the growth. Each measured build then starts with no dist, no .astro and
      // no content data store, keeping only node_modules/.astro/assets.
      writeNews(dir, 0);
      timedBuild(dir, join(dir, 'dist'));
      for (const n of [0, ...args.scaling.split(',').map(Number)]) {
        writeNews(dir, n);
        for (const d of ['dist', '.astro', 'node_modules/.astro/data-store.json', 'node_modules/.vite'])
          rmSync(join(dir, d), { recursive: true, force: true });
        log(`scaling: ${n} entries × 2 languages…`);
        const before = loadavg()[0];
        const r = timedBuild(dir, join(dir, 'dist'));
        const built = pagePaths(join(dir, 'dist')).length;
        scaling.push({ n, ...r, pages: built, loads: [before, loadavg()[0]] });
        log(`scaling: ${n} → ${r.seconds.toFixed(1)} s, ${r.rssMiB.toFixed(0)} MiB, ${built} pages`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  // Report.
  load.push(loadavg()[0]);
  const all100 = rows.every(
    (r) => r.lh && [r.lh.performance, r.lh.accessibility, r.lh.bestPractices, r.lh.seo].every((s) => s === 100),
  );
  out.push(
    '# Performance',
    '',
    `Measured by \`npm run bench\` (scripts/bench/bench.mjs) on ${date} UTC at commit ${head}${dirty ? ' (with uncommitted changes)' : ''}${args.pages ? ` (only ${args.pages}: a quick check, not a full report)` : ''}: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${chromeVersion}, nginx with deploy/nginx.conf on 127.0.0.1; 1-minute load average ${load.map((l) => l.toFixed(1)).join(' at the start, ')} at the end (other work on the machine inflates wall-clock times; CPU seconds are steadier). Re-run it to refresh this file.`,
    '',
    '## Builds',
    '',
    '| build | seconds | CPU seconds | peak memory (MiB) | target |',
    '| --- | ---: | ---: | ---: | --- |',
    `| cold (no dist, .astro, node_modules/.astro) | ${cold.seconds.toFixed(1)} | ${cold.cpu.toFixed(1)} | ${cold.rssMiB.toFixed(0)} | ≤ 15 s: ${verdict(cold.seconds <= 15, coldLoad, cold.cpu)} |`,
    `| warm (caches kept) | ${warm.seconds.toFixed(1)} | ${warm.cpu.toFixed(1)} | ${warm.rssMiB.toFixed(0)} | |`,
    '',
    'Times are wall-clock for `npx astro build`, including starting npx and Node.',
    '',
    '## Pages',
    '',
    'Bytes are gzipped at nginx’s level (6). CSS is every stylesheet the page links or inlines; JS is what loads before interaction. Transferred is everything Chromium fetched to load the page at 390 × 844 px (DPR 3) and scroll to its end: headers plus encoded bodies, first visit. Lighthouse 12.2.3 runs with its mobile defaults (simulated slow 4G, 4× CPU slowdown); a 404 page is audited at /404.html or /en/404.html, since Lighthouse stops on a 404 status.',
    '',
    '| page | HTML | CSS | JS | HTML+CSS (≤ 14 KB) | transferred (requests) | Perf | A11y | BP | SEO | LCP (ms) | CLS | TBT (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows
      .map((r) =>
        [
          `\`${r.path}\``,
          r.html,
          r.css,
          r.js,
          `${kb(r.critical)} KB`,
          `${kb(r.transferred)} KB (${r.requests})`,
          ...(r.lh
            ? [
                r.lh.performance,
                r.lh.accessibility,
                r.lh.bestPractices,
                r.lh.seo,
                Math.round(r.lh.lcp),
                r.lh.cls.toFixed(3),
                Math.round(r.lh.tbt),
              ]
            : ['–', '–', '–', '–', '–', '–', '–']),
        ].join(' | '),
      )
      .map((l) => `| ${l} |`),
    '',
    `Lighthouse 100 in all four categories on every page: ${args['skip-lighthouse'] ? 'not measured' : all100 ? 'met' : 'NOT met'}.`,
    '',
    ...rows
      .filter((r) => r.lh && !r.lh.all100)
      .map(
        (r) =>
          `- \`${r.path}\`${r.lh.runs ? ` (performance over three runs: ${r.lh.runs.join(', ')}; median reported)` : ''}: ${r.lh.failing.join('; ')}${r.lh.seo < 100 && r.lh.failing.filter((f) => f.startsWith('seo:')).every((f) => f === 'seo: is-crawlable') ? ' — SEO is capped only because the page is noindex on purpose' : ''}`,
      ),
    '',
  );
  if (inline.length) {
    const current = median(rows.map((r) => r.lh.lcp));
    const always = median(inline.map((r) => r.lcp));
    const byPath = new Map(rows.map((r) => [r.path, r]));
    const setting = process.env.ASTRO_INLINE_STYLESHEETS ?? 'auto';
    const how = {
      auto: 'Astro inlines only stylesheets under 4 kB, so this site links its one stylesheet',
      never: 'the stylesheet as a separate file',
      always: 'the same as the comparison',
    }[setting];
    out.push(
      '## Inlining the stylesheet',
      '',
      `\`build.inlineStylesheets\`: the current setting (\`${setting}\`: ${how}) against \`always\` (the stylesheet in a <style> in every page), Lighthouse mobile defaults, one run per page for \`always\` and the reported run above for the current setting. Single runs on a busy machine differ by tens of milliseconds, so close medians are a tie.`,
      '',
      '| page | HTML, current (B gzip) | HTML, always (B gzip) | LCP current (ms) | LCP always (ms) |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...inline.map(
        (r) =>
          `| \`${r.path}\` | ${byPath.get(r.path).html} | ${r.html} | ${Math.round(byPath.get(r.path).lh.lcp)} | ${Math.round(r.lcp)} |`,
      ),
      '',
      `Median LCP across pages: current ${Math.round(current)} ms, always ${Math.round(always)} ms; lower: ${always < current ? '\`always\`' : 'the current setting'}.`,
      '',
    );
  }
  if (scaling.length) {
    const base = scaling[0];
    const perEntry = scaling.slice(1).map((s) => ({ n: s.n, ms: ((s.cpu - base.cpu) * 1000) / (2 * s.n) }));
    const thousand = scaling.find((s) => s.n === 1000);
    out.push(
      '## Scaling',
      '',
      'A temporary copy of the repository gets N synthetic news entries in each language (content/news/<locale>/bench-NNNN.mdx: title, description, date, two paragraphs and a heading) and is built without dist, .astro or the content data store; the image cache is kept (filled by a first, unreported build), so the constant cost of encoding the photos does not hide the growth. Per-entry cost is CPU time over the N = 0 build, per entry (both languages counted).',
      '',
      '| N per language | entries | pages built | seconds | CPU seconds | peak memory (MiB) | ms per added entry |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...scaling.map(
        (s) =>
          `| ${s.n} | ${2 * s.n} | ${s.pages} | ${s.seconds.toFixed(1)} | ${s.cpu.toFixed(1)} | ${s.rssMiB.toFixed(0)} | ${s.n ? (((s.cpu - base.cpu) * 1000) / (2 * s.n)).toFixed(1) : '–'} |`,
      ),
      '',
      thousand
        ? `1,000 entries × 2 languages ≤ 60 s: ${verdict(thousand.seconds <= 60, thousand.loads, thousand.cpu)} (${thousand.seconds.toFixed(1)} s). Growth: ${perEntry.map((p) => `${p.ms.toFixed(1)} ms per entry at N = ${p.n}`).join(', ')} — ${perEntry.length > 1 && Math.max(...perEntry.map((p) => p.ms)) <= 1.5 * Math.min(...perEntry.map((p) => p.ms)) ? 'linear (per-entry cost within 1.5× across N)' : 'check linearity'}.`
        : '',
      '',
    );
  }
}

// Hand-written notes below this marker survive a re-run.
const NOTES = '<!-- notes below are kept by the bench -->';
const previous = existsSync(join(ROOT, 'docs/performance.md'))
  ? readFileSync(join(ROOT, 'docs/performance.md'), 'utf8')
  : '';
const photo = args['skip-photo'] ? [] : await cameraPhotoCase({ port: args.port, date, head, dirty });
if (args['photo-only']) {
  // Only the camera-photo section changes; the rest of the file stays as the last full run left it.
  const PHOTO = '## Camera photo';
  const kept = previous.includes(NOTES) ? previous.slice(0, previous.indexOf(NOTES)) : previous;
  const at = kept.indexOf(PHOTO);
  const next = at < 0 ? -1 : kept.indexOf('\n## ', at + PHOTO.length);
  const head = at < 0 ? kept : kept.slice(0, at);
  const tail = at < 0 || next < 0 ? '' : kept.slice(next + 1);
  out.push(head.trimEnd(), '', ...photo, tail);
} else out.push(...photo);
if (previous.includes(NOTES)) out.push(previous.slice(previous.indexOf(NOTES)));
mkdirSync(join(ROOT, 'docs'), { recursive: true });
writeFileSync(join(ROOT, 'docs/performance.md'), out.join('\n'));
spawnSync('npx', ['prettier', '--write', 'docs/performance.md'], { cwd: ROOT, stdio: 'ignore' });
console.log(out.join('\n'));
