import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, repoRoot, setField, type Fixture } from '../../helpers';

let f: Fixture | undefined;
afterEach(() => f?.cleanUp());

const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, script), ...args], { encoding: 'utf8', cwd: repoRoot });

// These run the commands as an editor does, through npm (a second or two each; more when busy).
describe('npm run check:content', { timeout: 60_000 }, () => {
  it('passes on the real content', () => {
    const result = node('scripts/verify/check-content.mjs');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content check passed');
  });

  it('fails with one line per problem', () => {
    f = contentFixture();
    setField(f, 'content/clauses/ja/item-07.mdx', 'number', 'seven');
    const result = node('scripts/verify/check-content.mjs', f.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content check failed: 1 problem found.');
    expect(result.stderr).toContain('content/clauses/ja/item-07.mdx: number: must be a whole number (got "seven")');
  });
});
