// The single source of the site's HTTP response policy: security headers, the Content Security
// Policy, caching, content types and compression. Everything else derives from this module:
//   - astro.config.mjs        → security.csp.directives (the per-page <meta> CSP, with Astro's hashes)
//   - src/integrations/security-headers.mjs → dist/_headers (Netlify / Cloudflare Pages format), written at build
//   - scripts/gen-nginx.mjs   → deploy/nginx.conf (committed; a test keeps it up to date)
//   - tests/e2e/headers.spec.ts asserts what the server actually sends.
import { PREFIXED_LOCALES } from '../model/locales.ts';

/**
 * CSP directives for the <meta> policy. Astro adds `script-src` and `style-src` ('self' plus the
 * hashes of every inline script/style it emits), so nothing inline runs unless Astro hashed it.
 * No 'unsafe-inline', no 'unsafe-eval', no data: — the site needs none of them.
 */
export const CSP_DIRECTIVES = /** @type {const} */ ([
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

/**
 * The CSP sent as a header with every response that is not an image. It holds what a <meta>
 * policy cannot (frame-ancestors) and repeats the directives that need no per-page hashes;
 * browsers enforce both policies, so the stricter wins.
 */
export const CSP_HEADER = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join(
  '; ',
);

/** Where the content editor (Sveltia CMS) lives; see src/integrations/cms-admin.ts. */
export const ADMIN_PATH = '/admin/';

/**
 * The content editor's own policy, sent as a header on ADMIN_PATH (and repeated in its <meta>).
 * As strict as the CMS runs with; each exception is needed, measured in tests/e2e-cms:
 *   - style-src 'unsafe-inline': Svelte sets style attributes and the CMS injects its styles;
 *   - img-src blob: data:, media-src blob:: previews of images read from the repository or uploaded;
 *   - connect-src https://api.github.com, img-src https://avatars.githubusercontent.com: the GitHub
 *     backend after sign-in (the local mode needs neither);
 *   - connect-src blob: data:: the CMS fetches its own object URLs when saving uploads.
 * No 'unsafe-eval', no third-party scripts (the CMS's optional code highlighter and map
 * libraries, which it would fetch from unpkg.com, stay blocked: the Markdown editor offers no code
 * blocks and the config has no map field).
 */
export const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://avatars.githubusercontent.com",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The editor's sign-in opens the OAuth helper in a popup that reports back to window.opener;
 * `same-origin` would sever that link, so ADMIN_PATH relaxes only this to allow popups.
 */
export const ADMIN_COOP = 'same-origin-allow-popups';

/**
 * The CSP sent with every image. An SVG opened directly (not through <img>) is a document with
 * the site's origin: this policy forbids it any script, any request and any framing, and the
 * sandbox gives it a unique origin. Inline styles stay allowed so that styled logos still draw.
 */
export const IMAGE_CSP = ["default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'", 'sandbox'].join(
  '; ',
);

/** Browser features the site never uses: all switched off for every origin, itself included. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Sent with every response (pages, assets and error pages alike). Content-Security-Policy is sent
 * with every response too, but its value depends on the type: see CONTENT_SECURITY_POLICY.
 */
export const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': DISABLED_FEATURES.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Astro fingerprints everything it emits under this prefix: the name changes when the bytes do. */
export const IMMUTABLE_PREFIX = '/_astro/';

export const CACHE_CONTROL = {
  /** Hashed build assets: cache for a year, never revalidate. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML: a short lifetime, then revalidate, so a deploy shows within minutes. */
  html: 'public, max-age=300, must-revalidate',
  /** Unhashed files (favicon, sitemap, feeds): an hour. */
  other: 'public, max-age=3600',
};

/** File extension → Content-Type, for everything the site may serve. */
export const CONTENT_TYPES = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  txt: 'text/plain',
  yml: 'application/yaml',
  svg: 'image/svg+xml',
  avif: 'image/avif',
  webp: 'image/webp',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
};

/** The Content-Security-Policy header by what is served: images get IMAGE_CSP, everything else CSP_HEADER. */
export const CONTENT_SECURITY_POLICY = { image: IMAGE_CSP, default: CSP_HEADER };

/** File extensions the server treats as images (they get IMAGE_CSP); what content may upload is src/content-policy/images.ts. */
export const SERVED_IMAGE_EXTENSIONS = Object.entries(CONTENT_TYPES)
  .filter(([, type]) => type.startsWith('image/'))
  .map(([ext]) => ext);

/** nginx's gzip level; the byte budgets measure with the same. */
export const GZIP_LEVEL = 6;

/** Textual types worth compressing (HTML is always compressed by nginx). */
export const GZIP_TYPES = [
  'text/css',
  'text/javascript',
  'text/plain',
  'application/json',
  'application/yaml',
  'application/manifest+json',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'image/svg+xml',
];

/** Types served with `; charset=utf-8`. */
export const UTF8_TYPES = ['text/html', ...GZIP_TYPES];

/** Feeds are named rss.xml: served as RSS, not as generic XML. */
export const FEED_NAME = 'rss.xml';
export const FEED_TYPE = 'application/rss+xml';

/** Locales with their own 404 page at /<locale>/404.html (all but the default, whose page is /404.html). */
export const LOCALE_404 = PREFIXED_LOCALES;

/**
 * dist/_headers for Netlify / Cloudflare Pages. Both merge the headers of every rule that matches a
 * path (joining repeated names with commas), so Cache-Control is only given on rules that cannot
 * overlap: the hashed-asset prefix and the exact path of each HTML page.
 * @param {string[]} htmlPaths URL paths of the built pages, e.g. ['/', '/en/', '/404.html']
 * @param {string[]} [feedPaths] URL paths of the feeds, e.g. ['/rss.xml', '/en/rss.xml']
 * @param {string[]} [imagePaths] URL paths of every image, e.g. ['/favicon.svg', '/_astro/x.svg']. Their
 *   rule adds IMAGE_CSP to the CSP of '/*'; the host joins the two into two policies, both enforced,
 *   so an image gets no script whichever it applies first.
 */
export function renderHeadersFile(htmlPaths, feedPaths = [], imagePaths = []) {
  const block = (path, headers) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const blocks = [
    block('/*', { ...SECURITY_HEADERS, 'Content-Security-Policy': CSP_HEADER }),
    block(`${IMMUTABLE_PREFIX}*`, { 'Cache-Control': CACHE_CONTROL.immutable }),
    // The CSP is joined to the site-wide policy with a comma: both are enforced, the stricter
    // wins. COOP must replace the site-wide value: `! Name` detaches it (Cloudflare Pages syntax).
    [
      block(`${ADMIN_PATH}*`, { 'Content-Security-Policy': ADMIN_CSP, 'X-Robots-Tag': 'noindex' }),
      '  ! Cross-Origin-Opener-Policy',
      `  Cross-Origin-Opener-Policy: ${ADMIN_COOP}`,
    ].join('\n'),
    ...[...htmlPaths].sort().map((p) => block(p, { 'Cache-Control': CACHE_CONTROL.html })),
    ...[...feedPaths].sort().map((p) => block(p, { 'Content-Type': `${FEED_TYPE}; charset=utf-8` })),
    ...[...imagePaths].sort().map((p) => block(p, { 'Content-Security-Policy': IMAGE_CSP })),
  ];
  return `# Generated at build from src/deploy/headers.mjs — do not edit.\n${blocks.join('\n\n')}\n`;
}

const quote = (value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * An nginx configuration for the http{} context (e.g. /etc/nginx/conf.d/kawasaki-biom.conf): a
 * cache-policy map and one server block. TLS is expected to terminate in front of it (or add
 * `listen 443 ssl` and certificates); HSTS is sent either way.
 * @param {{ listen?: string[]; root?: string }} [options]
 */
export function renderNginxConf({ listen = ['80', '[::]:80'], root = '/var/www/kawasaki-biom/dist' } = {}) {
  const pad = (s) => s.padEnd(28);
  // Nested, so that a feed keeps its language's 404 page.
  const feedLocation = [
    `        location ~ /${FEED_NAME.replaceAll('.', '\\.')}$ {`,
    '            types { }',
    `            default_type ${FEED_TYPE};`,
    '        }',
  ];
  const lines = [
    '# Generated by scripts/gen-nginx.mjs from src/deploy/headers.mjs — do not edit; run `npm run gen:nginx`.',
    '# Include in the http{} context, e.g. as /etc/nginx/conf.d/kawasaki-biom.conf.',
    '',
    '# Cache-Control by what was served: hashed assets for a year, HTML briefly, the rest for an hour.',
    'map $sent_http_content_type $kb_cache_by_type {',
    `    ${pad('~^text/html')}${quote(CACHE_CONTROL.html)};`,
    `    ${pad('default')}${quote(CACHE_CONTROL.other)};`,
    '}',
    '# The content editor under ADMIN_PATH: its sign-in popup may report back (COOP), and it is',
    '# noindex (nginx sends no header whose value is empty). Its CSP is chosen with the others below.',
    'map $uri $kb_coop {',
    `    ${pad(`~^${ADMIN_PATH}`)}${quote(ADMIN_COOP)};`,
    `    ${pad('default')}${quote(SECURITY_HEADERS['Cross-Origin-Opener-Policy'])};`,
    '}',
    'map $uri $kb_admin_robots {',
    `    ${pad(`~^${ADMIN_PATH}`)}"noindex";`,
    `    ${pad('default')}"";`,
    '}',
    'map $uri $kb_cache_control {',
    `    ${pad(`~^${IMMUTABLE_PREFIX}`)}${quote(CACHE_CONTROL.immutable)};`,
    `    ${pad('default')}$kb_cache_by_type;`,
    '}',
    '',
    '# Content-Security-Policy by what was served: images may run nothing (an SVG opened directly is a document).',
    'map $sent_http_content_type $kb_csp_by_type {',
    `    ${pad('~^image/')}${quote(CONTENT_SECURITY_POLICY.image)};`,
    `    ${pad('default')}${quote(CONTENT_SECURITY_POLICY.default)};`,
    '}',
    '# The content editor has its own policy (ADMIN_CSP: at least as strict as the default on the',
    '# directives the default sets).',
    'map $uri $kb_csp {',
    `    ${pad(`~^${ADMIN_PATH}`)}${quote(ADMIN_CSP)};`,
    `    ${pad('default')}$kb_csp_by_type;`,
    '}',
    '',
    'server {',
    ...listen.map((l) => `    listen ${l};`),
    '    server_name _;',
    `    root ${root};`,
    '    index index.html;',
    '',
    '    server_tokens off;',
    '    absolute_redirect off;',
    '    charset utf-8;',
    `    charset_types ${UTF8_TYPES.filter((t) => t !== 'text/html').join(' ')};`,
    '',
    '    types {',
    ...Object.entries(
      Object.entries(CONTENT_TYPES).reduce((acc, [ext, type]) => ({ ...acc, [type]: [...(acc[type] ?? []), ext] }), {}),
    ).map(([type, exts]) => `        ${pad(type)}${exts.join(' ')};`),
    '    }',
    '    default_type application/octet-stream;',
    '',
    '    gzip on;',
    '    gzip_vary on;',
    `    gzip_comp_level ${GZIP_LEVEL};`,
    '    gzip_min_length 256;',
    '    gzip_proxied any;',
    `    gzip_types ${GZIP_TYPES.join(' ')};`,
    '',
    '    # Every header on every response, errors included. No location below may use add_header:',
    '    # nginx would then drop all of these for that location.',
    '    add_header Cache-Control $kb_cache_control always;',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) =>
      k === 'Cross-Origin-Opener-Policy'
        ? `    add_header ${k} $kb_coop always;`
        : `    add_header ${k} ${quote(v)} always;`,
    ),
    '    add_header Content-Security-Policy $kb_csp always;',
    '    add_header X-Robots-Tag $kb_admin_robots always;',
    '',
    '    error_page 404 /404.html;',
    '',
    '    location / {',
    '        try_files $uri $uri/ =404;',
    ...feedLocation,
    '    }',
    ...LOCALE_404.flatMap((l) => [
      '',
      `    location /${l}/ {`,
      `        error_page 404 /${l}/404.html;`,
      '        try_files $uri $uri/ =404;',
      ...feedLocation,
      '    }',
    ]),
    '',
    `    location ${IMMUTABLE_PREFIX} {`,
    '        try_files $uri =404;',
    '    }',
    '',
    '    # The build writes _headers for other hosts; nginx has no use for it and need not show it.',
    '    location = /_headers {',
    '        return 404;',
    '    }',
    '}',
    '',
  ];
  return lines.join('\n');
}
