// @ts-check
// Astro integration: checks every content file before Astro syncs or renders any of it.
// Runs at astro:config:setup, so `astro build`, `astro dev` and `astro sync` all refuse bad
// content, and an expression such as {process.env.SECRET} is never evaluated.
// While `astro dev` runs, a Vite plugin keeps guarding: a Markdown/MDX file under content/ is
// scanned again each time it is loaded (and refused before the MDX compiler sees it), and every
// change under content/ re-runs the whole check and logs the result.
// The same plugin is the build's own guard that nothing under content/ is ever executed: every
// module Vite resolves or loads from content/ must be a content entry or an image whose bytes
// are an allowed format (src/content-checks/module-guard.ts). It does not rely on the check
// above having run; tests switch that check off (CONTENT_CHECK_SKIP_FOR_TESTS=1) to prove it.
import fs from 'node:fs';
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
 * The Vite plugin that refuses to resolve or load any module from content/ that is not a
 * content entry or an allowed image. Exported for the unit tests, which call its hooks directly.
 * @param {string} root the project root (absolute)
 * @param {Pick<typeof import('../lib/site-check'), 'contentModuleProblem' | 'isUnderContent' | 'moduleFile'>} checks
 * @returns {import('vite').Plugin}
 */
export function contentModuleGuard(root, checks) {
  const shown = (/** @type {string} */ file) => path.relative(root, file).split(path.sep).join('/');
  /** @param {string} file @param {string} [importer] */
  const refuseUnsafe = (file, importer) => {
    if (!checks.isUnderContent(root, file)) return;
    const problem = checks.contentModuleProblem(root, file);
    const by = importer && path.isAbsolute(importer) ? ` (referred to by ${shown(importer)})` : '';
    if (problem) throw new ContentCheckError(`Refused to load a file from content/${by}: ${problem}`);
  };
  return {
    name: 'content-checks:module-guard',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('\0')) return null;
      const specifier = checks.moduleFile(source);
      const from = importer && !importer.startsWith('\0') ? checks.moduleFile(importer) : undefined;
      /** @type {string[]} */
      const candidates = [];
      if (specifier.startsWith('./') || specifier.startsWith('../')) {
        if (from && path.isAbsolute(from)) candidates.push(path.resolve(path.dirname(from), specifier));
      } else if (path.isAbsolute(specifier)) {
        // An absolute path, or a path from the project root as Vite also reads "/x".
        candidates.push(specifier.replace(/^\/@fs\//, '/'), path.join(root, specifier));
      } else return null; // a package import, e.g. the runtime that compiled MDX imports
      for (const candidate of candidates) refuseUnsafe(candidate, from);
      // Content may refer to files in content/media/ only, never to project code or system files.
      if (from && checks.isUnderContent(root, from) && candidates.every((c) => !checks.isUnderContent(root, c)))
        throw new ContentCheckError(
          `Refused to load a file from content/: ${shown(from)} refers to "${source}", which is outside content/media/; content may only refer to images in content/media/.`,
        );
      return null;
    },
    load(id) {
      if (id.startsWith('\0')) return null;
      refuseUnsafe(checks.moduleFile(id));
      return null;
    },
  };
}

/**
 * Every SVG the build publishes is replaced by its re-serialisation through the SVG allowlist,
 * so a logo that slipped past the content check still carries no script, handler or external
 * reference. An SVG the allowlist refuses fails the build (dist/ is then left as it was).
 * @param {string} outDir
 * @param {(text: string) => { ok: true; svg: string } | { ok: false; reason: string }} sanitizeSvg
 * @returns {number} how many SVG files were rewritten
 */
export function sanitizePublishedSvgs(outDir, sanitizeSvg) {
  const files = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.svg'));
  for (const file of files) {
    const result = sanitizeSvg(fs.readFileSync(path.join(outDir, file), 'utf8'));
    if (!result.ok)
      throw new ContentCheckError(
        `The built file ${file.split(path.sep).join('/')} is an SVG that ${result.reason}; find the logo it came from in content/media/ and export it again as plain SVG.`,
      );
    fs.writeFileSync(path.join(outDir, file), result.svg);
  }
  return files.length;
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
  /** @type {typeof import('../lib/site-check') | undefined} */
  let loaded;
  return {
    name: 'content-checks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!loaded) return;
        const count = sanitizePublishedSvgs(fileURLToPath(dir), loaded.sanitizeSvg);
        logger.info(`${count} SVG files re-written through the SVG allowlist`);
      },
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const checks = await loadContentChecks(root);
        loaded = checks;
        /** @type {import('../content-checks/problem').Problem[]} */
        let problems = [];
        if (process.env.CONTENT_CHECK_SKIP_FOR_TESTS === '1') {
          logger.warn('the content check was skipped (CONTENT_CHECK_SKIP_FOR_TESTS=1); only the build guard runs.');
        } else {
          const result = checks.checkContent(root);
          problems = result.problems;
          for (const warning of result.warnings) logger.warn(warning);
          if (problems.length > 0) {
            logger.error(checks.formatProblems(problems));
            // Refused before Astro reads any content, in `astro dev` too: Astro's own reading of an
            // invalid entry would stop the dev server with a stack trace instead of this list.
            throw new ContentCheckError(
              `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} listed above. ${command === 'dev' ? 'Fix them and start npm run dev again.' : 'Nothing was built.'}`,
            );
          }
          logger.info(`content check passed (${result.entries.length} files)`);
          const files = result.entries.map((entry) => entry.file);
          if (dropStaleContentStore({ root, cacheDir: fileURLToPath(config.cacheDir), files }))
            logger.info('content files were added, removed or renamed: content cache cleared');
        }
        /** The problems found by the latest whole check, shown in the browser while `astro dev` runs. */
        let current = problems;
        const contentDir = path.join(root, 'content') + path.sep;
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer;
        updateConfig({
          vite: {
            plugins: [
              contentModuleGuard(root, checks),
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
