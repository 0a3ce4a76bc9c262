import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** A temporary project root holding a copy of the real content/ folder, for the checks to read. */
export function contentFixture(): Fixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  fs.cpSync(path.join(repoRoot, 'content'), path.join(root, 'content'), { recursive: true });
  const at = (file: string) => path.join(root, file);
  const fixture: Fixture = {
    root,
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
      const result = checkContent(root);
      return { ...result, lines: result.problems.map(formatProblem) };
    },
    cleanUp: () => fs.rmSync(root, { recursive: true, force: true }),
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
