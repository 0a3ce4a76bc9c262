// The unit test files of a worker share one module cache and one process (vitest.config.ts,
// isolate: false), so no file may change what the next one finds: no module mocks, no stubbed
// globals or timers, no spies, no change of directory, and no environment variable set without
// being deleted again in a `finally` of the same function. Read with the TypeScript parser, so a
// comment or a string that mentions these is not a finding, and a call written another way is.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The unit project's test files (vitest.config.ts, project 'unit'), and the helpers they import. */
const ROOTS = ['tests/unit', 'scripts', 'src'];
const IS_TEST_CODE = (file: string) =>
  file.startsWith('tests/unit/') ? /\.(ts|mts|mjs)$/.test(file) : /\.test\.mjs$/.test(file);

/** vi.* calls that change modules, globals, timers or existing functions for the whole worker. */
const SHARED_STATE_CALLS = new Set([
  'mock',
  'doMock',
  'unmock',
  'doUnmock',
  'stubGlobal',
  'stubEnv',
  'resetModules',
  'useFakeTimers',
  'spyOn',
]);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...filesUnder(rel));
    else if (entry.isFile() && IS_TEST_CODE(rel)) out.push(rel);
  }
  return out;
}

const isProcessEnv = (node: ts.Node) =>
  ts.isPropertyAccessExpression(node) &&
  node.name.text === 'env' &&
  ts.isIdentifier(node.expression) &&
  node.expression.text === 'process';

/** The variable name of `process.env.NAME` or `process.env['NAME']`, if `node` is one. */
function envVariable(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node) && isProcessEnv(node.expression)) return node.name.text;
  if (
    ts.isElementAccessExpression(node) &&
    isProcessEnv(node.expression) &&
    ts.isStringLiteral(node.argumentExpression)
  )
    return node.argumentExpression.text;
  return undefined;
}

/** Variables deleted (`delete process.env.NAME`) in a `finally` block inside `scope`. */
function deletedInFinally(scope: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node, inFinally: boolean) => {
    if (inFinally && ts.isDeleteExpression(node)) {
      const name = envVariable(node.expression);
      if (name) names.add(name);
    }
    if (ts.isTryStatement(node)) {
      visit(node.tryBlock, inFinally);
      if (node.catchClause) visit(node.catchClause, inFinally);
      if (node.finallyBlock) visit(node.finallyBlock, true);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, inFinally));
  };
  visit(scope, false);
  return names;
}

const enclosingFunction = (node: ts.Node): ts.Node => {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return node.getSourceFile();
};

/** One line per place in `text` that changes state the next test file would see. */
function sharedStateChanges(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { expression: object, name } = node.expression;
      if (ts.isIdentifier(object) && object.text === 'vi' && SHARED_STATE_CALLS.has(name.text))
        found.push(`${at(node)}: vi.${name.text}() changes modules or globals for every later file of the worker`);
      if (ts.isIdentifier(object) && object.text === 'process' && name.text === 'chdir')
        found.push(`${at(node)}: process.chdir() changes the directory of every later file of the worker`);
      if (
        ts.isIdentifier(object) &&
        object.text === 'Object' &&
        name.text === 'assign' &&
        node.arguments[0] &&
        isProcessEnv(node.arguments[0])
      )
        found.push(`${at(node)}: Object.assign(process.env, …) sets variables for every later file of the worker`);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = envVariable(node.left);
      if (name && !deletedInFinally(enclosingFunction(node)).has(name))
        found.push(`${at(node)}: process.env.${name} is set and not deleted in a finally of the same function`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('unit test files leave no shared state behind (they share a worker: isolate: false)', () => {
  it('no test file or helper mocks modules, stubs globals, spies, changes directory or keeps an environment variable', () => {
    const files = ROOTS.flatMap(filesUnder).filter((f) => f !== 'tests/unit/architecture/test-isolation.test.ts');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => sharedStateChanges(f, fs.readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('finds each kind of change, however it is written, and not mentions in comments or strings', () => {
    const found = sharedStateChanges(
      'x.test.ts',
      [
        "vi.mock('node:fs');",
        "vi.stubGlobal('fetch', () => 1);",
        'vi.spyOn(console, "log");',
        "process.chdir('/tmp');",
        "process.env.A = '1';",
        "process.env['B'] = '1';",
        "Object.assign(process.env, { C: '1' });",
        "it('x', () => { process.env.D = '1'; try { run(); } finally { delete process.env.E; } });",
        "it('y', () => { process.env.F = '1'; try { run(); } finally { delete process.env.F; } });",
        "// vi.mock('node:fs') and process.env.G = '1' in a comment",
        'const s = "vi.resetModules(); process.chdir(\'/\')";',
      ].join('\n'),
    );
    expect(found.map((line) => line.split(': ')[0])).toEqual([
      'x.test.ts:1',
      'x.test.ts:2',
      'x.test.ts:3',
      'x.test.ts:4',
      'x.test.ts:5',
      'x.test.ts:6',
      'x.test.ts:7',
      'x.test.ts:8',
    ]);
    expect(found[7]).toContain('process.env.D is set and not deleted');
  });
});
