// npm run new -- <collection> <key> — creates content/<collection>/{ja,en}/<key>.<ext> with
// every required field stubbed, as a draft, and prints what each field is for. Refuses to
// overwrite anything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const [collection, key, ...rest] = process.argv.slice(2);
const { module } = await runnerImport(path.join(root, 'src/authoring/scaffold.ts'), {
  root,
  configFile: false,
  logLevel: 'silent',
});
if (rest.length > 0) {
  console.error('Usage: npm run new -- <collection> <key>   (exactly two words, e.g. npm run new -- news visit-2021)');
  process.exit(1);
}
try {
  const files = module.createEntry(
    process.env.CONTENT_ROOT ? path.resolve(process.env.CONTENT_ROOT) : root,
    collection,
    key,
  );
  console.log(`Created, as drafts:\n${files.map((f) => `  ${f}`).join('\n')}`);
  console.log(
    `\nThe fields:\n${module
      .fieldGuide(collection)
      .map((line) => `  ${line}`)
      .join('\n')}\n`,
  );
  console.log('Fill in every TODO in both files, then set draft: false in both (see docs/editing.md).');
} catch (error) {
  if (error instanceof module.ScaffoldError) {
    console.error(`Cannot create the entry: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
