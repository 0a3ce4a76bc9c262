// npm run check:content — checks every file under content/ without building the site.
// Exit status 1 and one line per problem when anything is wrong.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentChecks } from '../src/integrations/load-content-checks.mjs';

const root = process.argv[2] ? path.resolve(process.argv[2]) : path.resolve(fileURLToPath(import.meta.url), '../..');
const { checkContent, formatProblems } = await loadContentChecks(root);
const { problems, warnings, entries } = checkContent(root);
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content check passed: ${entries.length} files in content/ are valid and agree in both languages.`);
