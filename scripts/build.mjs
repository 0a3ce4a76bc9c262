// npm run build — builds into a temporary folder and replaces dist/ only when the whole
// build succeeded. On failure the previous dist/ is left exactly as it was, the temporary
// folder is removed and the exit status is non-zero. Extra arguments go to `astro build`.
// Stack traces in Astro's error reports are left out (one line naming the file is what an editor
// needs); DEBUG=1 shows them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const dist = path.join(root, 'dist');
const work = path.join(root, '.build-tmp');
const out = path.join(work, `dist-${process.pid}`);
const old = path.join(work, `old-${process.pid}`);
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

const cleanUp = () => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(work) && fs.readdirSync(work).length === 0) fs.rmdirSync(work);
};

fs.mkdirSync(work, { recursive: true });
// process.execPath is the Node that runs this script (the project's pinned Node via npm run).
const showStacks = Boolean(process.env.DEBUG);
const child = spawn(process.execPath, [astro, 'build', '--outDir', out, ...process.argv.slice(2)], {
  cwd: root,
  stdio: showStacks ? 'inherit' : ['inherit', 'pipe', 'pipe'],
});
if (!showStacks) {
  // eslint-disable-next-line no-control-regex
  const plain = (/** @type {string} */ line) => line.replace(/\u001b\[[0-9;]*m/g, '');
  for (const [from, to] of /** @type {const} */ ([
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ])) {
    let inStack = false;
    readline.createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      const text = plain(line);
      // "Stack trace:" headers, and frames ("    at fn (file:///…:11:8)") wherever they appear.
      const header = /^\s*Stack trace:\s*$/.test(text);
      const frame = /^\s+at\s.*(:\d+(:\d+)?\)?|<anonymous>\)?)$/.test(text);
      if (header || frame || (inStack && /^\s*$/.test(text))) {
        if (!inStack) to.write('  (stack trace left out; run with DEBUG=1 to see it)\n');
        inStack = true;
        return;
      }
      inStack = false;
      to.write(`${line}\n`);
    });
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
const status = await new Promise((resolve) => {
  child.on('error', (error) => {
    console.error(error);
    resolve(1);
  });
  // 'close', not 'exit': the output piped through above is complete only then.
  child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});

const incomplete = status === 0 && !fs.existsSync(path.join(out, 'index.html'));
if (status !== 0 || incomplete) {
  cleanUp();
  if (incomplete) console.error('\nThe build finished without producing index.html, so it is treated as failed.');
  console.error(
    `\nBuild failed: dist/ was not changed${fs.existsSync(dist) ? ' (the previous build is still there)' : ''}.`,
  );
  process.exit(status || 1);
}

// Swap: the new build takes dist/'s place in two renames; the old one is removed afterwards.
if (fs.existsSync(dist)) fs.renameSync(dist, old);
try {
  fs.renameSync(out, dist);
} catch (error) {
  if (fs.existsSync(old)) fs.renameSync(old, dist);
  cleanUp();
  throw error;
}
cleanUp();
console.log('\nBuild complete: dist/ now holds the new site.');
