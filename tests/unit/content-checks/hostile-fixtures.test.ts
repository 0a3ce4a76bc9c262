// Hostile content as fixture files, run through the content check in-process: each case under
// tests/unit/fixtures/hostile/<class>/<case>/ holds files laid over a copy of the real content/
// (content/… as it would be after the hostile edit), an optional delete.txt (files the edit
// removes, one a line) and expected.txt: every line the check must print, and nothing else.
// What only a build proves about such content (dist/ left alone, no content code run, no stack
// trace) is in build/npm-run-build.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFixture, repoRoot, type Fixture } from '../helpers';

const HOSTILE = path.join(repoRoot, 'tests/unit/fixtures/hostile');

/** Every case as `<class>/<case>`, sorted. */
const cases = fs
  .readdirSync(HOSTILE)
  .flatMap((kind) => fs.readdirSync(path.join(HOSTILE, kind)).map((name) => `${kind}/${name}`))
  .sort();

const linesOf = (file: string) =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
    : [];

let f: Fixture;
beforeAll(() => (f = contentFixture()));
afterAll(() => f.cleanUp());

describe('hostile content fixtures, through the content check', () => {
  it('has a case for every class the build tests used to refuse', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect([...new Set(cases.map((c) => c.split('/')[0]))].sort()).toEqual(['files', 'links', 'media', 'text']);
  });

  it.each(cases)('%s: refused with the expected lines, and nothing else', (name) => {
    const dir = path.join(HOSTILE, name);
    const overlay = fs
      .readdirSync(path.join(dir, 'content'), { recursive: true, encoding: 'utf8' })
      .map((f) => `content/${f.split(path.sep).join('/')}`)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile());
    const removed = linesOf(path.join(dir, 'delete.txt'));
    const expected = linesOf(path.join(dir, 'expected.txt'));
    expect(expected.length, `${name}/expected.txt lists no line`).toBeGreaterThan(0);
    // Put the copy back as it was afterwards, whatever the case changed.
    const before = new Map([...overlay, ...removed].map((file) => [file, readOrNull(f, file)]));
    try {
      for (const file of overlay) writeBytes(f, file, fs.readFileSync(path.join(dir, file)));
      for (const file of removed) f.remove(file);
      expect(f.check().lines).toEqual(expected);
    } finally {
      for (const [file, bytes] of before) {
        if (bytes === null) fs.rmSync(path.join(f.root, file), { force: true });
        else writeBytes(f, file, bytes);
      }
    }
  });

  it('the real content, with every case put back, passes', () => {
    expect(f.check().lines).toEqual([]);
  });
});

function readOrNull(fixture: Fixture, file: string): Buffer | null {
  const at = path.join(fixture.root, file);
  return fs.existsSync(at) ? fs.readFileSync(at) : null;
}

function writeBytes(fixture: Fixture, file: string, bytes: Buffer) {
  const at = path.join(fixture.root, file);
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.writeFileSync(at, bytes);
}
