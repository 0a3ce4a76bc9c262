import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers';

const node = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, script), ...args], { encoding: 'utf8', cwd: repoRoot });

// These run the command as an editor does (a second or two each; more when busy).
describe('npm run lint:ja', { timeout: 60_000 }, () => {
  it('passes on the real Japanese content', () => {
    const result = node('scripts/verify/lint-ja.mjs');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('reports a space between Japanese and Latin letters, in the body and in the frontmatter', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-ja-'));
    try {
      const file = path.join(dir, 'news.mdx');
      fs.writeFileSync(file, '---\ntitle: BioMとの ライフサイエンス\ndate: 2020\n---\n\n川崎市と BioM の覚書。\n');
      const result = node('scripts/verify/lint-ja.mjs', file);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/news\.mdx:6:5: 原則として、全角文字と半角文字の間にスペースを入れません。/);
      expect(result.stderr).toMatch(/news\.mdx:2: 原則として、全角文字どうしの間にスペースを入れません。/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a space between Japanese words in a YAML value, naming the line and the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-ja-'));
    try {
      const file = path.join(dir, 'takahashi.yaml');
      // A comment and an English value are not Japanese prose; the role's space is refused.
      fs.writeFileSync(file, '# 写真の 人物\nname: Tomohiro Takahashi\nrole: 臨海部国際戦略本部 ディレクター\n');
      const result = node('scripts/verify/lint-ja.mjs', file);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Japanese spacing: 1 problem(s).');
      expect(result.stderr).toMatch(
        /takahashi\.yaml:3: 原則として、全角文字どうしの間にスペースを入れません。 .* in field role/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
