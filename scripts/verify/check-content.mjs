// npm run check:content — checks every file under content/ without building the site.
// Exit status 1 and one line per problem when anything is wrong.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentChecks } from '../../src/integrations/load-content-checks.mjs';

// The code comes from this project; the content checked may be another root (used by the tests).
const here = path.resolve(fileURLToPath(import.meta.url), '../../..');
const root = process.argv[2] ? path.resolve(process.argv[2]) : here;
const { checkContent, formatProblems } = await loadContentChecks(here);
const { problems, warnings, entries } = checkContent(root);
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} files in content/ are valid and agree in both languages.`);
