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

/** Whether `node` is inside the finally block of a try statement. */
const insideFinally = (node: ts.Node) => {
  for (let n = node; n.parent; n = n.parent)
    if (ts.isTryStatement(n.parent) && n.parent.finallyBlock === n) return true;
  return false;
};

const enclosingFunction = (node: ts.Node): ts.Node => {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return node.getSourceFile();
};

/** One line per place in `text` that changes state the next test file would see. */
function sharedStateChanges(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  /** The name of a called member (`a.b()` or `a['b']()`) and the object it is called on. */
  const calledMember = (call: ts.CallExpression): { object: ts.Expression; name: string } | undefined => {
    const callee = call.expression;
    if (ts.isPropertyAccessExpression(callee)) return { object: callee.expression, name: callee.name.text };
    if (ts.isElementAccessExpression(callee) && ts.isStringLiteralLike(callee.argumentExpression))
      return { object: callee.expression, name: callee.argumentExpression.text };
    return undefined;
  };
  const isNamed = (node: ts.Expression, name: string) => ts.isIdentifier(node) && node.text === name;
  /** Object.assign/defineProperty and Reflect.set/deleteProperty/defineProperty change their first argument. */
  const WRITERS: Record<string, Set<string>> = {
    Object: new Set(['assign', 'defineProperty', 'defineProperties']),
    Reflect: new Set(['set', 'deleteProperty', 'defineProperty']),
  };
  const isAssignment = (kind: ts.SyntaxKind) =>
    kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
  const visit = (node: ts.Node) => {
    const member = ts.isCallExpression(node) ? calledMember(node) : undefined;
    if (member && ts.isCallExpression(node)) {
      const { object, name } = member;
      if (isNamed(object, 'vi') && SHARED_STATE_CALLS.has(name))
        found.push(`${at(node)}: vi.${name}() changes modules or globals for every later file of the worker`);
      if (isNamed(object, 'process') && name === 'chdir')
        found.push(`${at(node)}: process.chdir() changes the directory of every later file of the worker`);
      const writer = Object.entries(WRITERS).find(([owner, names]) => isNamed(object, owner) && names.has(name));
      if (writer && node.arguments[0] && isProcessEnv(node.arguments[0]))
        found.push(
          `${at(node)}: ${writer[0]}.${name}(process.env, …) changes variables for every later file of the worker`,
        );
    }
    const target =
      ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)
        ? node.left
        : ts.isDeleteExpression(node)
          ? node.expression
          : undefined;
    if (
      target &&
      (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) &&
      isProcessEnv(target.expression)
    ) {
      const name = envVariable(target);
      if (ts.isDeleteExpression(node)) {
        // Deleting is how a variable set in the same function is put back; anywhere else it
        // removes the worker's own variable.
        if (!name || !insideFinally(node))
          found.push(
            `${at(node)}: process.env.${name ?? '[…]'} is deleted outside a finally, for every later file of the worker`,
          );
      } else if (!name) found.push(`${at(node)}: process.env[…] is set under a computed name, which cannot be checked`);
      else if (!deletedInFinally(enclosingFunction(node)).has(name))
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
        "process.env.H ??= '1';",
        "process.env.I += 'x';",
        'process.env[name] = "1";',
        'delete process.env.CI;',
        "vi['mock']('node:fs');",
        "Object.defineProperty(process.env, 'J', { value: '1' });",
        "Reflect.set(process.env, 'K', '1');",
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
      'x.test.ts:11',
      'x.test.ts:12',
      'x.test.ts:13',
      'x.test.ts:14',
      'x.test.ts:15',
      'x.test.ts:16',
      'x.test.ts:17',
    ]);
    expect(found[7]).toContain('process.env.D is set and not deleted');
  });
});
