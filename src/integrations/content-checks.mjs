// @ts-check
// Astro integration: checks every content file before Astro syncs or renders any of it.
// Runs at astro:config:setup, so `astro build`, `astro dev` and `astro sync` all refuse bad
// content, and an expression such as {process.env.SECRET} is never evaluated.
// While `astro dev` runs, a Vite plugin keeps guarding: a Markdown/MDX file under content/ is
// scanned again each time it is loaded (and refused before the MDX compiler sees it), and every
// change under content/ re-runs the whole check and logs the result. The preview starts and keeps
// running whatever the content holds: while the check finds problems, every page answers with the
// problem page (src/lib/problem-page.ts), so the editor reads the one-line messages in the browser.
// The same plugin is the build's own guard that nothing under content/ is ever executed: every
// module Vite resolves or loads from content/ must be a content entry or an image whose bytes
// are an allowed format (src/content-checks/module-guard.ts). It does not rely on the check
// above having run; tests switch that check off (CONTENT_CHECK_SKIP_FOR_TESTS=1) to prove it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropStaleContentStore } from './content-cache.mjs';
import { loadContentChecks } from './load-content-checks.mjs';
import { builtFiles } from '../lib/built-html.ts';
import { problemPage } from '../lib/problem-page.ts';

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
  const files = builtFiles(outDir).filter((f) => f.toLowerCase().endsWith('.svg'));
  for (const file of files) {
    const result = sanitizeSvg(fs.readFileSync(path.join(outDir, file), 'utf8'));
    if (!result.ok)
      throw new ContentCheckError(
        `The built file ${file} is an SVG that ${result.reason}; find the logo it came from in content/media/ and export it again as plain SVG.`,
      );
    // Removed first, so that a link is replaced by the sanitised file, never written through.
    fs.rmSync(path.join(outDir, file));
    fs.writeFileSync(path.join(outDir, file), result.svg);
  }
  return files.length;
}

/** The preview's watcher of content/, kept across restarts so that a restart can close it. */
const PREVIEW_WATCHER = Symbol.for('content-checks.preview-watcher');

/**
 * Calls `onChange` once changes under content/ pause (a save, or a git pull or branch switch
 * changing many files at once). A file that vanishes while it is read (the pull is still going)
 * makes `onChange` throw: it is called again a moment later, never crashing the preview.
 * @param {string} root @param {() => void} onChange
 */
function watchContent(root, onChange) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        onChange();
      } catch {
        later();
      }
    }, 300);
  };
  const watcher = fs.watch(path.join(root, 'content'), { recursive: true }, later);
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}

/** Where the problem page asks whether the list has changed. */
export const PROBLEMS_PATH = '/__content-problems';

/**
 * Serves the problem page at the preview's own address until the content passes the check, then
 * frees the address for Astro and returns the passing result. Every change under content/ runs
 * the check again; the page reloads itself when the list changes, and into the site at the end.
 * @param {{ root: string, checks: Awaited<ReturnType<typeof loadContentChecks>>, first: import('../content-checks/index').CheckResult, host: string | boolean, port: number, logger: import('astro').AstroIntegrationLogger }} options
 * @returns {Promise<import('../content-checks/index').CheckResult>}
 */
export async function problemsUntilFixed({ root, checks, first, host, port, logger }) {
  let result = first;
  const lines = () => result.problems.map((p) => checks.formatProblem(p));
  const server = http.createServer((req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (req.url === PROBLEMS_PATH) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(lines()));
      return;
    }
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(problemPage(lines(), { reload: { poll: PROBLEMS_PATH } }));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, typeof host === 'string' ? host : host ? '0.0.0.0' : 'localhost', () => resolve(undefined));
  });
  /** @type {import('../content-checks/index').CheckResult} */
  const passed = await new Promise((resolve) => {
    if (result.problems.length === 0) return resolve(result);
    const watcher = watchContent(root, () => {
      result = checks.checkContent(root);
      if (result.problems.length > 0) return logger.error(checks.formatProblems(result.problems));
      watcher.close();
      resolve(result);
    });
  });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return passed;
}

/**
 * A request for a page of the preview, as a browser opens it (not a script, style, image or one of
 * Vite's own requests): answered with the problem page while the content has problems.
 * @param {import('node:http').IncomingMessage} req
 */
