// The system packages the test stages need, checked before any stage runs: a newcomer on a fresh
// machine learns in one message what is missing and the command that installs it, instead of
// "Process from config.webServer was not able to start" twelve minutes into the run.
//   npx node scripts/preflight.mjs              checks what every stage needs
//   node scripts/preflight.mjs --packages       only the names of the missing packages (.ci/run)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { browserPath, EDITOR_BROWSER, PAGES_BROWSER } from './browsers.mjs';

/**
 * What the machine offers: its environment and three questions, and nothing else, so that a
 * test can answer them with a fake machine.
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   isExecutable: (file: string) => boolean,
 *   onPath: (command: string) => boolean,
 *   japaneseFonts: () => boolean,
 * }} Lookup
 */

/**
 * A browser of scripts/browsers.mjs as a requirement: present when its variable, or else its
 * Debian place, names an executable.
 * @param {import('./browsers.mjs').Browser} browser
 * @param {string} what
 * @param {string[]} stages
 */
function browserRequirement(browser, what, stages) {
  return {
    pkg: browser.pkg,
    what,
    stages,
    /** @param {Lookup} l */
    present: (l) => l.isExecutable(browserPath(browser, l.env)),
    /** @param {Lookup} l */
    where: (l) => `no executable at ${browserPath(browser, l.env)}${l.env[browser.env] ? ` (${browser.env})` : ''}`,
  };
}

/**
 * The requirements, each with the Debian package that provides it, what it is for, the stages
 * that need it, and how to tell whether it is there.
 * @type {{ pkg: string, what: string, stages: string[], present: (l: Lookup) => boolean, where: (l: Lookup) => string }[]}
 */
export const REQUIREMENTS = [
  browserRequirement(
    PAGES_BROWSER,
    "Chromium's headless shell, the browser the end-to-end tests of the public pages drive (Playwright's own browsers are never downloaded)",
    ['e2e'],
  ),
  browserRequirement(
    EDITOR_BROWSER,
    "Chromium, the browser the content-editor tests drive (Playwright's own browsers are never downloaded)",
    ['cms'],
  ),
  {
    pkg: 'fonts-noto-cjk',
    what: 'Japanese fonts, which the layout tests measure the pages with',
    stages: ['e2e', 'cms'],
    present: (l) => l.japaneseFonts(),
    where: () => '`fc-list :lang=ja` lists no font (or fc-list is not installed)',
  },
  {
    pkg: 'nginx',
    what: 'nginx, which serves dist/ with deploy/nginx.conf for the end-to-end tests',
    stages: ['e2e'],
    present: (l) =>
      l.env.NGINX ? l.isExecutable(l.env.NGINX) : l.isExecutable('/usr/sbin/nginx') || l.onPath('nginx'),
    where: (l) => (l.env.NGINX ? `no executable at ${l.env.NGINX} (NGINX)` : 'not at /usr/sbin/nginx nor on the PATH'),
  },
  {
    pkg: 'default-jre-headless',
    what: 'Java, which runs the Nu HTML Checker over the built pages',
    stages: ['html'],
    present: (l) => l.onPath('java'),
    where: () => '`java` is not on the PATH',
  },
];

/**
 * The requirements of the given stages that the machine lacks, each as a line naming the
 * package, what it is for and what was looked for.
 * @param {string[]} stages
 * @param {Lookup} lookup
 * @returns {{ pkg: string, line: string }[]}
 */
export function missingRequirements(stages, lookup) {
  return REQUIREMENTS.filter((r) => r.stages.some((s) => stages.includes(s)) && !r.present(lookup)).map((r) => ({
    pkg: r.pkg,
    line: `${r.pkg}: ${r.what}; ${r.where(lookup)}.`,
  }));
}

/**
 * The message for what is missing (empty when nothing is), ending in the one command that
 * installs every missing package.
 * @param {{ pkg: string, line: string }[]} missing
 */
export function missingMessage(missing) {
  if (!missing.length) return '';
  return [
    `npm test: ${missing.length === 1 ? 'a system package the tests need is' : 'system packages the tests need are'} missing:`,
    ...missing.map((m) => `  - ${m.line}`),
    'Install with (as root, or with sudo):',
    `  apt-get install --no-install-recommends ${missing.map((m) => m.pkg).join(' ')}`,
  ].join('\n');
}

/** The real machine. @type {Lookup} */
export const systemLookup = {
  env: process.env,
  isExecutable: (file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  onPath: (command) =>
    (process.env.PATH ?? '')
      .split(path.delimiter)
      .filter(Boolean)
      .some((dir) => systemLookup.isExecutable(path.join(dir, command))),
  japaneseFonts: () => {
    const run = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
    return run.status === 0 && run.stdout.trim() !== '';
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingRequirements(
    REQUIREMENTS.flatMap((r) => r.stages),
    systemLookup,
  );
  // For .ci/run, which installs them: the missing packages' names, one a line, and no verdict.
  if (process.argv.includes('--packages')) {
    for (const m of missing) console.log(m.pkg);
    process.exit(0);
  }
  const message = missingMessage(missing);
  if (message) {
    console.error(message);
    process.exit(1);
  }
  console.log('preflight: every system package the tests need is installed.');
}
