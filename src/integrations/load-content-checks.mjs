// Loads the TypeScript content-check module (and the real schemas it imports) with Vite's
// module runner, so the same code runs in the Astro integration, the CLI and the unit tests.
import path from 'node:path';
import { runnerImport } from 'vite';

/** @returns {Promise<typeof import('../content-checks/index')>} */
export async function loadContentChecks(root) {
  const { module } = await runnerImport(path.join(root, 'src/content-checks/index.ts'), {
    root,
    configFile: false,
    logLevel: 'silent',
  });
  return module;
}
