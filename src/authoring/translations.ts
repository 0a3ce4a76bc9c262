/**
 * Translation status, Lunaria-style: for each entry, does each language exist, and was one
 * language changed after the other? "Changed" means the last commit touching the file whose
 * message does not contain [skip-translation]; uncommitted edits count as changed now.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findEntries } from '../content-checks/index';
import { LOCALES, type Locale } from '../model';

export const SKIP_MARKER = '[skip-translation]';

export interface LocaleStatus {
  file: string;
  exists: boolean;
  draft?: boolean;
  /** Unix seconds of the last content change, when known. */
  changed?: number;
  /** Position in history: 0 for uncommitted edits, 1 for the newest commit, and so on (lower is newer). */
  rank?: number;
  /** Where `changed` came from. */
  source?: 'commit' | 'working tree';
  /** This language is older than the other's last content change. */
  stale: boolean;
}

export interface EntryStatus {
  id: string;
  locales: Record<Locale, LocaleStatus>;
}

export interface TranslationReport {
  history: 'full' | 'shallow' | 'none';
  note?: string;
  entries: EntryStatus[];
  missing: number;
  stale: number;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Last content-changing commit time for every file under content/, from one `git log`. */
function lastChanges(root: string): {
  times: Map<string, { time: number; rank: number }>;
  dirty: Set<string>;
  history: TranslationReport['history'];
} {
  const times = new Map<string, { time: number; rank: number }>();
  const dirty = new Set<string>();
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    return { times, dirty, history: 'none' };
  }
  const prefix = path.relative(top, path.resolve(root)).split(path.sep).join('/');
  const toRoot = (file: string) => (prefix ? file.slice(prefix.length + 1) : file);
  let shallow = false;
  try {
    shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const log = git(root, ['log', '--format=%x1e%ct%x00%B%x00', '--name-only', '--no-renames', '--', 'content']);
    let rank = 0;
    for (const record of log.split('\x1e').slice(1)) {
      rank++;
      const [time, message, files = ''] = record.split('\x00');
      if (message!.includes(SKIP_MARKER)) continue;
      for (const file of files
        .split('\n')
        .map((f) => f.trim())
        .filter(Boolean)) {
        const relative = toRoot(file);
        if (!times.has(relative)) times.set(relative, { time: Number(time), rank });
      }
    }
  } catch {
    // A repository without commits yet: everything is uncommitted.
  }
  try {
    const status = git(root, ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'content']);
    for (const item of status.split('\x00').filter(Boolean)) {
      const file = item.slice(3);
      if (file) dirty.add(toRoot(file));
    }
  } catch {
    // ignore: no working tree information
  }
  return { times, dirty, history: shallow ? 'shallow' : 'full' };
}

export function translationReport(root: string): TranslationReport {
  const entries = findEntries(root);
  const { times, dirty, history } = lastChanges(root);
  const now = Math.floor(Date.now() / 1000);
  const ids = [...new Set(entries.map((e) => `${e.collection}/${e.key}`))].sort();
  const report: TranslationReport = { history, entries: [], missing: 0, stale: 0 };
  if (history === 'none')
    report.note = 'git history is not available here, so only missing translations are reported, not stale ones.';
  if (history === 'shallow')
    report.note =
      'this is a shallow clone: changes older than its history are not visible, so stale translations may be missed (run git fetch --unshallow for a full report).';

  for (const id of ids) {
    const [collection, key] = id.split('/') as [string, string];
    const locales = {} as Record<Locale, LocaleStatus>;
    for (const locale of LOCALES) {
      const entry = entries.find((e) => e.collection === collection && e.key === key && e.locale === locale);
      const file = entry?.file ?? `content/${collection}/${locale}/${key}`;
      const status: LocaleStatus = { file, exists: Boolean(entry), stale: false };
      if (entry) {
        if (/^draft:\s*true\s*$/m.test(entry.source)) status.draft = true;
        if (history !== 'none') {
          const committed = times.get(entry.file);
          if (dirty.has(entry.file)) Object.assign(status, { changed: now, rank: 0, source: 'working tree' });
          else if (committed)
            Object.assign(status, { changed: committed.time, rank: committed.rank, source: 'commit' });
        }
      } else {
        report.missing++;
      }
      locales[locale] = status;
    }
    const [a, b] = LOCALES.map((l) => locales[l]);
    if (a!.rank !== undefined && b!.rank !== undefined && a!.rank !== b!.rank) {
      const older = a!.rank > b!.rank ? a! : b!;
      older.stale = true;
      report.stale++;
    }
    report.entries.push({ id, locales });
  }
  return report;
}

const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ');

export function formatReport(report: TranslationReport): string {
  const lines: string[] = ['Translation status (ja / en)'];
  if (report.note) lines.push(`Note: ${report.note}`);
  const width = Math.max(...report.entries.map((e) => e.id.length), 5) + 2;
  const cell = (s: LocaleStatus, other: LocaleStatus) => {
    if (!s.exists) return 'MISSING';
    let text = s.draft ? 'draft' : 'ok';
    if (s.changed !== undefined) text += ` (${s.source === 'working tree' ? 'uncommitted' : day(s.changed)})`;
    if (s.stale) text = `STALE: older than the other language's change of ${day(other.changed!)}`;
    return text;
  };
  for (const entry of report.entries) {
    const { ja, en } = entry.locales;
    lines.push(`${entry.id.padEnd(width)}ja: ${cell(ja, en).padEnd(36)} en: ${cell(en, ja)}`);
  }
  lines.push(
    report.missing + report.stale === 0
      ? `All ${report.entries.length} entries exist in both languages and are up to date.`
      : `${report.entries.length} entries: ${report.missing} missing translation(s), ${report.stale} stale translation(s). ` +
          `A commit whose message contains ${SKIP_MARKER} does not count as a content change.`,
  );
  return lines.join('\n');
}
