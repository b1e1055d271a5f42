/**
 * The scan that keeps visible text out of a page's sources (tests/game/strings.test.ts and
 * tests/teacher/strings.test.ts): TypeScript's own parser finds every string literal in a place a
 * reader sees or hears — a text argument of the DOM builders, `textContent = …`, a shown attribute
 * (title, aria-label, placeholder, alt) — and, anywhere, a literal that reads like words of a
 * sentence. Symbols, numbers and separators may stay in code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Every .ts file under `dir`, leaving out the folders and files in `skip` (the strings tables). */
export function sourceFiles(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (skip.includes(path)) return [];
    if (d.isDirectory()) return sourceFiles(path, skip);
    return d.name.endsWith('.ts') ? [path] : [];
  });
}

/** Which arguments of a call are text the player reads: indices, or 'rest' from an index on. */
const TEXT_ARGS: Record<string, { at?: number[]; from?: number }> = {
  el: { from: 2 },
  button: { at: [0] },
  text: { at: [1] },
  safeLink: { at: [0] },
  dialog: { at: [0] },
  notify: { at: [0] },
  step: { at: [1, 2, 5] },
  svg: { from: 2 },
  confirm: { at: [0] },
};
const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt']);
const LETTER = /\p{L}/u;
/** Not words: a path ("scenarios/…") or a CSS font list ("Georgia, "DejaVu Serif", serif"). */
const NOT_WORDS = /^[\w.-]+(\/[\w.-]*)+$|(serif|monospace)$/;
/** Two words, the first capitalised: "Choose your side", "Tip: pick", "Enter or Space". */
const SENTENCE = /\p{Lu}[\p{Ll}']*[:,]?\s+[\p{L}(“"]/u;

/** The literal text of a string or template expression (the fixed parts of a template), else null. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return null;
}

/** The literals an expression can evaluate to directly (through ?:, ||, ??, + and parentheses). */
function literalsIn(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return literalsIn(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsIn(node.whenTrue), ...literalsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind))
    return [...literalsIn(node.left), ...literalsIn(node.right)];
  return literalText(node) === null ? [] : [node];
}

function calleeName(call: ts.CallExpression): string | null {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

function propertyName(p: ts.PropertyAssignment): string | null {
  return ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : null;
}

/** Every user-visible literal in one file, as "file:line  text". */
export function visibleLiterals(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found = new Map<ts.Node, string>();
  const flag = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== null && LETTER.test(text) && !NOT_WORDS.test(text)) found.set(node, text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const spec = TEXT_ARGS[calleeName(node) ?? ''];
      if (spec)
        node.arguments.forEach((arg, i) => {
          if (spec.at?.includes(i) || (spec.from !== undefined && i >= spec.from)) literalsIn(arg).forEach(flag);
        });
    }
    if (ts.isPropertyAssignment(node) && SHOWN_ATTRIBUTES.has(propertyName(node) ?? '')) literalsIn(node.initializer).forEach(flag);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && node.left.name.text === 'textContent')
      literalsIn(node.right).forEach(flag);
    // Imports and `declare` blocks hold module names, not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const text = literalText(node);
    if (text !== null && SENTENCE.test(text) && !NOT_WORDS.test(text)) found.set(node, text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...found].map(([node, text]) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}  ${JSON.stringify(text)}`);
}
