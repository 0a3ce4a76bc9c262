// The CMS's local mode edits a folder through the browser's File System Access API. The CMS tests
// and `npm run cms:screenshots` hand it a folder in the origin-private file system (OPFS) holding a
// copy of content/; the tests then copy what it wrote back to a temporary folder on disk, where the
// real content check runs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

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
      for (const file of files) {
        const parts = file.path.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const handle = await folder.getFileHandle(parts.at(-1)!, { create: true });
        const writable = await handle.createWritable();
        await writable.write(Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0)));
        await writable.close();
      }
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

/** `npm run check:content` on the copy: its output, and whether it passed. */
export function checkContent(dir: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(ROOT, 'scripts/verify/check-content.mjs'), dir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
