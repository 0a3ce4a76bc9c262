// Serves only the content editor (/admin/) on a loopback port, generated exactly as the build
// generates it (src/integrations/cms-admin.ts), with the production headers. The CMS tests need
// no site build and no nginx.   npx node scripts/authoring/serve-admin.mjs --port 4335
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '4335' } } });
const load = async (file) =>
  (await runnerImport(path.join(root, file), { root, configFile: false, logLevel: 'silent' })).module;

const admin = await load('src/integrations/cms-admin.ts');
const headers = await load('src/deploy/headers.mjs');
const config = await load('src/cms/config.ts');
const { script, fonts } = await admin.cmsBundle();
const files = new Map([
  ['', ['text/html; charset=utf-8', admin.adminHtml()]],
  ['index.html', ['text/html; charset=utf-8', admin.adminHtml()]],
  [admin.CMS_SCRIPT, ['text/javascript', script]],
  ['config.yml', ['application/yaml; charset=utf-8', admin.configYaml(config)]],
]);
// The editor page links the site's icon, as the deployed site serves it.
const favicon = ['image/svg+xml', await fs.readFile(path.join(root, 'public/favicon.svg'))];
for (const [name, source] of fonts) files.set(`fonts/${name}`, ['font/woff2', await fs.readFile(source)]);
for (const [name, source] of admin.uiLocaleFiles())
  files.set(`locales/${name}`, ['application/json', await fs.readFile(source)]);

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = url.pathname.startsWith(headers.ADMIN_PATH)
      ? files.get(url.pathname.slice(headers.ADMIN_PATH.length))
      : url.pathname === '/favicon.svg'
        ? favicon
        : undefined;
    if (!file) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res
      .writeHead(200, {
        ...headers.SECURITY_HEADERS,
        'Content-Type': file[0],
        'Content-Security-Policy': `${headers.CSP_HEADER}, ${headers.ADMIN_CSP}`,
        'Cross-Origin-Opener-Policy': headers.ADMIN_COOP,
        'X-Robots-Tag': 'noindex',
      })
      .end(file[1]);
  })
  .listen(Number(values.port), '127.0.0.1', () =>
    console.log(`content editor at http://127.0.0.1:${values.port}/admin/`),
  );
