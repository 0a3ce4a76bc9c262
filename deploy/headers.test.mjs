import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ADMIN_CSP, CSP_DIRECTIVES, SECURITY_HEADERS, renderHeadersFile, renderNginxConf } from './headers.mjs';

describe('deploy/headers.mjs', () => {
  test('the committed deploy/nginx.conf is generated from it (run `npm run gen:nginx` if not)', () => {
    expect(readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8')).toBe(renderNginxConf());
  });

  test('the CSP starts from nothing and allows nothing unsafe', () => {
    expect(CSP_DIRECTIVES[0]).toBe("default-src 'none'");
    for (const d of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self'"])
      expect(CSP_DIRECTIVES).toContain(d);
    expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-|data:|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/^max-age=(\d+); includeSubDomains/);
    expect(Number(/max-age=(\d+)/.exec(SECURITY_HEADERS['Strict-Transport-Security'])[1])).toBeGreaterThanOrEqual(
      31536000,
    );
  });

  test('_headers: security headers for all, Cache-Control only on rules that cannot overlap', () => {
    const file = renderHeadersFile(['/en/', '/', '/404.html']);
    const rules = file.split('\n\n').map((b) => b.split('\n').filter((l) => !l.startsWith('#')));
    expect(rules.map((r) => r[0])).toEqual(['/*', '/_astro/*', '/admin/*', '/', '/404.html', '/en/']);
    expect(rules[0]).toContain('  X-Frame-Options: DENY');
    expect(rules[0].join('\n')).not.toContain('Cache-Control');
    expect(rules[1]).toEqual(['/_astro/*', '  Cache-Control: public, max-age=31536000, immutable']);
    // The content editor: its own policy on top of the site-wide one, and noindex.
    expect(rules[2]).toEqual([
      '/admin/*',
      `  Content-Security-Policy: ${ADMIN_CSP}`,
      '  X-Robots-Tag: noindex',
      '  ! Cross-Origin-Opener-Policy',
      '  Cross-Origin-Opener-Policy: same-origin-allow-popups',
    ]);
  });

  test('nginx: the content editor gets its own CSP and noindex, other paths neither', () => {
    const conf = renderNginxConf();
    expect(conf).toContain(`~^/admin/                   "${ADMIN_CSP}";`);
    expect(conf).toMatch(/^ +add_header Content-Security-Policy \$kb_admin_csp always;$/m);
    expect(conf).toMatch(/^ +add_header X-Robots-Tag \$kb_admin_robots always;$/m);
    expect(ADMIN_CSP).not.toMatch(/unsafe-eval|\*/);
    expect(conf).toMatch(/^ +add_header Cross-Origin-Opener-Policy \$kb_coop always;$/m);
    expect(conf).toContain('default                     "same-origin";');
  });

  test('nginx: locations never use add_header (it would drop the server-level headers)', () => {
    const conf = renderNginxConf();
    const locations = conf.split('\n    location ').slice(1);
    expect(locations.length).toBeGreaterThan(2);
    for (const l of locations) expect(l).not.toContain('add_header');
  });

  test('nginx: content types for modern images, SVG, XML and feeds; gzip; per-language 404s', () => {
    const conf = renderNginxConf();
    for (const [type, ext] of [
      ['image/avif', 'avif'],
      ['image/webp', 'webp'],
      ['image/svg\\+xml', 'svg'],
      ['application/xml', 'xml'],
      ['application/rss\\+xml', 'rss'],
    ])
      expect(conf).toMatch(new RegExp(`^ +${type} +(\\w+ )*${ext}( \\w+)*;$`, 'm'));
    expect(conf).toMatch(/^ +gzip on;$/m);
    expect(conf).toMatch(/^ +error_page 404 \/404\.html;$/m);
    expect(conf).toMatch(/location \/en\/ \{\n +error_page 404 \/en\/404\.html;/);
  });
});