export function isPageRequest(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  if (/^\/(@|__|_astro\/|node_modules\/|src\/|content\/)/.test(url)) return false;
  return (req.headers.accept ?? '').includes('text/html');
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
        /** @type {string[]} */
        let entryFiles = [];
        if (process.env.CONTENT_CHECK_SKIP_FOR_TESTS === '1') {
          logger.warn('the content check was skipped (CONTENT_CHECK_SKIP_FOR_TESTS=1); only the build guard runs.');
        } else {
          let result = checks.checkContent(root);
          problems = result.problems;
          for (const warning of result.warnings) logger.warn(warning);
          if (problems.length > 0) {
            logger.error(checks.formatProblems(problems));
            // A build is refused before Astro reads any content. The preview starts anyway and
            // shows the problems on every page until they are fixed.
            if (command !== 'dev')
              throw new ContentCheckError(
                `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} listed above. Nothing was built.`,
              );
            // Astro's content layer would stop the preview on an entry its schema refuses, so Astro
            // starts once the content passes; until then the preview's address shows the problems.
            const { host, port } = config.server;
            logger.warn(
              `the preview shows these problems at http://${typeof host === 'string' ? host : 'localhost'}:${port}/ and starts once they are fixed.`,
            );
            result = await problemsUntilFixed({ root, checks, first: result, host, port, logger });
            problems = result.problems;
          }
          logger.info(`content check passed (${result.entries.length} files)`);
          const files = result.entries.map((entry) => entry.file);
          entryFiles = files;
          if (dropStaleContentStore({ root, cacheDir: fileURLToPath(config.cacheDir), files }))
            logger.info('content files were added, removed or renamed: content cache cleared');
        }
        /** The problems found by the latest whole check, shown in the browser while `astro dev` runs. */
        let current = problems;
        /** The entry files the latest check found. */
        let known = new Set(entryFiles);
        const contentDir = path.join(root, 'content') + path.sep;
        const lines = () => current.map((p) => checks.formatProblem(p)).join('\n');
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
                  // Before Astro's own handler (this plugin is enforce: 'pre'): while the content has
                  // problems, a page is the list of them, never a page built from half-valid content.
                  server.middlewares.use((req, res, next) => {
                    if (current.length === 0 || !isPageRequest(req)) return next();
                    res.statusCode = 500;
                    res.setHeader('Content-Type', 'text/html; charset=utf-8');
                    res.setHeader('Cache-Control', 'no-store');
                    res.end(problemPage(current.map((p) => checks.formatProblem(p))));
                  });
                  // Every change under content/ (an editor's save, or a git pull or branch switch
                  // changing many files at once) re-runs the whole check once the changes pause.
                  // Node's own recursive watcher, one per preview (a restart replaces it): Vite's
                  // watcher is replaced on every restart, and a change made during one went unseen.
                  const watchers = /** @type {Record<symbol, fs.FSWatcher | undefined>} */ (globalThis);
                  watchers[PREVIEW_WATCHER]?.close();
                  const recheck = () => {
                    const before = lines();
                    const result = checks.checkContent(root);
                    current = result.problems;
                    // Astro's content layer loses an entry whose file is renamed in place (item-01.mdx
                    // to item-01.md, as a branch switch does): the old file's removal, seen after the
                    // new file was read, deletes the entry both share. Every entry file new since the
                    // last check is read again, after the changes have settled.
                    const files = result.entries.map((entry) => entry.file);
                    for (const file of files.filter((f) => !known.has(f)))
                      server.watcher.emit('change', path.join(root, file));
                    known = new Set(files);
                    if (current.length > 0) logger.error(checks.formatProblems(current));
                    else logger.info(`content check passed (${result.entries.length} files)`);
                    // Open pages reload whenever the list changes: they show the new list, or the
                    // site again once it is empty.
                    if (lines() !== before) server.ws.send({ type: 'full-reload' });
                  };
                  const watcher = watchContent(root, recheck);
                  watchers[PREVIEW_WATCHER] = watcher;
                  server.httpServer?.once('close', () => watcher.close());
                },
              },
            ],
          },
        });
      },
    },
  };
}
