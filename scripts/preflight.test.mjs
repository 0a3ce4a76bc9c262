import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { missingMessage, missingRequirements, REQUIREMENTS, systemLookup } from './preflight.mjs';
import { STAGES } from './test.mjs';

const ALL_STAGES = STAGES.map(([name]) => name);

/** A fake machine: the files that are executable, the commands on the PATH, whether Japanese fonts are installed. */
const machine = ({ files = [], path = [], fonts = true, env = {} } = {}) => ({
  env,
  isExecutable: (file) => files.includes(file),
  onPath: (command) => path.includes(command),
  japaneseFonts: () => fonts,
});

const BROWSERS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
const complete = machine({ files: [...BROWSERS, '/usr/sbin/nginx'], path: ['java'] });

describe('the system packages npm test checks before its first stage', () => {
  test('every requirement belongs to stages that npm test runs', () => {
    for (const r of REQUIREMENTS) for (const stage of r.stages) expect(ALL_STAGES, r.pkg).toContain(stage);
  });

  test('a complete machine lacks nothing, and the message is empty', () => {
    expect(missingRequirements(ALL_STAGES, complete)).toEqual([]);
    expect(missingMessage([])).toBe('');
  });

  test('a bare machine lacks all five, named with the one command that installs them', () => {
    const missing = missingRequirements(ALL_STAGES, machine({ fonts: false }));
    expect(missing.map((m) => m.pkg)).toEqual([
      'chromium-headless-shell',
      'chromium',
      'fonts-noto-cjk',
      'nginx',
      'default-jre-headless',
    ]);
    const message = missingMessage(missing);
    expect(message.split('\n')[0]).toBe('npm test: system packages the tests need are missing:');
    expect(message).toContain(
      '  - nginx: nginx, which serves dist/ with deploy/nginx.conf for the end-to-end tests; not at /usr/sbin/nginx nor on the PATH.',
    );
    expect(message).toContain(
      '  - default-jre-headless: Java, which runs the Nu HTML Checker over the built pages; `java` is not on the PATH.',
    );
    expect(message).toContain('  - fonts-noto-cjk: Japanese fonts');
    expect(message.split('\n').at(-1)).toBe(
      '  apt-get install --no-install-recommends chromium-headless-shell chromium fonts-noto-cjk nginx default-jre-headless',
    );
  });

  test('each requirement alone is found missing, and only it', () => {
    const cases = [
      ['chromium-headless-shell', machine({ files: ['/usr/bin/chromium', '/usr/sbin/nginx'], path: ['java'] })],
      ['chromium', machine({ files: ['/usr/bin/chromium-headless-shell', '/usr/sbin/nginx'], path: ['java'] })],
      ['fonts-noto-cjk', machine({ files: [...BROWSERS, '/usr/sbin/nginx'], path: ['java'], fonts: false })],
      ['nginx', machine({ files: BROWSERS, path: ['java'] })],
      ['default-jre-headless', machine({ files: [...BROWSERS, '/usr/sbin/nginx'] })],
    ];
    expect(cases.map(([pkg]) => pkg).sort()).toEqual(REQUIREMENTS.map((r) => r.pkg).sort());
    for (const [pkg, lookup] of cases) {
      const missing = missingRequirements(ALL_STAGES, lookup);
      expect(
        missing.map((m) => m.pkg),
        pkg,
      ).toEqual([pkg]);
      expect(missingMessage(missing)).toMatch(/^npm test: a system package the tests need is missing:\n/);
      expect(missingMessage(missing).split('\n').at(-1)).toBe(`  apt-get install --no-install-recommends ${pkg}`);
    }
  });

  test('nginx on the PATH instead of /usr/sbin counts as installed', () => {
    const lookup = machine({ files: BROWSERS, path: ['java', 'nginx'] });
    expect(missingRequirements(ALL_STAGES, lookup)).toEqual([]);
  });

  test('CHROMIUM_HEADLESS_SHELL_PATH, CHROMIUM_PATH and NGINX are honoured, and a wrong one is named', () => {
    const env = {
      CHROMIUM_HEADLESS_SHELL_PATH: '/opt/chrome/headless-shell',
      CHROMIUM_PATH: '/opt/chrome/chrome',
      NGINX: '/opt/nginx/sbin/nginx',
    };
    expect(missingRequirements(ALL_STAGES, machine({ files: [...Object.values(env)], path: ['java'], env }))).toEqual(
      [],
    );
    // Set but wrong: the Debian locations do not stand in for them.
    const wrong = machine({ files: [...BROWSERS, '/usr/sbin/nginx'], path: ['java', 'nginx'], env });
    expect(missingRequirements(ALL_STAGES, wrong).map((m) => m.line)).toEqual([
      expect.stringContaining('no executable at /opt/chrome/headless-shell (CHROMIUM_HEADLESS_SHELL_PATH)'),
      expect.stringContaining('no executable at /opt/chrome/chrome (CHROMIUM_PATH)'),
      expect.stringContaining('no executable at /opt/nginx/sbin/nginx (NGINX)'),
    ]);
  });

  test('only the stages about to run are asked about', () => {
    const bare = machine({ fonts: false });
    // `npm test -- --from repro` needs no system package; `--from cms` needs the editor's browser and fonts only.
    expect(missingRequirements(['repro'], bare)).toEqual([]);
    expect(missingRequirements(['cms', 'repro'], bare).map((m) => m.pkg)).toEqual(['chromium', 'fonts-noto-cjk']);
    expect(missingRequirements(['html', 'links'], bare).map((m) => m.pkg)).toEqual(['default-jre-headless']);
  });

  test('the real lookup tells an executable from a missing file and a directory', () => {
    expect(systemLookup.isExecutable(process.execPath)).toBe(true);
    expect(systemLookup.isExecutable('/no/such/file')).toBe(false);
    expect(systemLookup.isExecutable('/usr/bin')).toBe(false);
    expect(systemLookup.onPath('no-such-command-here')).toBe(false);
  });

  test("the README's requirements list every package, with the command that installs them all", () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Requirements'), readme.indexOf('## The two commands'));
    const rows = [...section.matchAll(/^\s*\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]);
    expect(rows).toEqual(REQUIREMENTS.map((r) => r.pkg));
    expect(section).toContain(
      missingMessage(missingRequirements(ALL_STAGES, machine({ fonts: false })))
        .split('\n')
        .at(-1)
        .trim(),
    );
  });
});
