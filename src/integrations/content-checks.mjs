// @ts-check
// Astro integration: checks every content file before Astro syncs or renders any of it.
// Runs at astro:config:setup, so `astro build`, `astro dev` and `astro sync` all refuse bad
// content, and an expression such as {process.env.SECRET} is never evaluated. While `astro dev`
// runs, every problem a change brings is shown, one line each, in the browser's error overlay.
// While `astro dev` runs, a Vite plugin keeps guarding: a Markdown/MDX file under content/ is
// scanned again each time it is loaded (and refused before the MDX compiler sees it), and every
// change under content/ re-runs the whole check and logs the result.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropStaleContentStore } from './content-cache.mjs';
import { loadContentChecks } from './load-content-checks.mjs';

export class ContentCheckError extends Error {
  constructor(/** @type {string} */ message) {
    super(message);
    this.name = 'ContentCheckError';
    this.stack = message; // the message says everything; a stack trace would only distract editors
  }
}

/**
 * The Vite error-overlay message for a list of problems: the same lines the build prints.
 * @param {Awaited<ReturnType<typeof loadContentChecks>>} checks
 * @param {import('../content-checks/problem').Problem[]} problems
 * @returns {import('vite').HotPayload}
 */
export function overlayPayload(checks, problems) {
  return {
    type: 'error',
    err: {
      message: checks.formatProblems(problems),
      stack: '',
      plugin: 'content-checks',
      ...(problems[0] ? { id: problems[0].file } : {}),
    },
  };
}

/** @returns {import('astro').AstroIntegration} */
export default function contentChecks() {
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const checks = await loadContentChecks(root);
        const { problems, warnings, entries } = checks.checkContent(root);
        for (const warning of warnings) logger.warn(warning);
        if (problems.length > 0) {
          logger.error(checks.formatProblems(problems));
          // Refused before Astro reads any content, in `astro dev` too: Astro's own reading of an
          // invalid entry would stop the dev server with a stack trace instead of this list.
          throw new ContentCheckError(
            `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} listed above. ${command === 'dev' ? 'Fix them and start npm run dev again.' : 'Nothing was built.'}`,
          );
        } else {
          logger.info(`content check passed (${entries.length} files)`);
        }
        const files = entries.map((entry) => entry.file);
        if (dropStaleContentStore({ root, cacheDir: fileURLToPath(config.cacheDir), files }))
          logger.info('content files were added, removed or renamed: content cache cleared');
        /** The problems found by the latest whole check, shown in the browser while `astro dev` runs. */
        let current = problems;

        const contentDir = path.join(root, 'content') + path.sep;
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-checks:guard',
                enforce: 'pre',
                load(id) {
                  const file = id.split('?')[0] ?? '';
                  if (!file.startsWith(contentDir) || !/\.mdx?$/.test(file)) return null;
                  const found = checks.checkMarkdownFile(root, file);
                  if (found.length > 0) throw new ContentCheckError(checks.formatProblems(found));
                  return null;
                },
                configureServer(server) {
                  // Every kind of problem (YAML, pairing, references, text) appears in the browser's
                  // error overlay, one line each, as the build prints them; a page opened later gets it too.
                  server.ws.on('vite:client:connect', (_data, client) => {
                    if (current.length > 0) client.send(overlayPayload(checks, current));
                  });
                  server.watcher.on('all', (_event, file) => {
                    if (!file.startsWith(contentDir)) return;
                    clearTimeout(timer);
                    timer = setTimeout(() => {
                      const result = checks.checkContent(root);
                      const wasBroken = current.length > 0;
                      current = result.problems;
                      if (result.problems.length > 0) {
                        logger.error(checks.formatProblems(result.problems));
                        server.ws.send(overlayPayload(checks, result.problems));
                      } else {
                        logger.info(`content check passed (${result.entries.length} files)`);
                        if (wasBroken) server.ws.send({ type: 'full-reload' });
                      }
                    }, 300);
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
