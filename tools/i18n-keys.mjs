#!/usr/bin/env node
// @ts-check
/**
 * Every i18n key the code names exists in the bundles (run by `npm run lint` and `npm test`).
 *
 * Why not i18next's own typed keys (CustomTypeOptions.resources)? Measured on this tree on
 * 2026-12-02: turning them on took `tsc --noEmit` from 37 s to 193 s of CPU, every run, and
 * npm test runs it. This check reads the same thing in under a second: it parses each module with
 * the TypeScript parser, takes the namespaces of its `useTranslation(…)` / `getFixedT(…)` calls
 * (default `common`), and resolves every `t('…')` literal (and the fixed head of a template
 * literal, which must name a subtree) against the zh-CN bundles. Plural keys resolve through
 * their `_one`/`_other` forms. Keys passed around as variables are not seen; a `lookup(locale,
 * key, params, ns)` call with literal key and namespace is. A `t` counts only in a module that
 * imports i18next or react-i18next.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { sourceFiles } from './import-cycles.mjs';

/**
 * @typedef {{ [key: string]: string | Tree }} Tree
 * @typedef {{ file: string, line: number, key: string, partial: boolean, namespaces: string[] }} KeyUse
 */

/** @param {import('typescript').Node} node @returns {string | undefined} */
function literal(node) {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/**
 * The key uses in one module.
 * @param {string} fileName
 * @param {string} text
 * @returns {KeyUse[]}
 */
export function keyUses(fileName, text) {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  /** @type {Set<string>} */
  const namespaces = new Set();
  /** @type {Array<{ node: import('typescript').Node, key: string, partial: boolean, ns?: string }>} */
  const calls = [];
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      const [first, second, third, fourth] = node.arguments;
      if (name === 'useTranslation' || name === 'getFixedT') {
        const nsArg = name === 'getFixedT' ? second : first;
        if (nsArg && ts.isArrayLiteralExpression(nsArg)) nsArg.elements.forEach((e) => literal(e) && namespaces.add(/** @type {string} */ (literal(e))));
        else if (nsArg && literal(nsArg)) namespaces.add(/** @type {string} */ (literal(nsArg)));
        else if (!nsArg || nsArg.kind === ts.SyntaxKind.NullKeyword || nsArg.kind === ts.SyntaxKind.UndefinedKeyword) namespaces.add('common');
      } else if (name === 't' && first) {
        // t(key, { ns: 'common' }) names its namespace in the options
        const nsProp = second && ts.isObjectLiteralExpression(second) ? second.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'ns') : undefined;
        const ns = nsProp && ts.isPropertyAssignment(nsProp) ? literal(nsProp.initializer) : undefined;
        const whole = literal(first);
        if (whole !== undefined) calls.push({ node, key: whole, partial: false, ns });
        else if (ts.isTemplateExpression(first) && first.head.text) calls.push({ node, key: first.head.text.replace(/\.$/, ''), partial: true, ns });
      } else if (name === 'lookup' && second && literal(second) !== undefined) {
        calls.push({ node, key: /** @type {string} */ (literal(second)), partial: false, ns: (fourth && literal(fourth)) ?? (third === undefined || fourth === undefined ? 'common' : undefined) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (namespaces.size === 0) namespaces.add('common');
  // A `t` is i18next's only in a module that uses i18next; elsewhere it is a local wrapper (the
  // Electron menus' `t = (key) => lookup(…, \`menu.${key}\`, …)`), whose lookups are seen instead.
  const usesI18next = source.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && /^(react-)?i18next$/.test(s.moduleSpecifier.text));
  return (
    calls
      .filter((c) => c.ns !== undefined || usesI18next)
      // a template whose fixed head is only the namespace (`common:${code}`) names no subtree to check
      .filter((c) => !c.partial || !/^([\w-]+:)?$/.test(c.key))
      .map((c) => ({
        file: fileName,
        line: source.getLineAndCharacterOfPosition(c.node.getStart(source)).line + 1,
        key: c.key,
        partial: c.partial,
        namespaces: c.ns ? [c.ns] : [...namespaces],
      }))
  );
}

/**
 * Whether `key` (with or without `ns:`) names a message (or, when partial, a subtree) of one of
 * `namespaces` in `bundles`.
 * @param {Record<string, Tree>} bundles zh-CN tree per namespace
 * @param {KeyUse} use
 */
export function resolves(bundles, use) {
  const colon = use.key.indexOf(':');
  const [nss, key] = colon > 0 ? [[use.key.slice(0, colon)], use.key.slice(colon + 1)] : [use.namespaces, use.key];
  return nss.some((ns) => {
    /** @type {string | Tree | undefined} */
    let node = bundles[ns];
    const parts = key.split('.');
    for (let i = 0; i < parts.length && node !== undefined; i++) {
      if (typeof node === 'string') return false;
      const part = /** @type {string} */ (parts[i]);
      /** @type {Tree} */
      const tree = node;
      node = tree[part] ?? (i === parts.length - 1 && !use.partial ? (tree[`${part}_other`] ?? tree[`${part}_one`]) : undefined);
    }
    return use.partial ? node !== undefined : typeof node === 'string';
  });
}

/**
 * Unknown keys in the modules below `dirs`.
 * @param {string[]} dirs
 * @param {Record<string, Tree>} bundles
 */
export async function unknownKeys(dirs, bundles) {
  /** @type {KeyUse[]} */
  const bad = [];
  for (const file of dirs.flatMap(sourceFiles)) {
    for (const use of keyUses(file, await readFile(file, 'utf8'))) if (!resolves(bundles, use)) bad.push(use);
  }
  return bad;
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // The bundles are TypeScript; tsx is a dependency (the CLI's fallback runner uses it too).
  const { tsImport } = await import('tsx/esm/api');
  const { BUNDLES } = await tsImport(path.join(root, 'shared/i18n/index.ts'), import.meta.url);
  /** @type {Record<string, Tree>} */
  const zh = Object.fromEntries(Object.entries(BUNDLES).map(([ns, b]) => [ns, /** @type {any} */ (b)['zh-CN']]));
  const bad = await unknownKeys(
    ['renderer/src', 'electron'].map((d) => path.join(root, d)),
    zh,
  );
  for (const u of bad) console.error(`unknown i18n key: ${path.relative(root, u.file)}:${u.line} ${u.partial ? `${u.key}.*` : u.key} (namespaces ${u.namespaces.join(', ')})`);
  console.log(`i18n keys: ${bad.length} unknown`);
  process.exit(bad.length ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
