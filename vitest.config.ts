/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Unit tests only: the Playwright suites in tests/e2e run under `playwright test`.
    include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.mjs', 'src/**/*.test.mjs'],
    setupFiles: ['tests/unit/setup.ts'],
    // In-process tests take milliseconds; tests that spawn npm or a build set their own, longer
    // limits (describe(…, { timeout })). `npm test` names any test above a third of its limit.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
