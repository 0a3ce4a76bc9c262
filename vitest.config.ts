/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Unit tests only: the Playwright suites in tests/e2e run under `playwright test`.
    include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.mjs', 'deploy/**/*.test.mjs'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
