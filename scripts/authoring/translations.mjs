// npm run translations [-- --strict] — which entries exist in both languages, and which
// translation is older than its counterpart's last content change (from git history).
// Exit status 0, or 1 with --strict when anything is missing or stale.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const rootArg = args.find((a) => !a.startsWith('--'));
const root = rootArg ? path.resolve(rootArg) : path.resolve(fileURLToPath(import.meta.url), '../../..');
const here = path.resolve(fileURLToPath(import.meta.url), '../../..');
const { module } = await runnerImport(path.join(here, 'src/authoring/translations.ts'), {
  root: here,
  configFile: false,
  logLevel: 'silent',
});
const report = module.translationReport(root);
console.log(module.formatReport(report));
if (strict && report.missing + report.stale > 0) process.exit(1);
