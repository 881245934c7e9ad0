#!/usr/bin/env node
// @ts-check
/**
 * The renderer's layer rule (run by `npm run lint` and `npm test`), read from folder names the way
 * VS Code's layer check reads them: where a module lives says what it may import.
 *
 *   renderer/src/main.tsx, shell/   the composition root: may import every layer
 *   views/<view>/                   one screen (library, editor, import, …): common, features; never
 *                                   another view (the shell composes views) and never the shell
 *   features/<feature>/             a part used by several views (check, export, preview, …):
 *                                   common and other features; never a view or the shell
 *   common/                         hooks and widgets with no product knowledge: common only
 *
 * Unlike the cycle check, type-only imports count too: a feature that names a view's type has
 * started to depend on that view. A module outside these folders is itself an error, so a new
 * folder cannot slip past the rule.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sourceFiles } from './import-cycles.mjs';

const RESOLVE_EXTS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

/**
 * The layer of a module by its path below the renderer's src folder, or undefined.
 * @param {string} rel path relative to renderer/src, with forward slashes
 * @returns {{ layer: 'shell' | 'view' | 'feature' | 'common', name: string } | undefined}
 */
export function layerOf(rel) {
  if (rel === 'main.tsx' || rel.startsWith('shell/')) return { layer: 'shell', name: 'shell' };
  const m = /^(views|features)\/([^/]+)\//.exec(rel);
  if (m) return { layer: m[1] === 'views' ? 'view' : 'feature', name: /** @type {string} */ (m[2]) };
  if (rel.startsWith('common/')) return { layer: 'common', name: 'common' };
  return undefined;
}

/**
 * Why `from` may not import `to`, or undefined when it may.
 * @param {NonNullable<ReturnType<typeof layerOf>>} from
 * @param {NonNullable<ReturnType<typeof layerOf>>} to
 */
export function forbidden(from, to) {
  if (from.layer === 'shell') return undefined;
  if (to.layer === 'shell') return 'only main.tsx imports the shell';
  if (from.layer === 'common' && to.layer !== 'common') return `common/ imports nothing above it (found ${to.layer} ${to.name})`;
  if (from.layer === 'feature' && to.layer === 'view') return `features never import views (found view ${to.name})`;
  if (from.layer === 'view' && to.layer === 'view' && to.name !== from.name) return `a view never imports another view (found view ${to.name}); move the shared part to features/`;
  return undefined;
}

/** Every relative specifier a module names, type-only ones included. */
function relativeImports(fileName, text) {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  /** @type {string[]} */
  const out = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) out.push(node.arguments[0].text);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) out.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((s) => s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..');
}

/**
 * Layer violations among the modules below `srcDir` (a renderer's src folder).
 * @param {string} srcDir
 * @returns {Promise<string[]>} one line per violation, paths relative to srcDir
 */
export async function layerViolations(srcDir) {
  const root = path.resolve(srcDir);
  const files = sourceFiles(root).filter((f) => !f.endsWith('.css'));
  const known = new Set(files);
  const rel = (/** @type {string} */ f) => path.relative(root, f).split(path.sep).join('/');
  /** @type {string[]} */
  const problems = [];
  for (const file of files.sort()) {
    const from = layerOf(rel(file));
    if (!from) {
      problems.push(`${rel(file)}: not in a layer folder (shell/, views/<view>/, features/<feature>/, common/)`);
      continue;
    }
    for (const spec of relativeImports(file, await readFile(file, 'utf8'))) {
      const base = path.resolve(path.dirname(file), spec);
      const target = [base, ...RESOLVE_EXTS.map((e) => base + e), ...RESOLVE_EXTS.map((e) => path.join(base, `index${e}`))].find((c) => known.has(c));
      if (!target) continue; // outside the renderer (shared/, styles) or not a module
      const to = layerOf(rel(target));
      if (!to) continue; // reported as its own problem above
      const why = forbidden(from, to);
      if (why) problems.push(`${rel(file)} imports ${rel(target)}: ${why}`);
    }
  }
  return problems;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const src = path.join(root, 'renderer', 'src');
  if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`no ${src}`);
  const problems = await layerViolations(src);
  for (const p of problems) console.error(`renderer layer: ${p}`);
  console.log(`renderer layers: ${problems.length} violation(s)`);
  process.exit(problems.length ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
