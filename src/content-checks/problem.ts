/** One thing wrong with the content, phrased for an editor. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** The counterpart file in the other language, for problems that concern both. */
  otherFile?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field (frontmatter or YAML key) concerned, when there is one. */
  field?: string;
  /** One sentence saying what is wrong and what to do. */
  message: string;
}

/**
 * Invisible and control characters in a message (from a file name, a field name or a quoted
 * value) are shown as \u{202E}: printed raw, they could reorder the line or drive the terminal.
 */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Co}\p{Cn}\p{Cs}]/gu, (c) =>
    c === '\n' ? c : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}

/** `content/x/ja/a.mdx:12: field: message` — the form printed by the build and the CLI. */
export function formatProblem(problem: Problem): string {
  return visible(formatRaw(problem));
}

function formatRaw(problem: Problem): string {
  const where = problem.otherFile
    ? `${problem.file} and ${problem.otherFile}`
    : problem.line
      ? `${problem.file}:${problem.line}`
      : problem.file;
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check failed: ${count} found.`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** A stable order, whatever order the file system lists files in: by file, then by line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
