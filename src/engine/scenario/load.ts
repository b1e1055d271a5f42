/**
 * Loading a scenario: JSON text → checked, compiled scenario, or every problem at once.
 * Stages: JSON syntax (with line and column) → format version → upgrade of older formats →
 * shape (zod) → texts resolved to one language → meaning.
 * Never throws on bad input.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { stripDirectionControls } from '../direction.ts';
import { type CheckedScenario, translatedTexts } from './checked.ts';
import { bestAgreeableUtility, bestAllowedUtility, compileScenario, type CompiledScenario } from './compile.ts';
import { meaningProblems } from './meaning.ts';
import { problem, type Problem } from './problems.ts';
import { upgradeScenario, type RawScenario } from './migrations.ts';
import { SCENARIO_FORMAT, schemaParts } from './schema.ts';
import { shapeProblems } from './shape-problems.ts';
import { resolveTexts, type TextReport } from './translations.ts';
import { hashText } from './text-hash.ts';
import { staticWarnings, warning } from './warnings.ts';

/**
 * `warnings` also holds notices (severity "notice"), such as a format upgrade: things a designer
 * should know that are not problems with the scenario.
 */
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

/** The offset of a comma left before a closing brace or bracket at `offset`, if that is the mistake. */
function trailingComma(text: string, offset: number): number | undefined {
  if (text[offset] !== '}' && text[offset] !== ']') return undefined;
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : undefined;
}

