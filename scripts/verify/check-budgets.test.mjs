import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUDGETS, checkBudgets, gz } from './check-budgets.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kb-budgets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path, data) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), data);
};
// Random hex barely compresses: n bytes of it are about n/2 gzipped.
const noise = (bytes) => randomBytes(bytes).toString('hex');

describe('checkBudgets', () => {
  test('a small page passes, counting linked CSS and module scripts with their imports', () => {
    write('_astro/a.css', 'body{color:red}');
    const js = ['import "./b.js";', 'import{c as d}from"./c.js";console.log(d)', 'export const c = 1;'];
    write('_astro/a.js', js[0]);
    write('_astro/b.js', js[1]);
    write('_astro/c.js', js[2]);
    write(
      'index.html',
      '<!doctype html><link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script><p>hi',
    );
    const { rows, problems } = checkBudgets(dir);
    expect(problems).toEqual([]);
    expect(rows[0].css).toBeGreaterThan(0);
    // All three files: the minified import (`}from"`) is followed too.
    expect(rows[0].js).toBe(js.reduce((sum, code) => sum + gz(code), 0));
  });

  test('flags heavy CSS, heavy JS and source maps', () => {
    write('_astro/big.css', `/*${noise(BUDGETS.criticalHtmlCss)}*/`);
    write('_astro/big.js', `"${noise(BUDGETS.jsBeforeInteraction)}"`);
    write(
      'en/index.html',
      '<!doctype html><link rel="stylesheet" href="../_astro/big.css"><script src="/_astro/big.js"></script>',
    );
    write('_astro/x.js.map', '{}');
    const { problems } = checkBudgets(dir);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^en\/index\.html: critical HTML\+CSS \d+ B gzip > 14336 B$/);
    expect(problems[1]).toMatch(/^en\/index\.html: JS before interaction \d+ B gzip > 2048 B$/);
    expect(problems[2]).toBe('_astro/x.js.map: source map in dist');
  });

  test('measures the content editor under /admin/ on its own budget, not the public one', () => {
    rmSync(dir, { recursive: true, force: true });
    write('admin/cms.js', `"${noise(BUDGETS.jsBeforeInteraction)}"`);
    write('admin/index.html', '<!doctype html><script src="/admin/cms.js"></script>');
    expect(checkBudgets(dir).problems).toEqual([]);
    write('admin/cms.js', `"${noise(BUDGETS.adminJs)}"`);
    expect(checkBudgets(dir).problems).toEqual([
      expect.stringMatching(/^admin\/index\.html: content editor JS \d+ B gzip > 716800 B$/),
    ]);
  });
});
