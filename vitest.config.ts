import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests only: the Playwright suites in tests/e2e run under `playwright test`.
export default defineConfig({
  test: { exclude: [...configDefaults.exclude, 'tests/e2e/**'] },
});
