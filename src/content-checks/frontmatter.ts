import yaml from 'js-yaml';

/** Reading of YAML and frontmatter, with js-yaml as Astro itself uses. */
export type Parsed =
  | { ok: true; data: unknown; body: string; bodyStartLine: number; frontmatterLines: number }
  | { ok: false; line?: number; message: string };

function yamlError(error: unknown, lineOffset: number): { ok: false; line?: number; message: string } {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
    return {
      ok: false,
      ...(line ? { line } : {}),
      message: `the YAML cannot be read (${error.reason}); check indentation, the colon after each field name, and quotes around text containing ": " or starting with a special character`,
    };
  }
  return { ok: false, message: `the YAML cannot be read (${String(error)})` };
}

export function parseYaml(text: string, lineOffset = 0): Parsed {
  try {
    const data = yaml.load(text);
    return { ok: true, data: data ?? {}, body: '', bodyStartLine: 1, frontmatterLines: 0 };
  } catch (error) {
    return yamlError(error, lineOffset);
  }
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits `---` frontmatter from the body. The body keeps its original line numbers: the
 * frontmatter lines are replaced by empty lines so positions in the body match the file.
 */
export function parseFrontmatter(source: string): Parsed {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'the file must start with a frontmatter block: a line "---", the fields, and another line "---"',
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      ok: false,
      line: 1,
      message: 'the frontmatter starts with "---" but has no closing "---" line; add one after the last field',
    };
  }
  const parsed = parseYaml(lines.slice(1, end).join('\n'), 1);
  if (!parsed.ok) return parsed;
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { ok: false, line: 2, message: 'the frontmatter must be a list of fields written as "name: value"' };
  }
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { ok: true, data: parsed.data, body, bodyStartLine: end + 2, frontmatterLines: end + 1 };
}
