// The browsers the Playwright suites drive: Debian's builds of Chromium, never Playwright's own
// downloads. Each has its Debian package, the variable that points elsewhere, and its usual place.
// Plain JavaScript, so that the system Node reads it in .ci/run before `npm ci` (scripts/preflight.mjs).

/** @typedef {{ pkg: string, env: string, path: string }} Browser */

/**
 * The public pages (tests/e2e): Chromium's headless shell, the build Playwright itself runs headless
 * tests in. It renders with the same Blink and V8 as the full browser but without the desktop
 * browser around them; on a 2-core machine the browser stage took 237 s with it against 466 s with
 * the full browser, every test passing with both.
 * @type {Browser}
 */
export const PAGES_BROWSER = {
  pkg: 'chromium-headless-shell',
  env: 'CHROMIUM_HEADLESS_SHELL_PATH',
  path: '/usr/bin/chromium-headless-shell',
};

/**
 * The content editor (tests/e2e-cms): the full Chromium in its headless mode, which is the desktop
 * browser itself, as the editors' Chrome or Edge is.
 * @type {Browser}
 */
export const EDITOR_BROWSER = { pkg: 'chromium', env: 'CHROMIUM_PATH', path: '/usr/bin/chromium' };

/**
 * Where a browser is on this machine: its variable if set, else its Debian place.
 * @param {Browser} browser
 * @param {Record<string, string | undefined>} [env]
 */
export const browserPath = (browser, env = process.env) => env[browser.env] ?? browser.path;
