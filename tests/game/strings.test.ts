/**
 * The interface's words live in the strings table (src/game/ui/strings/), so a language can be
 * added by translating one file. This test keeps it so: it parses every source file of the game
 * (TypeScript's own parser, no DOM) and fails on a string literal in a place the player reads —
 *  - a text argument of the DOM builders: el()'s children, button()'s label, text(), safeLink(),
 *    a dialog's title, notify(), a guide step's title, text and button;
 *  - `textContent = …`, and the attributes a browser shows or reads aloud (title, aria-label,
 *    placeholder, alt);
 *  - anywhere at all, a literal that reads like words of a sentence (a capitalised word followed
 *    by another word: "Choose your side"), which catches text built apart from the call that
 *    shows it.
 * A literal counts when it has a letter in it: symbols, numbers and separators ("▲", " · ",
 * `${n}%`) may stay in code. Test ids, data keys, class names and element names are not in those
 * places, so they are untouched. It also checks that every other language's table only has keys
 * English has, with the same shapes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/game/ui/strings/en.ts';
import { TABLES } from '../../src/game/ui/strings/index.ts';
import { INTERFACE_LANGUAGES } from '../../src/game/ui/strings/languages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GAME = join(ROOT, 'src/game');
const STRINGS = join(GAME, 'ui/strings');

/** Which arguments of a call are text the player reads: indices, or 'rest' from an index on. */
const TEXT_ARGS: Record<string, { at?: number[]; from?: number }> = {
  el: { from: 2 },
  button: { at: [0] },
  text: { at: [1] },
  safeLink: { at: [0] },
  dialog: { at: [0] },
  notify: { at: [0] },
  step: { at: [1, 2, 5] },
};
const SHOWN_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt']);
const LETTER = /\p{L}/u;
/** Not words: a path ("scenarios/…") or a CSS font list ("Georgia, "DejaVu Serif", serif"). */
const NOT_WORDS = /^[\w.-]+(\/[\w.-]*)+$|(serif|monospace)$/;
/** Two words, the first capitalised: "Choose your side", "Tip: pick", "Enter or Space". */
const SENTENCE = /\p{Lu}[\p{Ll}']*[:,]?\s+[\p{L}(“"]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return path === STRINGS ? [] : sourceFiles(path);
    return d.name.endsWith('.ts') ? [path] : [];
  });
}

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
function visibleLiterals(file: string, source = readFileSync(file, 'utf8')): string[] {
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

describe('the strings table', () => {
  test('no scene or interface module of the game has user-visible text outside the strings table', () => {
    const files = sourceFiles(GAME);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => visibleLiterals(f))).toEqual([]);
  });

  test('the scan catches visible text in each place it looks', () => {
    const caught = visibleLiterals(
      'probe.ts',
      [
        "el('p', { class: 'muted small', testid: 'x' }, 'hello', cond ? 'yes' : `${n} more`);",
        "button('Go', go, { key: 'go', title: 'Press it' });",
        "box.textContent = 'oops';",
        "this.dialog('Title', body);",
        "const tip = 'Read your brief first.';",
        "el('span', null, '▲', ' · ', `${n}%`);",
      ].join('\n'),
    ).map((line) => Number(line.split(/[:\s]/)[1]));
    // Line 1: three texts (the tag and the attributes are not text); 2: label and title; 6: symbols only.
    expect(caught.sort()).toEqual([1, 1, 1, 2, 2, 3, 4, 5]);
  });

  test('every interface language has a table, and every table only English keys of the same shape', () => {
    expect(Object.keys(TABLES).sort()).toEqual([...INTERFACE_LANGUAGES].sort());
    const shape = (v: unknown) => (Array.isArray(v) ? `array of ${v.length}` : typeof v === 'object' && v ? `object ${Object.keys(v).sort().join(',')}` : typeof v);
    for (const [language, table] of Object.entries(TABLES)) {
      for (const [key, value] of Object.entries(table)) {
        expect(key in en, `${language}.${key} is not an English key`).toBe(true);
        const english = (en as Record<string, unknown>)[key];
        expect(shape(value), `${language}.${key}`).toBe(shape(english));
        if (typeof value === 'function') expect(value.length, `${language}.${key} parameters`).toBe((english as (...a: unknown[]) => unknown).length);
      }
    }
  });

  test('the French table covers at least the title screen, the settings and the scenarios dialog', () => {
    const fr = TABLES.fr;
    for (const key of [
      'titleEyebrow',
      'play',
      'howToPlay',
      'settings',
      'scenariosMenu',
      'joinClassMenu',
      'forTeachers',
      'titleHint',
      'difficultyLegend',
      'difficulty',
      'textSizeLegend',
      'textSize',
      'coachTips',
      'languageLegend',
      'done',
      'scenariosTitle',
      'shippedWithSummit',
      'yourOwnScenario',
      'ownScenarioNote',
      'openFile',
      'close',
    ] as const)
      expect(fr[key], key).toBeDefined();
  });
});
