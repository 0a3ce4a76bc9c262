// The site's operator (site.config.mjs): a build for the public (DEPLOY=production) refuses to
// run without its name in both languages and a contact; any build refuses a contact that is not
// an https:// or mailto: address. Development builds may leave it unset (a marked placeholder).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operatorProblems } from '../../../site.config.mjs';

const set = { name: { ja: '運営者', en: 'Operator' }, contact: 'https://example.org/contact' };
const unset = { name: { ja: '', en: '' }, contact: '' };

describe('the operator setting', () => {
  it('may be unset in development and refuses that in production, naming what to set', () => {
    expect(operatorProblems(unset, false)).toEqual([]);
    const [problem, ...more] = operatorProblems(unset, true);
    expect(more).toEqual([]);
    expect(problem).toMatch(/^site\.config\.mjs: a production build \(DEPLOY=production\) needs the site's operator;/);
    for (const name of ['OPERATOR_NAME_JA', 'OPERATOR_NAME_EN', 'OPERATOR_CONTACT']) expect(problem).toContain(name);
    // One missing piece is named alone; a name of spaces counts as missing.
    expect(operatorProblems({ ...set, name: { ja: '運営者', en: '  ' } }, true)[0]).toMatch(
      /set OPERATOR_NAME_EN [^,]*$/,
    );
  });

  it('accepts an https:// page or a mailto: address, in production too', () => {
    expect(operatorProblems(set, true)).toEqual([]);
    expect(operatorProblems({ ...set, contact: 'mailto:a11y@example.org' }, true)).toEqual([]);
  });

  it('refuses a contact without a scheme or with another one, in every build', () => {
    for (const contact of ['www.example.jp/contact', 'http://example.org/', 'javascript:alert(1)', 'tel:0441234567'])
      for (const production of [false, true])
        expect(operatorProblems({ ...set, contact }, production), contact).toEqual([
          `site.config.mjs: OPERATOR_CONTACT must be an https:// address or a mailto: address (got "${contact}")`,
        ]);
  });

  // Only the real command proves that the build refuses; it stops while loading the config,
  // before anything is built (18 s seen on a busy 2-core machine: Astro's own start-up).
  it('stops `astro build` with DEPLOY=production before building anything, in one line', { timeout: 120_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', '/tmp/never-built'],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          DEPLOY: 'production',
          OPERATOR_NAME_JA: '',
          OPERATOR_NAME_EN: '',
          OPERATOR_CONTACT: '',
          NO_COLOR: '1',
        },
        timeout: 110_000,
      },
    );
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(
      "site.config.mjs: a production build (DEPLOY=production) needs the site's operator",
    );
    expect(existsSync('/tmp/never-built')).toBe(false);
  });
});
