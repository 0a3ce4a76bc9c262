// Builds the working tree twice, into two temp dirs, and compares every file byte for byte.
// Each starts without Astro's cache (node_modules/.astro), so images are encoded both times.
// Exits 1 naming each file that differs (or exists in only one build).
//   node scripts/verify/reproducible-build.mjs
//   node scripts/verify/reproducible-build.mjs --against dist   one cold build, compared with the dist/
//     that `npm test` has just built (warm or cold): the same proof for one build less.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtFiles } from '../../src/lib/built-html.ts';

const digest = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Names of files that differ between two directories ('only in a/b' for one-sided files). */
export function compareDirs(a, b) {
  const fa = new Set(builtFiles(a));
  const fb = new Set(builtFiles(b));
  const diffs = [];
  for (const f of [...new Set([...fa, ...fb])].sort()) {
    if (!fb.has(f)) diffs.push(`${f} (only in the first build)`);
    else if (!fa.has(f)) diffs.push(`${f} (only in the second build)`);
    else if (digest(join(a, f)) !== digest(join(b, f))) diffs.push(f);
  }
  return { count: fa.size, diffs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = mkdtempSync(join(tmpdir(), 'kb-repro-'));
  const againstIndex = process.argv.indexOf('--against');
  const against = againstIndex > 0 ? process.argv[againstIndex + 1] : null;
  let failed = false;
  try {
    if (against && !statSync(join(against, 'index.html'), { throwIfNoEntry: false })) {
      throw new Error(`${against}/index.html is missing: build first (npm run build)`);
    }
    for (const out of against ? ['b'] : ['a', 'b']) {
      // Both builds start cold: no image or content cache carried from one to the other.
      rmSync('node_modules/.astro', { recursive: true, force: true });
      const started = Date.now();
      const build = spawnSync('npx', ['astro', 'build', '--silent', '--outDir', join(root, out)], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (build.status !== 0) {
        console.error(build.stdout, build.stderr);
        throw new Error(`build ${out} failed`);
      }
      console.log(`repro: build ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const { count, diffs } = compareDirs(against ?? join(root, 'a'), join(root, 'b'));
    for (const d of diffs) console.error(`differs: ${d}`);
    console.log(`repro: ${count} files compared, ${diffs.length} differ`);
    failed = diffs.length > 0 || count === 0;
  } catch (error) {
    console.error(`repro: ${error.message}`);
    failed = true;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}
