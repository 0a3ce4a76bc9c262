import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import yaml from 'js-yaml';
import { runnerImport } from 'vite';
import { CMS_APP_TITLE } from '../cms/title';
import { ADMIN_CSP, ADMIN_PATH } from '../deploy/headers.mjs';
import { CMS_AUTH_URL, CMS_BRANCH, CMS_REPO, CMS_SIGN_IN_READY } from '../../site.config.mjs';

/**
 * The content editor at /admin/: Sveltia CMS, self-hosted from node_modules (no CDN), with its
 * configuration generated from the content model (src/cms/config.ts) at build and on every
 * request in dev: index.html, sveltia-cms.js, config.yml, fonts/ and locales/. No public page links
 * to or loads any of them; robots.txt disallows the path and the page says noindex.
 */
export const CMS_SCRIPT = 'sveltia-cms.js';

const require = createRequire(import.meta.url);
// The package exports only its npm entry (npm/index.js); the browser bundle sits beside it in dist/.
const scriptSource = () => path.join(path.dirname(require.resolve('@sveltia/cms')), '..', 'dist', CMS_SCRIPT);

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The interface languages the editor offers: US English (built into the bundle) and Japanese, the
 * editors' language. A browser in any other language gets English. Sveltia would fetch every
 * other language's strings from unpkg.com, which the admin CSP blocks; the blocked fetch is then
 * retried without end (about 21,000 console errors in 15 s in a ja-JP browser). The strings it
 * needs are served from /admin/locales/ instead, copied from the package.
 */
export const UI_LOCALES = ['en-US', 'ja'] as const;
const BUILT_IN_UI_LOCALE = 'en-US';
/** The language files served under /admin/locales/: name → file in node_modules. */
export const uiLocaleFiles = (): Map<string, string> =>
  new Map(
    UI_LOCALES.filter((locale) => locale !== BUILT_IN_UI_LOCALE).map((locale) => [
      `${locale}.json`,
      path.join(path.dirname(require.resolve('@sveltia/cms')), '..', 'locales', `${locale}.json`),
    ]),
  );

/** Web fonts the CMS would fetch from cdn.jsdelivr.net, served from /admin/fonts/ instead. */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;
const fontFile = (name: string, variable: boolean, file: string) =>
  path.join(
    projectRoot,
    'node_modules',
    variable ? '@fontsource-variable' : '@fontsource',
    name,
    'files',
    `${name}-${file}`,
  );

/**
 * What the bundle would fetch from other sites before anyone signs in, and what it gets instead.
 * Each pattern must match exactly once, so a CMS update that changes them fails the build
 * instead of quietly calling out.
 */
const PATCHES: { what: string; find: RegExp; replace: string }[] = [
  {
    // The "new version available" check asks unpkg.com for the latest package.json.
    what: 'update check',
    find: /`\$\{\w+\}\/package\.json`/g,
    replace: '`data:application/json,{}`',
  },
  {
    // The GitHub status banner asks githubstatus.com; report "no incident" without asking.
    what: 'GitHub status check',
    find: /https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json/g,
    replace: 'data:application/json,{"status":{"indicator":"none"}}',
  },
  {
    // Interface strings: fetched from /admin/locales/ (served beside the bundle), not unpkg.com.
    what: 'interface strings address',
    find: /`\$\{\w+\}@\$\{\w+\}\/locales`/g,
    replace: `\`${ADMIN_PATH}locales\``,
  },
  {
    // The languages the interface may switch to (browser language, settings): only UI_LOCALES.
    what: 'list of interface languages',
    find: /`ar,bg,ca,[a-zA-Z,-]+,zh-TW`/g,
    replace: `\`${UI_LOCALES.join(',')}\``,
  },
  {
    // A language file that fails to load was thrown as an error, and the i18n library asked for
    // it again on the next string it drew: hundreds of failing requests a second. It now counts
    // as loaded and empty, so the interface falls back to English, once, with the CMS's own notice.
    what: 'interface strings failure',
    find: /catch\(t\)\{throw (\w+)\.current=\{locale:e\},t\}/g,
    replace: 'catch(t){return $1.current={locale:e},{}}',
  },
];

/** The CMS bundle, self-contained: fonts from /admin/fonts/, no calls out, no source-map comment. */
export async function cmsBundle(): Promise<{ script: Buffer; fonts: Map<string, string> }> {
  let code = await fs.readFile(scriptSource(), 'utf8');
  for (const { what, find, replace } of PATCHES) {
    const count = code.match(find)?.length ?? 0;
    if (count !== 1)
      throw new Error(`CMS bundle: the ${what} was found ${count} times (expected once); review PATCHES`);
    code = code.replace(find, replace);
  }
  const fonts = new Map<string, string>();
  code = code.replace(FONT_URL, (_url, name: string, vf: string | undefined, file: string) => {
    const source = fontFile(name, Boolean(vf), file);
    fonts.set(path.basename(source), source);
    return `${ADMIN_PATH}fonts/${path.basename(source)}`;
  });
  if (fonts.size === 0) throw new Error('CMS bundle: no web fonts found to self-host; review FONT_URL');
  code = code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return { script: Buffer.from(code), fonts };
}

