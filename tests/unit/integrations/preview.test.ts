// The preview an editor runs (`npm run dev`), on a copy of the project: it starts although the
// content has a problem, shows every problem as the one-line problem page (never a stack trace),
// turns into the site once the files are fixed, and survives a branch switch's worth of changes.
// Only a running dev server can show this; one server serves every step, in order.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEMS_PATH } from '../../../src/integrations/content-checks.mjs';
import { projectCopy, type ProjectCopy } from '../helpers/project-copy';
import { LOCALES } from '../../../src/model/locales';

const PORT = Number(process.env.PREVIEW_TEST_PORT ?? 4439);
const BASE = `http://127.0.0.1:${PORT}`;

let copy: ProjectCopy;
let server: ChildProcess;
let output = '';

/** A page as a browser asks for it. */
async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${BASE}${path}`, { headers: { accept: 'text/html' } });
  return { status: res.status, html: await res.text() };
}

/** Asks again until `ok` holds (the preview reacts to a change after its check has run). */
async function until(path: string, ok: (r: { status: number; html: string }) => boolean, what: string, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  let last: { status: number; html: string } | undefined;
  while (Date.now() < deadline) {
    last = await page(path).catch(() => undefined);
    if (last && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: ${path} answered ${last?.status}\n${last?.html.slice(0, 500)}\n${output.slice(-3000)}`);
}

const listed = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('the preview', { timeout: 300_000 }, () => {
  beforeAll(() => {
    copy = projectCopy('preview');
    // A translation missing when the preview starts: Astro itself would stop on less.
    fs.rmSync(copy.at('content/participants/en/kono.yaml'));
    // The environment of a terminal, not of this test runner (NODE_ENV=test, VITEST=… change
    // what Astro's dev server does).
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
    );
    server = spawn('npx', ['astro', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      cwd: copy.root,
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      detached: true,
    });
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
  });
  afterAll(() => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    copy.cleanUp();
  });

  it('starts with a content problem and shows it on every page, then the site once it is fixed', async () => {
    // The preview's start (loading the check, checking every file) takes longest.
    const broken = await until('/ceremony/', (r) => r.status === 503, 'the problem page while the preview waits', 200);
    expect(broken.html).toContain('<html lang="ja">');
    expect(listed(broken.html)).toContain(
      'content/participants/ja/kono.yaml: has no English version (content/participants/en/kono.yaml); add the translation, or mark this entry draft: true until both exist.',
    );
    expect(broken.html).not.toMatch(/\bat .*\.(ts|js|mjs):\d+/); // no stack trace
    expect((await page('/en/mou/')).status).toBe(503);
    const problems = (await (await fetch(`${BASE}${PROBLEMS_PATH}`)).json()) as string[];
    expect(problems.length).toBe(listed(broken.html).length);

    copy.write('content/participants/en/kono.yaml', fs.readFileSync('content/participants/en/kono.yaml'));
    const fixed = await until('/ceremony/', (r) => r.status === 200, 'the site once the file is back');
    expect(fixed.html).toContain('Kono');
    expect(output).not.toMatch(/\n\s+at .*node_modules/);
  });

  it('shows a problem that appears while it runs as the problem page, and the page again once fixed', async () => {
    const file = 'content/photos/ja/group-photo.yaml';
    const original = copy.read(file);
    copy.write(file, original.replace(/^heading:.*$/m, ''));
    const broken = await until('/mou/', (r) => r.status === 500, 'the problem page after a bad save');
    expect(listed(broken.html)).toEqual([`${file}: heading: is required but missing; add it`]);
    copy.write(file, original);
    await until('/mou/', (r) => r.status === 200, 'the page after the fix');
  });

  it('survives a branch switch: files renamed in place and entries added, all at once', async () => {
    for (const locale of LOCALES)
      for (const name of fs.readdirSync(copy.at(`content/clauses/${locale}`)))
        if (name.endsWith('.mdx'))
          fs.renameSync(
            copy.at(`content/clauses/${locale}/${name}`),
            copy.at(`content/clauses/${locale}/${name.slice(0, -1)}`),
          );
    for (const locale of LOCALES)
      copy.write(
        `content/news/${locale}/preview-check.mdx`,
        copy.read(`content/news/${locale}/mou-renewal.mdx`).replace(/^title: .*$/m, 'title: Preview check'),
      );
    const added = await until('/news/preview-check/', (r) => r.status === 200, 'the added entry');
    expect(added.html).toContain('Preview check');
    // Every clause, in both languages, still pairs up on the print view.
    const print = await until('/mou/print/', (r) => r.status === 200, 'the print view after the renames');
    const clauses = fs.readdirSync(copy.at('content/clauses/ja')).length;
    expect(print.html.match(/<tr/g)?.length ?? 0).toBeGreaterThanOrEqual(clauses);
    for (const path of ['/', '/en/', '/mou/', '/en/mou/', '/business/', '/en/business/'])
      expect((await page(path)).status, path).toBe(200);
  });
});
