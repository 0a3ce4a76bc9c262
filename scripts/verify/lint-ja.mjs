// npm run lint:ja [-- files…] — checks the spacing of Japanese prose in content/*/ja/*.{md,mdx,yaml}
// with textlint-rule-preset-ja-spacing (configured in .textlintrc.json), as the Astro docs'
// Japanese guide does: no manual spaces between Japanese and Latin letters or digits, nor
// between Japanese words. textlint reads Markdown but not MDX or YAML, so this wrapper lints an
// MDX body as Markdown (content MDX is Markdown: the content check refuses code), and every
// Japanese text value of the frontmatter or of a YAML file on its own: the YAML is parsed with
// js-yaml (as Astro and the content check read it), never matched line by line. Each problem
// names the file, the line and the field. Exit status 1 when anything is reported.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { createLinter, loadTextlintrc } from 'textlint';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

function defaultFiles() {
  const content = path.join(root, 'content');
  return fs
    .readdirSync(content)
    .map((collection) => path.join(content, collection, 'ja'))
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).map((name) => path.join(dir, name)))
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .sort();
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const FENCE = /^---[ \t]*$/;

/** Every string in parsed YAML, with its field path ('role', 'participants[2]'), in document order. */
function strings(value, at = '', out = []) {
  if (typeof value === 'string') out.push({ field: at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, at ? `${at}.${k}` : k, out);
  return out;
}

/**
 * The Markdown body (frontmatter blanked out, line numbers kept) and the Japanese text values of
 * the frontmatter or YAML file, each with its field and the line it starts on (for the message:
 * the first line of the YAML whose text holds the value's first characters).
 */
function split(source, isYaml) {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first = 0; // index of the first YAML line
  let end = lines.length; // index after the last YAML line
  if (!isYaml) {
    const close = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
    first = 1;
    end = Math.max(close, 0);
  }
  const data = end > first ? yaml.load(lines.slice(first, end).join('\n')) : undefined;
  const values = strings(data)
    .filter((v) => JAPANESE.test(v.text))
    .map((v) => {
      const start = v.text.trim().split(/\r?\n/)[0].slice(0, 12);
      const index = lines.findIndex((line, i) => i >= first && i < end && line.includes(start));
      return { ...v, line: index === -1 ? first + 1 : index + 1 };
    });
  const body = isYaml ? '' : lines.map((line, i) => (i <= end ? '' : line)).join('\n');
  return { body, values };
}

const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => path.resolve(f)) : defaultFiles();
const linter = createLinter({
  descriptor: await loadTextlintrc({ configFilePath: path.join(root, '.textlintrc.json') }),
});
const problems = [];
for (const file of files) {
  const isYaml = /\.ya?ml$/.test(file);
  let parts;
  try {
    parts = split(fs.readFileSync(file, 'utf8'), isYaml);
  } catch (error) {
    problems.push(
      `${relative(file)}: the YAML cannot be read (${error.reason ?? error.message}); run npm run check:content`,
    );
    continue;
  }
  const asMarkdown = file.replace(/\.(mdx|ya?ml)$/, '.md');
  if (!isYaml) {
    for (const message of (await linter.lintText(parts.body, asMarkdown)).messages) {
      problems.push(`${relative(file)}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
    }
  }
  for (const value of parts.values) {
    for (const message of (await linter.lintText(value.text, asMarkdown.replace(/\.md$/, '.txt'))).messages) {
      problems.push(`${relative(file)}:${value.line}: ${message.message} (${message.ruleId}) in field ${value.field}`);
    }
  }
}
if (problems.length) {
  console.error(
    `Japanese spacing: ${problems.length} problem(s). Remove the spaces shown (do not change any other character):`,
  );
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`Japanese spacing: ${files.length} file(s) checked, no problems.`);
