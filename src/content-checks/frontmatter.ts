import { extractFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';

/**
 * Reading of YAML and frontmatter. Values come from js-yaml with its default schema, exactly as
 * Astro itself reads them (its glob loader and frontmatter parser use the same js-yaml), so the
 * checks validate what Astro will see. A second parser, `yaml`, gives the syntax tree: content
 * YAML is data only, so anchors, aliases, explicit tags and merge keys are refused, and dates are
 * checked from the text as written (js-yaml turns an unquoted 2020-02-30 into 1 March).
 */
export type Parsed =
  | {
      ok: true;
      data: unknown;
      body: string;
      bodyStartLine: number;
      frontmatterLines: number;
      /** The YAML text (the frontmatter for Markdown files) and the file line before its first line. */
      yaml: string;
      yamlLineOffset: number;
    }
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

/** js-yaml's own timestamp type: whatever it reads as a date, Astro receives as a Date. */
const timestamp = (yaml as unknown as { types: { timestamp: yaml.Type } }).types.timestamp;

export function parseYaml(text: string, lineOffset = 0): Parsed {
  try {
    const data = yaml.load(text);
    return {
      ok: true,
      data: data ?? {},
      body: '',
      bodyStartLine: 1,
      frontmatterLines: 0,
      yaml: text,
      yamlLineOffset: lineOffset,
    };
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
  const yamlText = lines.slice(1, end).join('\n');
  // Astro finds the frontmatter with its own expression (the first line starting with "---"
  // closes it, "---x" too): if it would read a different block, it would render text this
  // check never saw, so the file is refused.
  const astroYaml = extractFrontmatter(source.replace(/^\uFEFF/, ''))?.replace(/\r\n/g, '\n');
  if (astroYaml !== (yamlText === '' ? '\n' : `\n${yamlText}\n`)) {
    const closing = astroYaml === undefined ? 1 : astroYaml.split('\n').length;
    return {
      ok: false,
      line: closing,
      message: `the frontmatter must be closed by a line that is exactly "---" (line ${closing} starts with "---" and closes it for the site); put other text on a line that does not start with "---"`,
    };
  }
  // Parsed as Astro parses it, from the newline after the opening "---": a byte order mark on the
  // first field's line is then text (reported as an invisible character), not skipped.
  const fromNewline = parseYaml(`\n${yamlText}`, 0);
  if (!fromNewline.ok) return fromNewline;
  const parsed = { ...fromNewline, yaml: yamlText, yamlLineOffset: 1 };
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    return { ok: false, line: 2, message: 'the frontmatter must be a list of fields written as "name: value"' };
  }
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { ...parsed, body, bodyStartLine: end + 2, frontmatterLines: end + 1 };
}

export interface YamlFinding {
  line?: number;
  field?: string;
  message: string;
}

/**
 * The syntax-tree checks of content YAML (see the comment at the top). `lineOffset` is the file
 * line before the YAML's first line (1 for frontmatter), so that lines point into the file.
 */
export function yamlStructureProblems(text: string, lineOffset = 0): YamlFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: false, uniqueKeys: false, prettyErrors: false });
  const lineOf = (node: { range?: [number, number, number] | null }) =>
    node.range ? lineCounter.linePos(node.range[0]).line + lineOffset : undefined;
  const findings: YamlFinding[] = [];
  const add = (node: { range?: [number, number, number] | null }, field: string, message: string) => {
    const line = lineOf(node);
    findings.push({ ...(line ? { line } : {}), ...(field ? { field } : {}), message });
  };
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
    return [
      {
        line,
        message: `the YAML cannot be read (${error.message.split('\n')[0]}); check indentation, the colon after each field name, and quotes around text containing ": " or starting with a special character`,
      },
    ];
  }

  const walk = (node: Node | null | undefined, field: string) => {
    if (!node) return;
    if (isAlias(node)) {
      add(
        node,
        field,
        `"*${node.source}" is an alias, which is not allowed in content: content YAML is plain data; write the value out in full.`,
      );
      return;
    }
    if (node.anchor)
      add(
        node,
        field,
        `"&${node.anchor}" is an anchor, which is not allowed in content: content YAML is plain data; delete it.`,
      );
    if (node.tag)
      add(
        node,
        field,
        `"${node.tag.replace('tag:yaml.org,2002:', '!!')}" is a YAML tag, which is not allowed in content: content YAML is plain data; delete it (put text in quotes).`,
      );
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const path = field ? `${field}.${key}` : key;
        if (isScalar(pair.key) && pair.key.type === Scalar.PLAIN && pair.key.value === '<<')
          add(
            pair.key,
            path,
            'merge keys (<<) are not allowed in content: content YAML is plain data; write each field out.',
          );
        walk(pair.key as Node, path);
        walk(pair.value as Node, path);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, `${field}[${i + 1}]`));
    } else if (isScalar(node) && node.type === Scalar.PLAIN && typeof node.source === 'string') {
      // js-yaml (and so Astro) reads an unquoted date as a Date, rolling impossible days over.
      const written = node.source;
      if (timestamp.resolve(written)) {
        const read = (timestamp.construct(written) as Date).toISOString().slice(0, 10);
        if (read !== written)
          add(
            node,
            field,
            written.length === 10
              ? `is not a real calendar date (got "${written}")`
              : `must be a date written as YYYY-MM-DD, without a time (got "${written}")`,
          );
      }
    }
  };
  walk(doc.contents as Node | null, '');
  return findings;
}
