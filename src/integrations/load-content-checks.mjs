// Loads the TypeScript content check (src/lib/site-check.ts: the checker, the real schemas and the
// site text that rests on the content) with Vite's module runner, so the same code runs in the
// Astro integration, the CLI and the unit tests.
import path from 'node:path';
import { runnerImport } from 'vite';

/** @returns {Promise<typeof import('../lib/site-check')>} */
export async function loadContentChecks(root) {
  const { module } = await runnerImport(path.join(root, 'src/lib/site-check.ts'), {
    root,
    configFile: false,
    logLevel: 'silent',
  });
  return module;
}
