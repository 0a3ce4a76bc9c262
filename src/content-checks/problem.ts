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

/** `content/x/ja/a.mdx:12: field: message` — the form printed by the build and the CLI. */
export function formatProblem(problem: Problem): string {
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
