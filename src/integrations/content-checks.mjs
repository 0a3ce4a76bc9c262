// @ts-check
// Astro integration: checks every content file before Astro syncs or renders any of it.
// Runs at astro:config:setup, so `astro build`, `astro dev` and `astro sync` all refuse bad
// content, and an expression such as {process.env.SECRET} is never evaluated.
import { fileURLToPath } from 'node:url';
import { loadContentChecks } from './load-content-checks.mjs';

export class ContentCheckError extends Error {
  constructor(/** @type {string} */ message) {
    super(message);
    this.name = 'ContentCheckError';
    this.stack = message; // the message says everything; a stack trace would only distract editors
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function contentChecks() {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { checkContent, formatProblems } = await loadContentChecks(root);
        const { problems, warnings, entries } = checkContent(root);
        for (const warning of warnings) logger.warn(warning);
        if (problems.length > 0) {
          logger.error(formatProblems(problems));
          throw new ContentCheckError(
            `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} listed above. Nothing was built.`,
          );
        }
        logger.info(`content check passed (${entries.length} files)`);
      },
    },
  };
}
