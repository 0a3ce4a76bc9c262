// npm run cms — the content editor on this computer: starts the site's dev server, which also
// serves the editor at /admin/ (src/integrations/cms-admin.ts), and says where to go. The
// editor's local mode reads and writes the project folder itself, through the browser (Chrome
// or Edge), so no second server is needed. Stop with Ctrl+C.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const port = process.env.PORT ?? '4321';
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', port], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let told = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!told && /ready|Local/i.test(String(chunk))) {
    told = true;
    console.log(
      [
        '',
        `  Content editor:  http://127.0.0.1:${port}/admin/  (open in Chrome or Edge)`,
        '                   → "Work with Local Repository" → choose this project folder:',
        `                     ${root}`,
        `  Site preview:    http://127.0.0.1:${port}/  (English at /en/); updates when you save.`,
        '',
      ].join('\n'),
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
