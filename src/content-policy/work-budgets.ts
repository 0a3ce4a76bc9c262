/**
 * Budgets on the work one entry may cost, as data, beside the functions that apply them before any
 * parsing starts. Bytes alone do not bound the work: the Markdown reader's cost grows faster than
 * the text when brackets and emphasis markers pile up (one 700 kB paragraph of 100,000 links
 * crashed the MDX compile after three minutes; 200 kB of "[*" kept the check busy for more than
 * four), and a 300,000-character title is no title. The limits are far above what the content
 * holds (at most a few links, brackets or markers per entry; fields of at most 184 characters when
 * these limits were set) and far below what makes the reader slow.
 */

/** Links in one entry's text (Markdown links, reference links, definitions and <https://…> links). */
export const MAX_LINKS = 500;
/** Square brackets ([ and ]) in one entry's text: every link and footnote has two. */
export const MAX_BRACKETS = 2_000;
/** Emphasis and strikethrough markers (*, _ and ~) in one entry's text. */
export const MAX_EMPHASIS_MARKERS = 2_000;
/** Characters in one field of the frontmatter or a YAML entry (a title, a name, an alt text, a caption). */
export const MAX_FIELD_CHARACTERS = 2_000;
/** The longest reading one entry's text may take before it is refused, naming the file. */
export const PARSE_DEADLINE_MS = 20_000;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const thousands = (n: number) => n.toLocaleString('en-GB');

/** What one entry's text would cost too much to read, one sentence each (empty when within budget). */
export function bodyBudgetProblems(body: string): string[] {
  const problems: string[] = [];
  // [text](…), [text][ref], [ref]: … and <https://…> (an automatic link).
  const links = count(body, /\]\(|\]\[|\]:|<[a-z][a-z0-9+.-]*:/gi);
  if (links > MAX_LINKS)
    problems.push(
      `the text has ${thousands(links)} links; an entry may have at most ${thousands(MAX_LINKS)}, so split it into several entries or link to a page that lists them.`,
    );
  const brackets = count(body, /[[\]]/g);
  if (brackets > MAX_BRACKETS)
    problems.push(
      `the text has ${thousands(brackets)} square brackets ([ ]); an entry may have at most ${thousands(MAX_BRACKETS)}, so remove the ones that are not links or split the entry.`,
    );
  const markers = count(body, /[*_~]/g);
  if (markers > MAX_EMPHASIS_MARKERS)
    problems.push(
      `the text has ${thousands(markers)} emphasis marks (*, _ or ~); an entry may have at most ${thousands(MAX_EMPHASIS_MARKERS)}, so remove the ones that do not mark emphasis or split the entry.`,
    );
  return problems;
}

/** What is wrong with the length of one field's text, or undefined. */
export function fieldLengthProblem(value: string): string | undefined {
  const length = [...value].length;
  return length > MAX_FIELD_CHARACTERS
    ? `is ${thousands(length)} characters long; a field may hold at most ${thousands(MAX_FIELD_CHARACTERS)}, so shorten it (a title, name, alt text or caption is a sentence or two).`
    : undefined;
}
