// Byte budgets over the built site, per page, measured gzipped as nginx sends them:
//   - critical HTML + CSS ≤ 14 KB: the page plus every stylesheet it links or inlines (one TCP
//     initial congestion window, so the first render needs no second round trip);
//   - JS loaded before interaction ≤ 2 KB: inline and external scripts, modulepreloads and their
//     static imports (dynamic import() is left out: it loads on interaction);
//   - no source maps anywhere in dist.
// The content editor under /admin/ (editors only, never linked from a public page) is measured
// on its own budget: its JS, the CMS bundle, at most BUDGETS.adminJs.
//   node scripts/verify/check-budgets.mjs [dist]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { ADMIN_PATH, GZIP_LEVEL } from '../../src/deploy/headers.mjs';
import { builtFiles, htmlFiles } from '../../src/lib/built-html.ts';

export const BUDGETS = { criticalHtmlCss: 14 * 1024, jsBeforeInteraction: 2 * 1024, adminJs: 700 * 1024 };

/** Pages of the content editor: not public, measured against BUDGETS.adminJs only. */
export const isAdminPage = (page) => page.startsWith(ADMIN_PATH.slice(1));

export const gz = (data) => gzipSync(data, { level: GZIP_LEVEL }).length;

function elements(node, out = []) {
  if (node.tagName) out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  return out;
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
const text = (el) => (el.childNodes ?? []).map((c) => c.value ?? '').join('');

/** Files in dir for a same-site URL path, or undefined for other sites. */
const local = (dir, page, ref) => {
  const url = new URL(ref, `http://site.invalid/${page}`);
  return url.origin === 'http://site.invalid' ? join(dir, decodeURIComponent(url.pathname)) : undefined;
};

/** A JS file plus everything it statically imports (relative specifiers, as Astro emits them). */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
    jsClosure(posix.join(dirname(file), m[1]), seen);
  return seen;
}

/** Per-page gzipped sizes: { page, html, css, js, critical }. */
export function measure(dir) {
  const pages = htmlFiles(dir);
  return pages.map((page) => {
    const source = readFileSync(join(dir, page));
    const els = elements(parse(source.toString('utf8')));
    let css = 0;
    const jsFiles = new Set();
    let inlineJs = 0;
    for (const el of els) {
      const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (el.tagName === 'style') css += gz(text(el));
      if (el.tagName === 'link' && rel.includes('stylesheet')) {
        const file = local(dir, page, attr(el, 'href'));
        if (file && existsSync(file)) css += gz(readFileSync(file));
      }
      if (el.tagName === 'link' && rel.includes('modulepreload')) {
        const file = local(dir, page, attr(el, 'href'));
        if (file) jsClosure(file, jsFiles);
      }
      if (el.tagName === 'script') {
        const type = attr(el, 'type');
        if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue; // data, not code
        const src = attr(el, 'src');
        if (src) {
          const file = local(dir, page, src);
          if (file) jsClosure(file, jsFiles);
        } else inlineJs += gz(text(el));
      }
    }
    const js = inlineJs + [...jsFiles].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
    const html = gz(source);
    return { page, html, css, js, critical: html + css };
  });
}

/** Budget problems over dir: an empty list when all is within budget. */
export function checkBudgets(dir) {
  const rows = measure(dir);
  const problems = [];
  for (const r of rows.filter((row) => isAdminPage(row.page)))
    if (r.js > BUDGETS.adminJs) problems.push(`${r.page}: content editor JS ${r.js} B gzip > ${BUDGETS.adminJs} B`);
  for (const r of rows.filter((row) => !isAdminPage(row.page))) {
    if (r.critical > BUDGETS.criticalHtmlCss)
      problems.push(`${r.page}: critical HTML+CSS ${r.critical} B gzip > ${BUDGETS.criticalHtmlCss} B`);
    if (r.js > BUDGETS.jsBeforeInteraction)
      problems.push(`${r.page}: JS before interaction ${r.js} B gzip > ${BUDGETS.jsBeforeInteraction} B`);
  }
  for (const f of builtFiles(dir)) {
    if (f.endsWith('.map')) problems.push(`${f}: source map in dist`);
    else if (/\.(js|mjs|css)$/.test(f) && /[#@] sourceMappingURL=/.test(readFileSync(join(dir, f), 'utf8')))
      problems.push(`${f}: sourceMappingURL comment in dist`);
  }
  return { rows, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const { rows, problems } = checkBudgets(dir);
  if (rows.length === 0) {
    console.error(`no HTML in ${dir}: build the site first.`);
    process.exit(1);
  }
  for (const p of problems) console.error(p);
  const pub = rows.filter((r) => !isAdminPage(r.page));
  const admin = rows.filter((r) => isAdminPage(r.page));
  const worst = (list, k) => Math.max(0, ...list.map((r) => r[k]));
  console.log(
    `budgets: ${pub.length} public pages; largest critical HTML+CSS ${worst(pub, 'critical')} B gzip (≤ ${BUDGETS.criticalHtmlCss}), largest JS ${worst(pub, 'js')} B (≤ ${BUDGETS.jsBeforeInteraction}); content editor JS ${worst(admin, 'js')} B (≤ ${BUDGETS.adminJs}); ${problems.length} problems`,
  );
  process.exit(problems.length ? 1 : 0);
}
