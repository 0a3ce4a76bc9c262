// The Nu HTML Checker (vnu-jar, run with the machine's Java) over every built HTML page: zero errors.
//   node scripts/verify/check-html.mjs [dist]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { htmlFiles } from '../../src/lib/built-html.ts';

const dir = process.argv[2] ?? 'dist';
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const pages = existsSync(dir) ? htmlFiles(dir).map((f) => join(dir, f)) : [];
if (pages.length === 0) {
  console.error(`no HTML in ${dir}: build the site first.`);
  process.exit(1);
}
const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8' });
if (run.error) {
  console.error(`could not run java: ${run.error.message}`);
  process.exit(1);
}
const errors = `${run.stdout}${run.stderr}`.split('\n').filter(Boolean);
for (const line of errors) console.error(line);
console.log(`html: ${pages.length} pages checked with the Nu HTML Checker, ${errors.length} errors`);
process.exit(run.status === 0 && errors.length === 0 ? 0 : 1);
