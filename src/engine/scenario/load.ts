/**
 * Loading a scenario: JSON text → checked, compiled scenario, or every problem at once.
 * Stages: JSON syntax (with line and column) → format version → shape (zod) → meaning.
 * Never throws on bad input.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { bestAllowedUtility, compileScenario, hashText, type CompiledScenario } from './compile.ts';
import { meaningProblems } from './meaning.ts';
import { problem, type Problem } from './problems.ts';
import { SCENARIO_FORMAT, scenarioSchema } from './schema.ts';
import { shapeProblems } from './shape-problems.ts';
import { staticWarnings } from './warnings.ts';

export type LoadResult = { ok: true; compiled: CompiledScenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const syntaxWords: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a field name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a colon ":"',
  CommaExpected: 'a comma ","',
  CloseBraceExpected: 'a closing brace "}"',
  CloseBracketExpected: 'a closing bracket "]"',
  EndOfFileExpected: 'the end of the file',
  InvalidCommentToken: 'no comments (JSON has none)',
  UnexpectedEndOfComment: 'the end of a comment',
  UnexpectedEndOfString: 'the end of the text (a closing double quote)',
  UnexpectedEndOfNumber: 'the rest of the number',
  InvalidUnicode: 'a valid \\u escape',
  InvalidEscapeCharacter: 'a valid escape such as \\n or \\"',
  InvalidCharacter: 'no control characters inside a text',
};

function syntaxProblems(text: string, errors: ParseError[]): Problem[] {
  return errors.map((e) => {
    const at = lineAndColumn(text, e.offset);
    const code = printParseErrorCode(e.error);
    const expected = syntaxWords[code] ?? code;
    const verb = code === 'InvalidSymbol' || code === 'InvalidCommentToken' ? 'found' : 'expected';
    return {
      ...problem('json.syntax', [], `broken JSON: ${verb} ${expected}`),
      ...at,
    };
  });
}

/** Adds line and column to problems whose path can be found in the text. */
function locate(text: string, problems: Problem[]): Problem[] {
  const tree = parseTree(text);
  if (!tree) return problems;
  return problems.map((p) => {
    const segments = [...p.path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) =>
      m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)),
    );
    let node = findNodeAtLocation(tree, segments);
    // A missing field has no node: point at its nearest existing parent.
    while (!node && segments.length > 0) {
      segments.pop();
      node = findNodeAtLocation(tree, segments);
    }
    if (!node) return p;
    const at = lineAndColumn(text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
    return { ...p, ...at };
  });
}

export function checkVersion(data: unknown): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return [problem('shape.type', [], 'expected a scenario object { … } at the top of the file')];
  const format = (data as { format?: unknown }).format;
  if (format === undefined) return [problem('format.missing', ['format'], `missing the format version; this engine reads format ${SCENARIO_FORMAT}`)];
  if (typeof format === 'number' && Number.isInteger(format) && format > SCENARIO_FORMAT)
    return [
      problem(
        'format.too-new',
        ['format'],
        `this scenario uses format ${format}, newer than this version of Summit understands (format ${SCENARIO_FORMAT}); update Summit to open it`,
      ),
    ];
  return [];
}

export interface LoadOptions {
  /** Compute designer warnings (default true); the game skips them to start faster. */
  warnings?: boolean;
}

/** Loads already-parsed JSON (no line numbers). */
export function loadScenarioData(data: unknown, hashSource?: string, options: LoadOptions = {}): LoadResult {
  const versionProblems = checkVersion(data);
  if (versionProblems.length > 0) return { ok: false, problems: versionProblems };
  const shape = scenarioSchema.safeParse(data);
  if (!shape.success) return { ok: false, problems: shapeProblems(shape.error, data) };
  const meaning = meaningProblems(shape.data);
  if (meaning.length > 0) return { ok: false, problems: meaning };
  const compiled = compileScenario(shape.data, hashText(hashSource ?? JSON.stringify(data)));
  const unreachable: Problem[] = [];
  for (const side of [0, 1] as const) {
    const best = bestAllowedUtility(compiled, side);
    if (compiled.domain.reservation[side] > best + 1e-9)
      unreachable.push(
        problem(
          'walkaway.unreachable',
          ['sides', side, 'walkAway'],
          `"${compiled.sideIds[side]}" walks away below ${compiled.domain.reservation[side].toFixed(3)}, but the best deal within its red lines is worth only ${best.toFixed(3)}`,
        ),
      );
  }
  if (unreachable.length > 0) return { ok: false, problems: unreachable };
  return { ok: true, compiled, warnings: options.warnings === false ? [] : staticWarnings(compiled) };
}

/** Loads a scenario file's text. */
export function loadScenario(text: string, options: LoadOptions = {}): LoadResult {
  try {
    const errors: ParseError[] = [];
    const data: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    // Only the first syntax error: the ones after it usually follow from it (one stray quote
    // can produce hundreds), and a designer fixes them one at a time anyway.
    if (errors.length > 0) return { ok: false, problems: syntaxProblems(text, errors.slice(0, 1)) };
    const result = loadScenarioData(data, JSON.stringify(data), options);
    return result.ok ? result : { ok: false, problems: locate(text, result.problems) };
  } catch (e) {
    // The parser and the checks recurse into the document; absurd nesting overflows the stack.
    if (e instanceof RangeError)
      return { ok: false, problems: [problem('json.too-deep', [], 'the file nests lists or objects far too deeply to be a scenario')] };
    throw e;
  }
}
