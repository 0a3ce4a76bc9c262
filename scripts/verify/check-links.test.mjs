import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLinks } from './check-links.mjs';

const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (path, body) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(
    join(dir, path),
    `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`,
  );
};

describe('checkLinks', () => {
  page(
    'index.html',
    '<h1 id="top-heading">Home</h1><a href="/en/">en</a><a href="/en/#facts">facts</a><img src="/a.svg" alt="">',
  );
  page(
    'en/index.html',
    '<h2 id="facts">Facts</h2><a href="../">home</a><a href="#facts">self</a><a href="https://example.com/x">ext</a><a href="https://site.example/en/">abs</a>',
  );
  writeFileSync(join(dir, 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

  test('a sound site has no problems', () => {
    const result = checkLinks(dir, { site: 'https://site.example' });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(2);
    expect(result.links).toBe(6);
  });

  test('catches a broken link, a missing anchor and a broken absolute link to the site itself', () => {
    page(
      'en/mou/index.html',
      '<a href="/en/nothing-here/">x</a><a href="/en/#no-such-id">y</a><a href="https://site.example/gone/">z</a><img srcset="/a.svg 1x, /b.svg 2x" alt="">',
    );
    const { problems } = checkLinks(dir, { site: 'https://site.example' });
    expect(problems).toEqual([
      'en/mou/index.html: broken link /en/nothing-here/',
      'en/mou/index.html: missing anchor /en/#no-such-id',
      'en/mou/index.html: broken link https://site.example/gone/',
      'en/mou/index.html: broken link /b.svg',
    ]);
  });
});
