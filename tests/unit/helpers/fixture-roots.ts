// The temporary project roots that contentFixture() (tests/unit/helpers.ts) hands out, kept here,
// apart from the helpers, so that the setup file every test file runs (tests/unit/setup.ts) can
// remove them without loading the content check.
import fs from 'node:fs';

/**
 * Roots no test holds at the moment. A fixture handed back is restored and handed out again: a
 * new copy is a new path to the check, and each new path costs a child process per photo to
 * decode (src/content-checks/media.ts caches what it decoded by path, size and modification time).
 */
export const idleRoots: string[] = [];
const allRoots: string[] = [];

export function newRoot(root: string) {
  allRoots.push(root);
}

/** Removes every root of the test file that just ran (tests/unit/setup.ts runs it after each file). */
export function removeFixtureRoots() {
  for (const root of allRoots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  idleRoots.length = 0;
}
