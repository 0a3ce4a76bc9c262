// The CMS's local mode edits a folder through the browser's File System Access API. The CMS tests
// and `npm run cms:screenshots` hand it a folder in the origin-private file system (OPFS) holding a
// copy of content/; the tests then copy what it wrote back to a temporary folder on disk, where the
// real content check runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadContentChecks } from '../../src/integrations/load-content-checks.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const REPO = 'repo';

/** A temporary folder with a copy of content/. */
export function copyOfContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'));
  fs.cpSync(path.join(ROOT, 'content'), path.join(dir, 'content'), { recursive: true });
  return dir;
}

function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Every file under content/ in dir, as path → bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  return new Map(
    filesUnder(path.join(dir, 'content')).map((f) => [`content/${f}`, fs.readFileSync(path.join(dir, 'content', f))]),
  );
}

/** Paths whose bytes differ (or exist on one side only) between two snapshots. */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => !before.get(p)?.equals(after.get(p) ?? Buffer.alloc(0)) || !after.has(p)).sort();
}

/** Before any page script: the folder picker returns the OPFS folder instead of asking. */
export async function stubFolderPicker(page: Page) {
  await page.addInitScript((repo) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(repo, { create: true }),
    });
  }, REPO);
}

/** Writes dir's content/ (and an empty .git, which the CMS looks for) into the OPFS folder. */
export async function loadIntoBrowser(page: Page, dir: string) {
  const files = [...snapshot(dir)].map(([p, bytes]) => ({ path: p, data: bytes.toString('base64') }));
  await page.evaluate(
    async ({ repo, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(repo, { recursive: true }).catch(() => {});
      const root = await opfs.getDirectoryHandle(repo, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      // Each folder is made once; the files are written side by side (one at a time, each
      // write's round trips to the browser's file system took most of the editor tests' set-up).
      const folders = new Map<string, Promise<FileSystemDirectoryHandle>>([['', Promise.resolve(root)]]);
      const folder = (dir: string): Promise<FileSystemDirectoryHandle> => {
        let made = folders.get(dir);
        if (!made) {
          const cut = dir.lastIndexOf('/');
          made = folder(dir.slice(0, Math.max(cut, 0))).then((parent) =>
            parent.getDirectoryHandle(dir.slice(cut + 1), { create: true }),
          );
          folders.set(dir, made);
        }
        return made;
      };
      await Promise.all(
        files.map(async (file) => {
          const cut = file.path.lastIndexOf('/');
          const handle = await (
            await folder(file.path.slice(0, cut))
          ).getFileHandle(file.path.slice(cut + 1), {
            create: true,
          });
          const writable = await handle.createWritable();
          await writable.write(Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0)));
          await writable.close();
        }),
      );
    },
    { repo: REPO, files },
  );
}

/** Replaces dir's content/ with what the CMS left in the OPFS folder. */
export async function copyBackFromBrowser(page: Page, dir: string) {
  const files = await page.evaluate(async (repo) => {
    const out: { path: string; data: string }[] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of folder.entries()) {
        if (prefix === '' && name !== 'content') continue;
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          let binary = '';
          for (const b of bytes) binary += String.fromCharCode(b);
          out.push({ path: `${prefix}${name}`, data: btoa(binary) });
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(repo), '');
    return out;
  }, REPO);
  fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), Buffer.from(file.data, 'base64'));
  }
}

/** The content check's modules, loaded once per test process as `npm run check:content` loads them. */
let checks: ReturnType<typeof loadContentChecks> | undefined;

/**
 * The content check (`npm run check:content`) on the copy, in this process: loading the checker
 * took 3–6 s per run in a new process on a busy machine, checking the copy 0.1–0.7 s. `problems`
 * holds the check's own report, one line per problem, empty when the copy passes.
 */
export async function checkContent(dir: string): Promise<{ ok: boolean; problems: string }> {
  checks ??= loadContentChecks(ROOT);
  const { checkContent, formatProblems } = await checks;
  const { problems } = checkContent(dir);
  return { ok: problems.length === 0, problems: problems.length === 0 ? '' : formatProblems(problems) };
}
