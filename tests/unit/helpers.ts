import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { idleRoots, newRoot } from './helpers/fixture-roots';
import { checkContent, formatProblem, type CheckResult } from '../../src/lib/site-check';

export const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../..');

export interface Fixture {
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  edit(file: string, change: (text: string) => string): void;
  remove(file: string): void;
  check(): CheckResult & { lines: string[] };
  cleanUp(): void;
}

/**
 * Puts a copy of content/ back as it is in the repository: removes what a test added (files,
 * folders, links, pipes), rewrites what it changed, restores what it deleted. Files it left alone
 * keep their inode and modification time, so the check's cache of decoded images still knows them.
 */
function restoreContent(copy: string, original: string) {
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const at = path.join(dir, name);
      const from = path.join(original, path.relative(copy, at));
      const is = fs.lstatSync(at);
      const was = fs.lstatSync(from, { throwIfNoEntry: false });
      const sameKind =
        was !== undefined &&
        ((is.isFile() && was.isFile()) || (is.isDirectory() && was.isDirectory() && !is.isSymbolicLink()));
      if (!sameKind) {
        if (is.isDirectory()) fs.chmodSync(at, 0o755);
        fs.rmSync(at, { recursive: true, force: true });
        continue;
      }
      if ((is.mode & 0o7777) !== (was.mode & 0o7777)) fs.chmodSync(at, was.mode & 0o7777);
      if (is.isDirectory()) walk(at);
      else if (is.size !== was.size || !fs.readFileSync(at).equals(fs.readFileSync(from))) fs.copyFileSync(from, at);
    }
  };
  walk(copy);
  // What the test deleted: copied back without touching what is there.
  fs.cpSync(original, copy, { recursive: true, force: false, errorOnExist: false });
}

/**
 * A temporary project root holding a copy of the real content/ folder, for the checks to read.
 * cleanUp() restores it and hands it to the next contentFixture() of the same test file (see
 * helpers/fixture-roots.ts); tests/unit/setup.ts removes the roots once the file has run.
 */
export function contentFixture(): Fixture {
  let root = idleRoots.pop();
  if (root === undefined) {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
    fs.cpSync(path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
    newRoot(root);
  }
  const fixtureRoot = root;
  const at = (file: string) => path.join(fixtureRoot, file);
  let handedBack = false;
  const fixture: Fixture = {
    root: fixtureRoot,
    read: (file) => fs.readFileSync(at(file), 'utf8'),
    write: (file, text) => {
      fs.mkdirSync(path.dirname(at(file)), { recursive: true });
      fs.writeFileSync(at(file), text);
    },
    edit: (file, change) => {
      const before = fixture.read(file);
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
      fixture.write(file, after);
    },
    remove: (file) => fs.rmSync(at(file)),
    check: () => {
      const result = checkContent(fixtureRoot);
      return { ...result, lines: result.problems.map(formatProblem) };
    },
    cleanUp: () => {
      if (handedBack) return;
      handedBack = true;
      // Anything else in the root (a test may write beside content/) goes; content/ is restored.
      for (const name of fs.readdirSync(fixtureRoot))
        if (name !== 'content') fs.rmSync(at(name), { recursive: true, force: true });
      if (!fs.existsSync(at('content'))) fs.mkdirSync(at('content'));
      restoreContent(at('content'), path.join(repoRoot, 'content'));
      idleRoots.push(fixtureRoot);
    },
  };
  return fixture;
}

/** Replaces one line of YAML/frontmatter `field: …` in a file. */
export function setField(fixture: Fixture, file: string, field: string, value: string) {
  fixture.edit(file, (text) => text.replace(new RegExp(`^${field}:.*$`, 'm'), `${field}: ${value}`));
}

/** The problem lines after one temporary change to a file; the file is restored afterwards. */
export function linesAfter(fixture: Fixture, file: string, change: (text: string) => string): string[] {
  const original = fixture.read(file);
  const changed = change(original);
  if (changed === original) throw new Error(`the fixture change left ${file} as it was`);
  fixture.write(file, changed);
  try {
    return fixture.check().lines;
  } finally {
    fixture.write(file, original);
  }
}
