// Imports run downward: every module of src/, scripts/, deploy/ and the root configuration may
// import only its own layer or a lower one, and tools never import tests. The layers are listed
// lowest first in LAYERS (and in the README, "How the project is laid out"). Imports are read by
// the TypeScript compiler's own pre-processor (static, type-only, re-exports, dynamic import(),
// require); in .astro files from the frontmatter and the <script> elements, found by an HTML
// parser. A file in no layer fails too, so a new folder must be placed before it is used.
import fs from 'node:fs';
import path from 'node:path';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Lowest first. A path belongs to the longest prefix that matches it. */
const LAYERS: readonly { name: string; paths: readonly string[] }[] = [
  { name: 'site settings and content model', paths: ['site.config.mjs', 'src/model'] },
  { name: 'content policy and HTTP policy', paths: ['src/content-policy', 'src/deploy'] },
  { name: 'schemas', paths: ['src/schemas'] },
  { name: 'content checker', paths: ['src/content-checks'] },
  { name: 'UI strings and data', paths: ['src/i18n', 'src/data'] },
  {
    name: 'site helpers, CMS config, authoring, browser code',
    paths: ['src/lib', 'src/cms', 'src/authoring', 'src/client'],
  },
  { name: 'components and layouts', paths: ['src/components', 'src/layouts', 'src/styles'] },
  { name: 'pages', paths: ['src/pages'] },
  { name: 'Astro integrations and collections', paths: ['src/integrations', 'src/content.config.ts', 'src/env.d.ts'] },
  { name: 'Astro configuration', paths: ['astro.config.mjs'] },
  { name: 'tools', paths: ['scripts', 'deploy'] },
];
const TESTS = 'tests';

const SCANNED = ['src', 'scripts', 'deploy', 'astro.config.mjs', 'site.config.mjs'];
const CODE = /\.(ts|mts|mjs|js|astro)$/;

function layerOf(file: string): number | undefined {
  let best: { index: number; length: number } | undefined;
  LAYERS.forEach((layer, index) => {
    for (const prefix of layer.paths)
      if ((file === prefix || file.startsWith(`${prefix}/`)) && prefix.length > (best?.length ?? -1))
        best = { index, length: prefix.length };
  });
  return best?.index;
}

/** The import specifiers of a module's source: ES imports and re-exports, import(), require(). */
function specifiersIn(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The code of an .astro file: its frontmatter and every <script> element. */
function astroCode(source: string): string[] {
  const fence = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const markup = fence ? source.slice(fence[0].length) : source;
  const scripts: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      if (child.tagName === 'script') scripts.push(child.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
      else visit(child);
      if ('content' in child) visit(child.content);
    }
  };
  visit(parseFragment(markup));
  return [...(fence ? [fence[1]!] : []), ...scripts];
}

export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  text: string;
}

/** One line per import that runs the wrong way, or per file in no layer. */
export function wrongWayImports(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const { file, text } of files) {
    const own = layerOf(file);
    if (own === undefined) {
      found.push(
        `${file}: is in no layer; add its folder to LAYERS in tests/unit/architecture/import-direction.test.ts and to the README`,
      );
      continue;
    }
    const codes = file.endsWith('.astro') ? astroCode(text) : [text];
    for (const specifier of codes.flatMap(specifiersIn)) {
      if (!specifier.startsWith('.')) continue; // a package or a virtual module (astro:content)
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (target === TESTS || target.startsWith(`${TESTS}/`)) {
        found.push(`${file}: imports "${specifier}" from tests/; tools and site code never import tests`);
        continue;
      }
      const theirs = layerOf(target);
      if (theirs === undefined) continue; // outside the layers (package.json, node_modules)
      if (theirs > own)
        found.push(
          `${file}: imports "${specifier}" (${LAYERS[theirs]!.name}), a higher layer than its own (${LAYERS[own]!.name})`,
        );
    }
  }
  return found;
}

function projectFiles(): SourceFile[] {
  const out: SourceFile[] = [];
  const visit = (relative: string) => {
    const absolute = path.join(ROOT, relative);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(absolute).sort()) visit(`${relative}/${name}`);
    } else if (CODE.test(relative) && !relative.endsWith('.d.ts'))
      out.push({ file: relative, text: fs.readFileSync(absolute, 'utf8') });
  };
  for (const entry of SCANNED) visit(entry);
  return out;
}

describe('imports run downward', () => {
  it('no module of src/, scripts/ or the configuration imports a higher layer, and no tool imports tests', () => {
    const files = projectFiles();
    // Not vacuous: the walk found the site's modules, and they do import each other.
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.file === 'src/content-checks/index.ts')).toBe(true);
    expect(files.filter((f) => f.file.endsWith('.astro')).length).toBeGreaterThan(10);
    expect(wrongWayImports(files)).toEqual([]);
  });

  it('names the file and the import of each wrong-way import', () => {
    expect(
      wrongWayImports([
        { file: 'src/content-checks/x.ts', text: "import { ui } from '../i18n/ui';" },
        { file: 'src/content-checks/y.ts', text: "import type { UIKey } from '../i18n/ui';" },
        { file: 'src/model/x.ts', text: "export * from '../schemas';" },
        { file: 'src/content-policy/x.ts', text: "const m = await import('../content-checks/index');" },
        { file: 'src/lib/x.ts', text: "import Header from '../components/Header.astro';" },
        { file: 'scripts/x.mjs', text: "import { ROOT } from '../tests/e2e-cms/helpers.ts';" },
        {
          file: 'src/components/X.astro',
          text: "---\nimport { a } from '../lib/a';\n---\n<p>x</p>\n<script>\n  import '../pages/x';\n</script>\n",
        },
        { file: 'src/newfolder/x.ts', text: '' },
      ]),
    ).toEqual([
      'src/content-checks/x.ts: imports "../i18n/ui" (UI strings and data), a higher layer than its own (content checker)',
      'src/content-checks/y.ts: imports "../i18n/ui" (UI strings and data), a higher layer than its own (content checker)',
      'src/model/x.ts: imports "../schemas" (schemas), a higher layer than its own (site settings and content model)',
      'src/content-policy/x.ts: imports "../content-checks/index" (content checker), a higher layer than its own (content policy and HTTP policy)',
      'src/lib/x.ts: imports "../components/Header.astro" (components and layouts), a higher layer than its own (site helpers, CMS config, authoring, browser code)',
      'scripts/x.mjs: imports "../tests/e2e-cms/helpers.ts" from tests/; tools and site code never import tests',
      'src/components/X.astro: imports "../pages/x" (pages), a higher layer than its own (components and layouts)',
      'src/newfolder/x.ts: is in no layer; add its folder to LAYERS in tests/unit/architecture/import-direction.test.ts and to the README',
    ]);
  });

  it('accepts downward and same-layer imports, and words that only look like imports', () => {
    expect(
      wrongWayImports([
        {
          file: 'src/content-checks/x.ts',
          text: "import { LOCALES } from '../model';\nimport { z } from 'astro/zod';",
        },
        {
          file: 'src/lib/x.ts',
          text: "import { a } from './a';\nimport { checkContent } from '../content-checks/index';",
        },
        { file: 'scripts/x.mjs', text: "import { renderNginxConf } from '../src/deploy/headers.mjs';" },
        { file: 'src/model/x.ts', text: "// import { ui } from '../i18n/ui';\nconst s = \"import '../pages/x'\";" },
        {
          file: 'src/components/X.astro',
          text: "---\nimport { a } from '../lib/a';\n---\n<p>import x from '../pages/x';</p>\n",
        },
      ]),
    ).toEqual([]);
  });
});