function syntaxProblems(text: string, errors: ParseError[]): Problem[] {
  return errors.map((e) => {
    const comma = trailingComma(text, e.offset);
    if (comma !== undefined)
      return {
        ...problem('json.syntax', [], `broken JSON: a trailing comma before "${text[e.offset]}" (JSON allows no comma after the last entry; delete it)`),
        ...lineAndColumn(text, comma),
      };
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
    const segments = [...p.path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
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

/** The format the file claims, or the problem with it. Older formats are upgraded later (./migrations.ts). */
export function checkVersion(data: unknown): Problem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [problem('shape.type', [], 'expected a scenario object { … } at the top of the file')];
  if (!Object.hasOwn(data, 'format'))
    return [problem('format.missing', ['format'], `missing the format version: add "format": ${SCENARIO_FORMAT} (this version of Summit reads formats 1 to ${SCENARIO_FORMAT})`)];
  const format = (data as { format?: unknown }).format;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    return [
      problem(
        'format.invalid',
        ['format'],
        `expected the format version, a whole number from 1 to ${SCENARIO_FORMAT}, found ${typeof format === 'string' ? `the text ${JSON.stringify(format.slice(0, 20))}` : (JSON.stringify(format) ?? String(format))}`,
      ),
    ];
  if (format > SCENARIO_FORMAT)
    return [problem('format.too-new', ['format'], `this scenario was made for a newer Summit (format ${format}); this version reads up to ${SCENARIO_FORMAT}: update Summit to open it`)];
  return [];
}

export interface LoadOptions {
  /** Compute designer warnings (default true); the game skips them to start faster. */
  warnings?: boolean;
  /** Resolve the scenario's texts to this language (default "en"), falling back to English field by field. */
  language?: string;
}

/** The notice a format upgrade leaves: always reported, even with `warnings: false`. */
function upgradeNotice(from: number, describe: string, to: number): Problem {
  return { ...problem('format.upgraded', ['format'], `format ${from} upgraded to ${to}: ${describe}`), severity: 'notice' };
}

function translationWarnings(report: TextReport): Problem[] {
  return [
    ...report.missing.map((m) =>
      warning(
        'warn.missing-translation',
        m.path,
        `no ${m.languages.map((l) => `"${l}"`).join(', ')} text here (the scenario lists ${m.languages.length > 1 ? 'these languages' : 'this language'}); English is shown instead`,
      ),
    ),
    // A language the scenario does not list is a partial translation (a game in it shows those
    // texts); a code that is no language at all is a typo that no game ever shows.
    ...report.unlisted.flatMap((m) => {
      const typos = m.languages.filter((l) => !isLanguage(l));
      return typos.length === 0
        ? []
        : [warning('warn.unlisted-language', m.path, `text in ${typos.map((l) => `"${l}"`).join(', ')}, which is no language code and which "languages" does not list, so no game shows it`)];
    }),
  ];
}

let languageNames: Intl.DisplayNames | null | undefined;

/** True for a code the runtime names as a language ("fr", "pt-BR"); where it cannot tell, none is. */
function isLanguage(code: string): boolean {
  try {
    languageNames ??= typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }) : null;
    return languageNames?.of(code) !== undefined;
  } catch {
    return false;
  }
}

/** Loads already-parsed JSON (no line numbers). */
export function loadScenarioData(data: unknown, options: LoadOptions = {}): LoadResult {
  const versionProblems = checkVersion(data);
  if (versionProblems.length > 0) return { ok: false, problems: versionProblems };
  const from = (data as { format: number }).format;
  const upgrade = upgradeScenario(data as RawScenario, from);
  const notices = upgrade.steps.map((m) => upgradeNotice(m.from, m.describe, m.to));
  const scenarioSchema = schemaParts().scenario;
  const shape = scenarioSchema.safeParse(upgrade.json);
  if (!shape.success) return { ok: false, problems: shapeProblems(shape.error, upgrade.json) };
  const languages = shape.data.languages;
  // The scenario is offered in the languages it lists; a text translated into another (a map's
  // place names, say) still shows in it, so a partly translated scenario reads as far as it goes.
  const language = options.language !== undefined && languages.includes(options.language) ? options.language : 'en';
  const texts = resolveTexts(scenarioSchema, shape.data, options.language ?? 'en', languages);
  // Shown inside the game's sentences, a direction override would reverse the words around it.
  texts.value = stripDirectionControls(texts.value);
  const meaning = meaningProblems(texts.value);
  if (meaning.length > 0) return { ok: false, problems: meaning };
  // The hash is of the play data only (./play-identity.ts): the same in every language and
  // across any prose edit, so result codes and saves survive both.
  const compiled = compileScenario(texts.value, language);
  const unreachable: Problem[] = [];
  for (const side of [0, 1] as const) {
    const walkAway = compiled.domain.reservation[side];
    const own = bestAllowedUtility(compiled, side);
    const both = bestAgreeableUtility(compiled, side);
    const other = compiled.sideIds[1 - side];
    if (walkAway > own + 1e-9)
      unreachable.push(
        problem(
          'walkaway.unreachable',
          ['sides', side, 'walkAway'],
          `"${compiled.sideIds[side]}" walks away below ${walkAway.toFixed(3)}, but the best deal within its red lines is worth only ${own.toFixed(3)}`,
        ),
      );
    // The other side never agrees to what its red lines rule out, so that is the real ceiling.
    else if (walkAway > both + 1e-9)
      unreachable.push(
        problem(
          'walkaway.unreachable',
          ['sides', side, 'walkAway'],
          `"${compiled.sideIds[side]}" walks away below ${walkAway.toFixed(3)}, but the best deal within both sides' red lines is worth only ${both.toFixed(3)} to it ("${other}" never accepts the rest), so no game can end in a deal: lower the walk-away or drop one of "${other}"'s red lines`,
        ),
      );
  }
  if (unreachable.length > 0) return { ok: false, problems: unreachable };
  const warnings = options.warnings === false ? [] : [...translationWarnings(texts.report), ...staticWarnings(compiled)];
  return { ok: true, compiled, warnings: [...notices, ...warnings] };
}

/** Loads a scenario file's text. */
export function loadScenario(text: string, options: LoadOptions = {}): LoadResult {
  try {
    const errors: ParseError[] = [];
    const data: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    // Only the first syntax error: the ones after it usually follow from it (one stray quote
    // can produce hundreds), and a designer fixes them one at a time anyway.
    if (errors.length > 0) return { ok: false, problems: syntaxProblems(text, errors.slice(0, 1)) };
    const result = loadScenarioData(data, options);
    return result.ok ? result : { ok: false, problems: locate(text, result.problems) };
  } catch (e) {
    // The parser and the checks recurse into the document; absurd nesting overflows the stack.
    if (e instanceof RangeError) return { ok: false, problems: [problem('json.too-deep', [], 'the file nests lists or objects far too deeply to be a scenario')] };
    throw e;
  }
}

/**
 * A shipped file's checked form, for the game's light way in (./checked.ts); null when the file
 * does not load (the game then shows its problems through the full loader, as for any file).
 */
export function checkedForShipping(text: string): CheckedScenario | null {
  if (!loadScenario(text, { warnings: false }).ok) return null;
  const data = JSON.parse(text) as RawScenario & { format: number };
  const shape = schemaParts().scenario.safeParse(upgradeScenario(data, data.format).json);
  if (!shape.success) return null;
  const resolved = resolveTexts(schemaParts().scenario, shape.data, 'en', shape.data.languages).value;
  return { hash: hashText(text), languages: shape.data.languages, source: shape.data, texts: translatedTexts(shape.data, resolved) };
}
