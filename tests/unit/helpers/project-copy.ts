// A temporary copy of the project for tests that run the real `npm run build`. It shares
// node_modules (a link) but keeps Astro's cache (content data store, image cache) to itself:
// builds of other copies, run at the same time by other test files, or of the project itself,
// would otherwise read and write the same node_modules/.astro and see each other's content.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers';

const SKIP = new Set(['node_modules', '.git', 'dist', '.build-tmp', '.astro', 'test-results', 'playwright-report']);

export interface ProjectCopy {
  root: string;
  at(file: string): string;
  read(file: string): string;
  write(file: string, text: string | Buffer): void;
  /** `npm run build` in the copy: its exit status and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** Puts a previous build in dist/ (index.html and marker.txt) for the "left alone" checks. */
  seedPreviousDist(): void;
  cleanUp(): void;
}

export function projectCopy(prefix: string): ProjectCopy {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const at = (file: string) => path.join(root, file);
  fs.cpSync(repoRoot, root, {
    recursive: true,
    filter: (source) => !SKIP.has(path.relative(repoRoot, source).split(path.sep)[0]!),
  });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), at('node_modules'), 'dir');
  const config = fs.readFileSync(at('astro.config.mjs'), 'utf8');
  const privateCache = config.replace('site: SITE_URL,', "site: SITE_URL,\n  cacheDir: './.astro-cache',");
  if (privateCache === config) throw new Error('project copy: astro.config.mjs has no "site: SITE_URL," line');
  fs.writeFileSync(at('astro.config.mjs'), privateCache);
  const copy: ProjectCopy = {
    root,
    at,
    read: (file) => fs.readFileSync(at(file), 'utf8'),
    write: (file, text) => {
      fs.mkdirSync(path.dirname(at(file)), { recursive: true });
      fs.writeFileSync(at(file), text);
    },
    build: (env = {}) => {
      const result = spawnSync('npm', ['run', 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 150_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    seedPreviousDist: () => {
      fs.mkdirSync(at('dist'), { recursive: true });
      fs.writeFileSync(at('dist/index.html'), 'previous build\n');
      fs.writeFileSync(at('dist/marker.txt'), 'marker\n');
    },
    cleanUp: () => fs.rmSync(root, { recursive: true, force: true }),
  };
  return copy;
}
