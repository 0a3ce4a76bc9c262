// npm run lint:ja [-- files…] — checks the spacing of Japanese prose in content/*/ja/*.{md,mdx}
// with textlint-rule-preset-ja-spacing (configured in .textlintrc.json), as the Astro docs'
// Japanese guide does: no manual spaces between Japanese and Latin letters or digits.
// textlint reads Markdown but not MDX, so this wrapper lints the body as Markdown (content MDX is
// Markdown: the content check refuses code) and each frontmatter text value on its own, keeping
// the original line numbers. Exit status 1 when anything is reported.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, loadTextlintrc } from 'textlint';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

function defaultFiles() {
  const content = path.join(root, 'content');
  return fs
    .readdirSync(content)
    .map((collection) => path.join(content, collection, 'ja'))
    .filter((dir) => fs.existsSync(dir))
    .flatMap((dir) => fs.readdirSync(dir).map((name) => path.join(dir, name)))
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
}

/** The body with the frontmatter blanked out (line numbers kept) and the frontmatter's text values. */
function split(source) {
  const lines = source.split(/\r?\n/);
  const end = /^---\s*$/.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) : -1;
  const values = [];
  if (end > 0) {
    for (let i = 1; i < end; i++) {
      const match = /^[A-Za-z][\w-]*:\s*(['"]?)(.*)\1\s*$/.exec(lines[i]);
      if (match && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(match[2]))
        values.push({ line: i + 1, text: match[2] });
    }
  }
  const body = lines.map((line, i) => (i <= end ? '' : line)).join('\n');
  return { body, values };
}

const files = process.argv.slice(2).length ? process.argv.slice(2).map((f) => path.resolve(f)) : defaultFiles();
const linter = createLinter({
  descriptor: await loadTextlintrc({ configFilePath: path.join(root, '.textlintrc.json') }),
});
const problems = [];
for (const file of files) {
  const { body, values } = split(fs.readFileSync(file, 'utf8'));
  const asMarkdown = file.replace(/\.mdx$/, '.md');
  for (const message of (await linter.lintText(body, asMarkdown)).messages) {
    problems.push(`${relative(file)}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
  }
  for (const value of values) {
    for (const message of (await linter.lintText(value.text, asMarkdown.replace(/\.md$/, '.txt'))).messages) {
      problems.push(`${relative(file)}:${value.line}: ${message.message} (${message.ruleId})`);
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