// frame-ancestors works only as a header (src/deploy/headers.mjs sends it); a <meta> policy ignores it.
const metaCsp = ADMIN_CSP.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * Shown on the editor's start page while sign-in is not configured: GitHub sign-in would hang
 * on "Signing in…", so the page says what works instead. Hidden once the editor shows its
 * toolbars (signed in), so that it never covers a form. Both languages: the editor's own
 * interface follows the browser's language, this note cannot know it before the script runs.
 */
export const SIGN_IN_NOTE = {
  ja: 'GitHub でのサインインは、まだ設定されていません。このパソコンで編集するときは「ローカルリポジトリで作業」を選んでください（説明：docs/editing.md）。',
  en: 'Sign-in with GitHub is not set up yet. To edit on this computer, choose “Work with Local Repository” (see docs/editing.md).',
};

const signInNote = (ready: boolean) =>
  ready
    ? ''
    : `
    <style>body:has([role='toolbar']) #sign-in-note { display: none; }</style>
    <aside id="sign-in-note" role="note" style="position:fixed;inset:auto 0 0 0;z-index:1;padding:8px 16px;background:#fff7e0;color:#1a1f24;border-top:1px solid #c9a227;font:14px/1.5 system-ui,sans-serif">
      <p lang="ja" style="margin:0">${SIGN_IN_NOTE.ja}</p>
      <p lang="en" style="margin:0">${SIGN_IN_NOTE.en}</p>
    </aside>`;

export function adminHtml(signInReady: boolean = CMS_SIGN_IN_READY): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${metaCsp}" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${CMS_APP_TITLE}</title>
    <!-- The site's icon: without one the browser asks for /favicon.ico, which the site does not have. -->
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link href="${ADMIN_PATH}config.yml" type="application/yaml" rel="cms-config-url" />
  </head>
  <body>${signInNote(signInReady)}
    <script src="${ADMIN_PATH}${CMS_SCRIPT}"></script>
  </body>
</html>
`;
}

type ConfigModule = typeof import('../cms/config');
const backend = { repo: CMS_REPO, branch: CMS_BRANCH, authUrl: CMS_AUTH_URL || undefined };

export const configYaml = (module: ConfigModule) =>
  `# Generated from src/model/collections.ts and src/schemas/ by src/cms/config.ts: do not edit.\n${yaml.dump(
    module.cmsConfig(backend),
    { lineWidth: -1, noRefs: true },
  )}`;

export default function cmsAdmin(): AstroIntegration {
  return {
    name: 'kawasaki:cms-admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const url = (req.url ?? '').split('?')[0];
          if (!url?.startsWith(ADMIN_PATH.slice(0, -1))) return next();
          try {
            const file = url.slice(ADMIN_PATH.length);
            if (url === ADMIN_PATH.slice(0, -1)) {
              res.writeHead(301, { Location: ADMIN_PATH }).end();
            } else if (file === '' || file === 'index.html') {
              res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(adminHtml());
            } else if (file === CMS_SCRIPT) {
              res.writeHead(200, { 'Content-Type': 'text/javascript' }).end((await cmsBundle()).script);
            } else if (file.startsWith('locales/')) {
              const source = uiLocaleFiles().get(file.slice('locales/'.length));
              if (!source) return next();
              res.writeHead(200, { 'Content-Type': 'application/json' }).end(await fs.readFile(source));
            } else if (file.startsWith('fonts/')) {
              const source = (await cmsBundle()).fonts.get(file.slice('fonts/'.length));
              if (!source) return next();
              res.writeHead(200, { 'Content-Type': 'font/woff2' }).end(await fs.readFile(source));
            } else if (file === 'config.yml') {
              // Fresh on every request: a schema change shows after a reload.
              const module = (await server.ssrLoadModule('/src/cms/config.ts')) as ConfigModule;
              res.writeHead(200, { 'Content-Type': 'application/yaml; charset=utf-8' }).end(configYaml(module));
            } else next();
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { module } = await runnerImport<ConfigModule>(path.join(projectRoot, 'src/cms/config.ts'), {
          root: projectRoot,
          configFile: false,
          logLevel: 'silent',
        });
        const out = path.join(fileURLToPath(dir), ADMIN_PATH);
        await fs.mkdir(out, { recursive: true });
        await fs.writeFile(path.join(out, 'index.html'), adminHtml());
        const { script, fonts } = await cmsBundle();
        await fs.writeFile(path.join(out, CMS_SCRIPT), script);
        await fs.mkdir(path.join(out, 'fonts'), { recursive: true });
        for (const [name, source] of fonts) await fs.copyFile(source, path.join(out, 'fonts', name));
        await fs.mkdir(path.join(out, 'locales'), { recursive: true });
        for (const [name, source] of uiLocaleFiles()) await fs.copyFile(source, path.join(out, 'locales', name));
        await fs.writeFile(path.join(out, 'config.yml'), configYaml(module));
        logger.info(`content editor written to ${ADMIN_PATH}`);
      },
    },
  };
}
