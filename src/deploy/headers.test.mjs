import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ADMIN_CSP,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  IMAGE_CSP,
  SECURITY_HEADERS,
  renderHeadersFile,
  renderNginxConf,
} from './headers.mjs';

describe('src/deploy/headers.mjs', () => {
  test('the committed deploy/nginx.conf is generated from it (run `npm run gen:nginx` if not)', () => {
    expect(readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')).toBe(renderNginxConf());
  });

  test('the CSP starts from nothing and allows nothing unsafe', () => {
    expect(CSP_DIRECTIVES[0]).toBe("default-src 'none'");
    for (const d of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self'"])
      expect(CSP_DIRECTIVES).toContain(d);
    expect(CSP_DIRECTIVES.join(';')).not.toMatch(/unsafe-|data:|\*/);
    expect(CONTENT_SECURITY_POLICY.default).toContain("frame-ancestors 'none'");
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
    expect(conf).toContain('default                     $kb_csp_by_type;');
    // The editor's policy replaces the site-wide one: it must be at least as strict where that one speaks.
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"])
      expect(ADMIN_CSP).toContain(directive);
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

  test('images get a CSP that allows no script, no request and no framing, and sandboxes them', () => {
    const directives = IMAGE_CSP.split(';').map((d) => d.trim());
    expect(directives[0]).toBe("default-src 'none'");
    expect(directives).toContain('sandbox');
    expect(directives).toContain("frame-ancestors 'none'");
    // Nothing re-allows script: no script-src, and default-src is 'none'.
    expect(IMAGE_CSP).not.toMatch(/script-src|unsafe-eval|allow-scripts|data:|\*/);
    expect(CONTENT_SECURITY_POLICY.image).toBe(IMAGE_CSP);
    expect(Object.keys(SECURITY_HEADERS)).not.toContain('Content-Security-Policy');
  });

  test('_headers: the page CSP for all, the image CSP added on every image path', () => {
    const file = renderHeadersFile(['/'], [], ['/favicon.svg', '/_astro/logo.abc.svg']);
    const rules = file
      .trimEnd()
      .split('\n\n')
      .map((b) => b.split('\n').filter((l) => !l.startsWith('#')));
    expect(rules[0]).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY.default}`);
    expect(rules.slice(-2)).toEqual([
      ['/_astro/logo.abc.svg', `  Content-Security-Policy: ${IMAGE_CSP}`],
      ['/favicon.svg', `  Content-Security-Policy: ${IMAGE_CSP}`],
    ]);
  });

  test('nginx: one Content-Security-Policy header, chosen by the type served (images get the image CSP)', () => {
    const conf = renderNginxConf();
    expect(conf.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
    expect(conf).toMatch(/^ +add_header Content-Security-Policy \$kb_csp always;$/m);
    expect(conf).toContain(`~^image/                    "${IMAGE_CSP}";`);
    expect(conf).toContain(`default                     "${CONTENT_SECURITY_POLICY.default}";`);
  });
});
