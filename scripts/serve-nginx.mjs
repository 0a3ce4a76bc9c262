// Serves a built site with nginx and deploy/nginx.conf, exactly as deployed but on a loopback port:
// a throw-away wrapper config (pid, logs and temp files in a temp dir, `daemon off`) includes the
// generated server block with `listen` and `root` pointed here. Stops nginx on SIGINT/SIGTERM.
//   npx node scripts/serve-nginx.mjs [--root dist] [--port 4322]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderNginxConf } from '../src/deploy/headers.mjs';

/** The wrapper config and the directory it lives in. */
export function nginxTestConfig({ root, port, dir }) {
  const site = renderNginxConf({ listen: [`127.0.0.1:${port}`], root: resolve(root) });
  writeFileSync(join(dir, 'site.conf'), site);
  const asRoot = process.getuid?.() === 0;
  const conf = [
    asRoot ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(dir, t)};`),
    `    include ${join(dir, 'site.conf')};`,
    '}',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'nginx.conf'), conf);
  return join(dir, 'nginx.conf');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { root: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4322' } },
  });
  if (!existsSync(join(values.root, 'index.html'))) {
    console.error(`${values.root}/index.html is missing: build the site first (npm run build).`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kb-nginx-'));
  const conf = nginxTestConfig({ root: values.root, port: values.port, dir });
  const bin = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
  const nginx = spawn(bin, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { stdio: 'inherit' });
  // The temp dir goes however this process ends short of SIGKILL (Playwright signals the whole
  // process group, so nginx may be gone before we ask it to quit).
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.on('exit', (code, signal) => {
    if (code) console.error(`nginx exited with ${code}:\n${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
  });
}
