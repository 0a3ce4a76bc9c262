import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests that run a live preview (astro dev), started after every other file has finished, one at a
 * time. Beside whole builds, under a load average of 10–20, the preview's branch-switch test failed
 * about one run in three: Astro's content layer kept a list of renderable entries without the added
 * one, and the page answered UnknownContentCollectionError for its 120 s. With one worker and no
 * build beside it, it passed every run.
 */
const LIVE_PREVIEW = ['tests/unit/integrations/preview.test.ts'];

const astroVirtualModules = fileURLToPath(new URL('tests/unit/helpers/astro-virtual-modules.ts', import.meta.url));

// Plain Vite, not Astro's (getViteConfig): the unit tests import the project's modules directly
// and need none of Astro's plugins; Astro's virtual modules are stand-ins that refuse to run.
// Astro's config ran every integration's setup in the test runner itself (the whole content
// check, with a child process per photo) and left file handles open that kept the runner alive
// for ten seconds after the last test.
export default defineConfig({
  resolve: { alias: { 'astro:content': astroVirtualModules, 'astro:assets': astroVirtualModules } },
  test: {
    // After each file: removes the content fixtures it made (tests/unit/helpers/fixture-roots.ts).
    setupFiles: ['tests/unit/setup.ts'],
    // In-process tests take milliseconds; tests that spawn npm or a build set their own, longer
    // limits (describe(…, { timeout })). `npm test` names any test above a third of its limit.
    testTimeout: 20_000,
    // Every core: Vitest's own default leaves one free (a single worker on a 2-core machine), and
    // the tests that run a whole build spend their time in a child process, so the other files
    // can run meanwhile (unit stage 200 s with one worker, 134 s with two, on a quiet 2-core machine).
    maxWorkers: '100%',
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The files of a worker share one module cache: most of them import the content check
          // (unified, MDX, parse5, sharp, Zod), and loading it again for each of 66 files cost more
          // than the tests themselves (unit stage 150 s with isolation, 123 s without, on a quiet
          // 2-core machine). No test file mocks a module, stubs a global or leaves settings behind
          // (tests/unit/architecture/test-isolation.test.ts), and fixtures are removed per file.
          isolate: false,
          // Unit tests only: the Playwright suites in tests/e2e run under `playwright test`.
          include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.mjs', 'src/**/*.test.mjs'],
          exclude: [...configDefaults.exclude, ...LIVE_PREVIEW],
        },
      },
      { extends: true, test: { name: 'live preview', include: LIVE_PREVIEW, sequence: { groupOrder: 1 } } },
    ],
  },
});
