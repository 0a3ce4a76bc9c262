// Temporary copies of the repository for the benchmark's builds, and the synthetic news entries
// the scaling case writes into them.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '../../src/model/locales.ts';
import { ROOT } from './measure.mjs';

/** A copy of the repo with its own node_modules/.astro (everything else in node_modules linked). */
export function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'kb-scale-'));
  for (const entry of readdirSync(ROOT)) {
    if (['node_modules', 'dist', '.astro', '.build-tmp', '.git', 'test-results', 'playwright-report'].includes(entry))
      continue;
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

export function writeNews(dir, n) {
  for (const locale of LOCALES) {
    const folder = join(dir, 'content/news', locale);
    for (const f of readdirSync(folder)) if (f.startsWith('bench-')) rmSync(join(folder, f));
    for (let i = 0; i < n; i++) {
      const key = `bench-${String(i).padStart(4, '0')}`;
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const title = locale === 'ja' ? `川崎市とBioMの交流 第${i + 1}報` : `Kawasaki–BioM exchange, report ${i + 1}`;
      const body =
        locale === 'ja'
          ? `川崎市とBioMは、ライフサイエンス分野を中心とした経済交流を進めています（第${i + 1}報）。\n\n## 概要\n\n企業間連携と産学連携の促進に向けて、相互訪問と情報交換を行いました。`
          : `The City of Kawasaki and BioM continue their economic exchange centred on the life sciences (report ${i + 1}).\n\n## Summary\n\nThe two sides exchanged visits and information to promote collaboration between companies and between industry and academia.`;
      writeFileSync(
        join(folder, `${key}.mdx`),
        `---\ntitle: '${title}'\ndescription: '${title}.'\ndate: '${day}'\n---\n\n${body}\n`,
      );
    }
  }
}
