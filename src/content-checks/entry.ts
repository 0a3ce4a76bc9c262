/**
 * What the jobs of the content check share: the entry record that discovery creates and the later
 * jobs fill in, the result, and how files and languages are named in messages.
 */
import path from 'node:path';
import type { CollectionName, Locale } from '../model';
import type { Problem } from './problem';

export interface Entry {
  collection: CollectionName;
  locale: Locale;
  key: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  absolute: string;
  source: string;
  /** The Markdown text below the frontmatter (Markdown/MDX entries only). */
  body?: string;
  /** Every link address of the body with its line (Markdown/MDX entries only), for the site checks. */
  links?: { url: string; line?: number }[];
  /** Validated data, when the file parsed and matched its schema. */
  data?: Record<string, unknown>;
  draft: boolean;
  /** Refused before parsing (not UTF-8): already reported, never parsed. */
  unreadable?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  warnings: string[];
  entries: Entry[];
}

export const LANGUAGE = { ja: 'Japanese', en: 'English' } as const;
export const rel = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');
