// Writes deploy/nginx.conf from src/deploy/headers.mjs. `--check` exits 1 if the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderNginxConf } from '../src/deploy/headers.mjs';

export const NGINX_CONF = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));

if (import.meta.url === `file://${process.argv[1]}`) {
  const expected = renderNginxConf();
  if (process.argv.includes('--check')) {
    const actual = await readFile(NGINX_CONF, 'utf8').catch(() => '');
    if (actual !== expected) {
      console.error('deploy/nginx.conf is out of date: run `npm run gen:nginx` and commit it.');
      process.exit(1);
    }
    console.log('deploy/nginx.conf is up to date.');
  } else {
    await writeFile(NGINX_CONF, expected);
    console.log('wrote deploy/nginx.conf');
  }
}
