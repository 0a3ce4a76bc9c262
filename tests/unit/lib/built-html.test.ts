import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtFiles,
  canonicalHref,
  fileOf,
  htmlFiles,
  htmlLang,
  metaContent,
  pagePaths,
  urlOf,
} from '../../../src/lib/built-html';

describe('built HTML helpers', () => {
  const html = `<html lang="ja"><head><link rel="canonical" href="https://e.org/mou/"><meta property="og:title" content="A &amp; B &quot;C&quot; &#39;D&#39;"></head></html>`;
  it('read meta, lang and canonical', () => {
    expect(metaContent(html, 'og:title')).toBe(`A & B "C" 'D'`);
    expect(metaContent(html, 'og:image')).toBeUndefined();
    expect(htmlLang(html)).toBe('ja');
    expect(canonicalHref(html)).toBe('https://e.org/mou/');
    // A '>' inside an attribute value, raw or escaped, does not end the tag for a parser.
    expect(metaContent('<meta property="og:title" content="A &gt; B > C &#x3042;">', 'og:title')).toBe('A > B > C あ');
  });
  it('map built files to URLs', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('en/mou/index.html')).toBe('/en/mou/');
    expect(urlOf('404.html')).toBe('/404.html');
    for (const file of ['index.html', 'en/mou/index.html', '404.html', 'en/404.html'])
      expect(fileOf(urlOf(file))).toBe(file);
  });
  it('list a built site: files, HTML files, and the pages without the content editor', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-'));
    try {
      for (const f of [
        'index.html',
        '404.html',
        'en/index.html',
        'en/mou/index.html',
        'en/mou/print.html',
        'admin/index.html',
        '_astro/a.css',
      ])
        (fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }), fs.writeFileSync(path.join(dir, f), ''));
      fs.mkdirSync(path.join(dir, 'empty.html'));
      expect(builtFiles(dir)).toEqual([
        '404.html',
        '_astro/a.css',
        'admin/index.html',
        'en/index.html',
        'en/mou/index.html',
        'en/mou/print.html',
        'index.html',
      ]);
      expect(htmlFiles(dir)).not.toContain('empty.html');
      expect(pagePaths(dir)).toEqual(['/', '/404.html', '/en/', '/en/mou/']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('count a link as what a server sends for it: the file, or the folder’s files under its name; a dangling link as nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-links-'));
    try {
      fs.mkdirSync(path.join(dir, 'logos'));
      fs.writeFileSync(path.join(dir, 'logos/city.svg'), '<svg/>');
      fs.symlinkSync(path.join(dir, 'logos/city.svg'), path.join(dir, 'linked.svg'));
      fs.symlinkSync(path.join(dir, 'logos'), path.join(dir, 'linked-folder'));
      fs.symlinkSync(path.join(dir, 'missing.svg'), path.join(dir, 'dangling.svg'));
      expect(builtFiles(dir)).toEqual(['linked-folder/city.svg', 'linked.svg', 'logos/city.svg']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
