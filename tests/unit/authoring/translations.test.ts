import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReport, translationReport } from '../../../src/authoring/translations';
import { repoRoot } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'translations-'));
  dirs.push(dir);
  return dir;
}

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

const git = (root: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

const news = (title: string) => `---\ntitle: ${title}\ndescription: d\ndate: '2020'\n---\n\nText.\n`;

function repo() {
  const root = tempDir();
  write(root, 'content/news/ja/visit.mdx', news('訪問'));
  write(root, 'content/news/en/visit.mdx', news('Visit'));
  write(root, 'content/clauses/ja/item-01.mdx', '---\nkind: item\nnumber: 1\n---\n\n条文。\n');
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'First');
  return root;
}

const status = (root: string, id: string) => translationReport(root).entries.find((e) => e.id === id)!.locales;

// Some tests run git and npm in a temporary repository: seconds each, more on a busy machine.
describe('translation status', { timeout: 60_000 }, () => {
  it('reports missing languages', () => {
    const root = repo();
    const report = translationReport(root);
    expect(report.history).toBe('full');
    expect(report.missing).toBe(1);
    expect(status(root, 'clauses/item-01').en.exists).toBe(false);
    expect(formatReport(report)).toMatch(/clauses\/item-01\s+ja: ok \(.+\)\s+en: MISSING/);
  });

  it('marks a translation older than its counterpart’s last change as stale', () => {
    const root = repo();
    write(root, 'content/news/ja/visit.mdx', news('訪問（改訂）'));
    git(root, 'commit', '-qam', 'Revise the Japanese');
    expect(status(root, 'news/visit').en.stale).toBe(true);
    expect(status(root, 'news/visit').ja.stale).toBe(false);
    expect(formatReport(translationReport(root))).toMatch(/news\/visit.*en: STALE: older than the other language/);

    write(root, 'content/news/en/visit.mdx', news('Visit (revised)'));
    git(root, 'commit', '-qam', 'Translate the revision');
    expect(status(root, 'news/visit').en.stale).toBe(false);
  });

  it('does not count a [skip-translation] commit as a content change', () => {
    const root = repo();
    write(root, 'content/news/ja/visit.mdx', `${news('訪問')}\n`);
    git(root, 'commit', '-qam', 'Fix a blank line [skip-translation]');
    expect(status(root, 'news/visit').en.stale).toBe(false);
    expect(status(root, 'news/visit').ja.stale).toBe(false);
  });

  it('counts uncommitted edits as the newest change', () => {
    const root = repo();
    write(root, 'content/news/en/visit.mdx', news('Visit, edited'));
    expect(status(root, 'news/visit').ja.stale).toBe(true);
  });

  it('works without git history, saying so', () => {
    const root = tempDir();
    write(root, 'content/news/ja/visit.mdx', news('訪問'));
    const report = translationReport(root);
    expect(report.history).toBe('none');
    expect(formatReport(report)).toContain(
      'Note: git history is not available here, so only missing translations are reported, not stale ones.',
    );
  });

  it('works in a shallow clone, saying so', () => {
    const source = repo();
    write(source, 'content/news/ja/visit.mdx', news('訪問（改訂）'));
    git(source, 'commit', '-qam', 'Revise');
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', `file://${source}`, 'shallow');
    const report = translationReport(path.join(clone, 'shallow'));
    expect(report.history).toBe('shallow');
    expect(report.note).toContain('shallow clone');
  });

  // Each run of the command loads the project's code anew: a few seconds each on a busy machine.
  const translations = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'scripts/authoring/translations.mjs'), root, ...args], {
      encoding: 'utf8',
    });

  it('npm run translations exits 0, and 1 with --strict when something is missing or stale', () => {
    const root = repo();
    expect(translations(root).status).toBe(0);
    const strict = translations(root, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('1 missing translation(s), 0 stale translation(s)');
  });

  it('npm run translations --strict exits 0 once nothing is missing or stale', () => {
    const root = repo();
    fs.rmSync(path.join(root, 'content/clauses'), { recursive: true });
    expect(translations(root, '--strict').status).toBe(0);
  });
});
