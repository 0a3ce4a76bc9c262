// Rewrites every entry file in content/ in the form the content editor writes it
// (src/cms/canonical.ts), so that saving an unchanged entry in the editor changes nothing.
// Prints each file it changed.   npm run canonical
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const load = async (file) =>
  (await runnerImport(path.join(root, file), { root, configFile: false, logLevel: 'silent' })).module;
const { canonicalEntryText } = await load('src/cms/canonical.ts');
const { COLLECTION_NAMES, LOCALES } = await load('src/model/index.ts');

let changed = 0;
for (const collection of COLLECTION_NAMES)
  for (const locale of LOCALES) {
    const dir = path.join(root, 'content', collection, locale);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const text = fs.readFileSync(file, 'utf8');
      const canonical = canonicalEntryText(collection, text);
      if (canonical === undefined || canonical === text) continue;
      fs.writeFileSync(file, canonical);
      console.log(`rewritten: ${path.relative(root, file)}`);
      changed++;
    }
  }
console.log(
  changed ? `${changed} file(s) rewritten in the editor's form.` : 'Every entry file is in the editor’s form.',
);
