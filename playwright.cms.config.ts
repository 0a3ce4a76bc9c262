import { defineConfig, devices } from '@playwright/test';
import { browserPath, EDITOR_BROWSER } from './scripts/browsers.mjs';

// The content editor's tests (npm run test:cms): the real CMS in Chromium, in its local mode,
// against a temporary copy of content/. Only /admin/ is served (scripts/authoring/serve-admin.mjs):
// no site build, no nginx, no network.
const port = Number(process.env.CMS_PORT ?? 4336);
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };

export default defineConfig({
  testDir: './tests/e2e-cms',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  // Each editor test loads the 2 MB editor and a copy of content/ once and serves every check of
  // one entry (or of a few), some ending in the content check: up to 25 s on a quiet 2-core
  // machine and up to 33.4 s with `npm run build` looping beside the suite (2026-12-01), so 120 s
  // keeps every test below a third of its limit then (38 s was seen at a load average of 14–17).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [
    [process.env.CI ? 'dot' : 'list'],
    // `npm test` reads durations from here (scripts/test.mjs).
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? ([['json']] as const) : []),
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // The full Chromium, the editors' kind of browser (scripts/browsers.mjs).
      executablePath: browserPath(EDITOR_BROWSER),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-sync'],
    },
  },
  // Editors use Chrome or Edge set to Japanese: every editor test runs in ja-JP. The language
  // test also runs in US English and in a language the editor has no strings for (German).
  projects: [
    { name: 'ja-JP', use: { ...desktop, locale: 'ja-JP' } },
    { name: 'en-US', testMatch: /locales\.spec\.ts/, use: { ...desktop, locale: 'en-US' } },
    { name: 'de-DE', testMatch: /locales\.spec\.ts/, use: { ...desktop, locale: 'de-DE' } },
  ],
  webServer: {
    command: `npx node scripts/authoring/serve-admin.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/admin/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
