import { defineConfig, devices } from '@playwright/test';
import { browserPath, PAGES_BROWSER } from './scripts/browsers.mjs';

const port = Number(process.env.PORT ?? 4322);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  // Measured on a busy 2-core machine (the suite beside a looping build and other sessions): the
  // slowest test took under 15 s. Limits are sized so that no test comes within a third of them;
  // `npm test` prints the slowest tests beside their limits and names any that come closer.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    [process.env.CI ? 'dot' : 'list'],
    // `npm test` reads durations from here (scripts/test.mjs).
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? ([['json']] as const) : []),
  ],
  use: {
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // Chromium's headless shell (scripts/browsers.mjs says why).
      executablePath: browserPath(PAGES_BROWSER),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The built dist/ served by nginx with deploy/nginx.conf, as deployed (build first).
  webServer: {
    command: `npx node scripts/serve-nginx.mjs --root dist --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
