import { describe, expect, it } from 'vitest';
import { isPageRequest } from '../../../src/integrations/content-checks.mjs';
import { firstLine, problemPage } from '../../../src/lib/problem-page';

const request = (url: string, accept = 'text/html,application/xhtml+xml', method = 'GET') =>
  ({ url, method, headers: { accept } }) as unknown as import('node:http').IncomingMessage;

describe('the preview’s problem page', () => {
  it('lists each problem with its file as code, as text: markup in a message stays text', () => {
    const html = problemPage([
      'content/news/ja/a.mdx:3: title: is required but missing; add it',
      'content/x.yaml: name: "<script>alert(1)</script>" is not allowed',
    ]);
    expect(html).toContain('<li><code>content/news/ja/a.mdx:3</code>: title: is required but missing; add it</li>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<ul lang="en">');
  });
  it('reloads through Vite’s client while the preview runs, or by asking for the list before it starts', () => {
    expect(problemPage(['x'])).toContain('src="/@vite/client"');
    const waiting = problemPage(['x'], { reload: { poll: '/__content-problems' } });
    expect(waiting).not.toContain('/@vite/client');
    expect(waiting).toContain('fetch("/__content-problems"');
  });
  it('shows the first line of an error, never its stack', () => {
    const error = new Error('content/a.yaml: name: bad\n    at x (/src/y.ts:1:1)');
    expect(firstLine(error)).toBe('content/a.yaml: name: bad');
    expect(firstLine('\n\nplain')).toBe('plain');
  });
});

describe('what the preview answers with the problem page', () => {
  it('a page a browser opens', () => {
    expect(isPageRequest(request('/'))).toBe(true);
    expect(isPageRequest(request('/en/mou/?x=1'))).toBe(true);
    expect(isPageRequest(request('/mou/', 'text/html', 'HEAD'))).toBe(true);
  });
  it('not a script, style, image, form post or one of Vite’s own requests', () => {
    expect(isPageRequest(request('/_astro/a.css', 'text/css'))).toBe(false);
    expect(isPageRequest(request('/@vite/client'))).toBe(false);
    expect(isPageRequest(request('/@fs/x/y.png'))).toBe(false);
    expect(isPageRequest(request('/src/pages/index.astro'))).toBe(false);
    expect(isPageRequest(request('/', 'image/avif,*/*'))).toBe(false);
    expect(isPageRequest(request('/', 'text/html', 'POST'))).toBe(false);
  });
});
