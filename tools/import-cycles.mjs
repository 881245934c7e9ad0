#!/usr/bin/env node
// @ts-check
/**
 * No import cycles among our modules (run by `npm run lint` and `npm test`).
 *
 * A cycle makes load order matter and keeps two rooms from ever moving apart. Only imports that
 * exist at run time count: `import type`, `import { type A }` with nothing else, and type-only
 * re-exports vanish when TypeScript compiles, and a dynamic `import()` loads late, so none of
 * them can make a module see another half-initialised.
 *
 * Written on the TypeScript compiler's parser (already a dev dependency) rather than an ESLint
 * plugin: the maintained cycle rules resolve modules through a native binding, and the project
 * takes no native modules.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', '.tmp', '.git']);
const RESOLVE_EXTS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

/** Every source file below `dir`, skipping build output and dependencies. */
export function sourceFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...sourceFiles(path.join(dir, entry.name)));
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path.join(dir, entry.name));
    }
  }
  return out;
}

/** @param {import('typescript').ImportClause | undefined} clause */
function typeOnlyImport(clause) {
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false; // a default import is a value
  const bindings = clause.namedBindings;
  if (!bindings) return false;
  if (ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** @param {import('typescript').ExportDeclaration} decl */
function typeOnlyExport(decl) {
  if (decl.isTypeOnly) return true;
  const clause = decl.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** The relative specifiers a module loads at run time (static, value imports and re-exports). */
export function runtimeImports(fileName, text) {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  /** @type {string[]} */
  const specifiers = [];
  for (const stmt of source.statements) {
    if (ts.isImportDeclaration(stmt) && ts.isStringLiteral(stmt.moduleSpecifier)) {
      if (!typeOnlyImport(stmt.importClause)) specifiers.push(stmt.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(stmt) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
      if (!typeOnlyExport(stmt)) specifiers.push(stmt.moduleSpecifier.text);
    }
  }
  return specifiers.filter((s) => s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../'));
}

/** Resolves a relative specifier the way the bundler and tsx do (extensionless, index files, .js for .ts). */
function resolve(fromFile, specifier, known) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, ...RESOLVE_EXTS.map((e) => base + e), ...RESOLVE_EXTS.map((e) => path.join(base, `index${e}`))];
  if (/\.(m?js)$/.test(base)) candidates.push(base.replace(/\.(m?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx'));
  return candidates.find((c) => known.has(c));
}

/**
 * The import cycles among `files` (absolute paths): each a strongly connected component of the
 * run-time import graph with more than one module, or a module importing itself; sorted paths.
 * @param {string[]} files
 * @returns {Promise<string[][]>}
 */
export async function findCycles(files) {
  const known = new Set(files.map((f) => path.resolve(f)));
  /** @type {Map<string, string[]>} */
  const edges = new Map();
  await Promise.all(
    [...known].map(async (file) => {
      const text = await readFile(file, 'utf8');
      const targets = runtimeImports(file, text)
        .map((s) => resolve(file, s, known))
        .filter((t) => t !== undefined);
      edges.set(file, [...new Set(targets)]);
    }),
  );

  // Tarjan's strongly connected components, iterative so a deep graph cannot overflow the stack.
  let next = 0;
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  /** @type {string[]} */
  const stack = [];
  /** @type {string[][]} */
  const cycles = [];
  for (const start of [...known].sort()) {
    if (index.has(start)) continue;
    /** @type {Array<[string, number]>} */
    const work = [[start, 0]];
    while (work.length) {
      const frame = /** @type {[string, number]} */ (work[work.length - 1]);
      const [node, i] = frame;
      if (i === 0) {
        index.set(node, next);
        low.set(node, next);
        next++;
        stack.push(node);
        onStack.add(node);
      }
      const targets = edges.get(node) ?? [];
      if (i < targets.length) {
        frame[1] = i + 1;
        const t = /** @type {string} */ (targets[i]);
        if (!index.has(t)) work.push([t, 0]);
        else if (onStack.has(t)) low.set(node, Math.min(low.get(node), index.get(t)));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]), low.get(node)));
      if (low.get(node) === index.get(node)) {
        /** @type {string[]} */
        const component = [];
        let member;
        do {
          member = /** @type {string} */ (stack.pop());
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || targets.includes(node)) cycles.push(component.sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const ROOTS = ['shared', 'electron', 'renderer', 'tests', 'bench', 'bin', 'tools'];

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = ROOTS.map((r) => path.join(root, r))
    .filter((d) => statSync(d, { throwIfNoEntry: false })?.isDirectory())
    .flatMap(sourceFiles);
  const cycles = await findCycles(files);
  for (const c of cycles) console.error(`import cycle: ${c.map((f) => path.relative(root, f)).join(' <-> ')}`);
  console.log(`import cycles: ${cycles.length} in ${files.length} modules`);
  process.exit(cycles.length ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
