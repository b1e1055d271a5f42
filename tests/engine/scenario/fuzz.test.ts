/**
 * Mutates the default scenario thousands of times (seeded, so every failure reproduces): fields
 * deleted, duplicated, retyped, renamed and swapped at random depths; wrong ids; huge numbers and
 * NaN-ish strings; empty lists; deep nesting; and damage to the text itself (truncation, stray
 * characters, cut and repeated slices, broken number literals).
 *
 * For each mutant, written to a temp file and run through `summit check` (main()): the loader never
 * throws and returns either ok or at least one problem with a code, a JSON path starting with "$"
 * and a message; check exits 0 or 1 (agreeing with the loader), prints only `file: …` lines and
 * never a stack trace or an internal error. The loader is observed as check calls it (a
 * pass-through wrapper), so each mutant is loaded once and thousands fit in a few seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/summit.ts';
import type { LoadResult } from '../../../src/engine/index.ts';

/** Every loadScenario call check makes: the text it got, and what it returned or threw. */
const seen = vi.hoisted(() => [] as { text: string; result?: LoadResult; threw?: unknown }[]);
vi.mock('../../../src/engine/scenario/load.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/scenario/load.ts')>();
  return {
    ...real,
    loadScenario: (text: string, ...rest: unknown[]) => {
      const call: (typeof seen)[number] = { text };
      seen.push(call);
      try {
        call.result = (real.loadScenario as (...a: unknown[]) => LoadResult)(text, ...rest);
        return call.result;
      } catch (e) {
        call.threw = e;
        throw e;
      }
    },
  };
});

const original = fs.readFileSync('public/scenarios/danang-2017.json', 'utf8');
/**
 * Mutations land on the play data and the lesson kit's structure, not on pages of prose: the
 * kit's student materials (case files, sources, cards…) would otherwise take most of the edits
 * and most of the time, and they are checked by the same schema as its other texts.
 */
const base: unknown = (() => {
  const s = JSON.parse(original);
  for (const key of ['caseFile', 'maps', 'timeline', 'glossary', 'primarySources', 'roleCards', 'misconceptions', 'beforeGame', 'afterGame', 'rubric', 'humanCost', 'sourcesActivity'])
    delete s.lessonKit?.[key];
  return s;
})();
const baseText = JSON.stringify(base, null, 2);
const MUTANTS = 2000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Rng = () => number;
type Spot = { parent: Json; key: string | number; depth: number };

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** Every (container, key) pair in the document, with its depth. */
function spots(node: Json, depth = 1, out: Spot[] = []): Spot[] {
  if (node !== null && typeof node === 'object')
    for (const key of Array.isArray(node) ? [...node.keys()] : Object.keys(node)) {
      out.push({ parent: node, key, depth });
      spots(node[key], depth + 1, out);
    }
  return out;
}

/** Picks a spot at a random depth first, so shallow fields are hit as often as deep ones. */
function randomSpot(rng: Rng, all: Spot[]): Spot | undefined {
  if (all.length === 0) return undefined;
  const depth = pick(rng, [...new Set(all.map((s) => s.depth))]);
  return pick(
    rng,
    all.filter((s) => s.depth === depth),
  );
}

function nested(rng: Rng, depth: number): Json {
  let v: Json = pick(rng, [1, 'x', null, []]);
  for (let d = 0; d < depth; d++) v = rng() < 0.5 ? [v] : { [pick(rng, ['a', 'kind', 'id', 'items'])]: v };
  return v;
}

/** Ids that exist somewhere in the default scenario, to put in the wrong place. */
const knownIds = [...new Set(spots(base).flatMap((s) => (typeof s.parent[s.key] === 'string' && /^[a-z][a-z0-9-]*$/.test(s.parent[s.key]) ? [s.parent[s.key]] : [])))];
const idKeys = new Set(['id', 'item', 'option', 'side', 'party', 'realOption', 'opener', 'kind', 'strategy', 'difficulty']);

function weird(rng: Rng): Json {
  const r = rng();
  if (r < 0.1) return nested(rng, int(rng, 2, 60));
  return pick(rng, [
    null,
    true,
    false,
    0,
    -0,
    -1,
    -0.5,
    0.5,
    1.0000001,
    2,
    100,
    101,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    5e-324,
    'NaN',
    'Infinity',
    '-Infinity',
    'null',
    'undefined',
    '1e999',
    '0x10',
    '',
    ' ',
    'x',
    'Ünïcode',
    '💥',
    '\u0000',
    '\n',
    'a'.repeat(3000),
    '<script>alert(1)</script>',
    '$.items[0]',
    'constructor',
    '__proto__',
    'toString',
    'https://',
    'javascript:alert(1)',
    [],
    {},
    [[]],
    [null],
    [1, 2, 3],
    { kind: 'round' },
    { kind: 'nope' },
    { kind: 'statusQuo', options: {} },
    { id: 'x' },
    pick(rng, knownIds),
  ]);
}

/** One structural edit, in place. */
function editTree(rng: Rng, doc: Json): void {
  const all = spots(doc);
  const s = randomSpot(rng, all);
  if (!s) return;
  const { parent, key } = s;
  const value = parent[key];
  const op = rng();
  if (op < 0.16) {
    // Delete the field or list entry.
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (op < 0.26) {
    // Duplicate: a list entry (same ids twice), or the value under a sibling's key.
    if (Array.isArray(parent)) parent.splice(int(rng, 0, parent.length), 0, structuredClone(value));
    else {
      const sibling = pick(rng, Object.keys(parent));
      parent[sibling] = structuredClone(value);
    }
  } else if (op < 0.44) {
    parent[key] = weird(rng);
  } else if (op < 0.54) {
    // Swap the values at two paths.
    const other = randomSpot(rng, all)!;
    const tmp = other.parent[other.key];
    other.parent[other.key] = value;
    parent[key] = tmp;
  } else if (op < 0.66) {
    // A wrong id: somewhere an id is expected, put another known id, a made-up one, or a bad one.
    const idSpots = all.filter((x) => typeof x.parent[x.key] === 'string' && idKeys.has(String(x.key)));
    const target = idSpots.length > 0 && rng() < 0.8 ? pick(rng, idSpots) : s;
    target.parent[target.key] = pick(rng, [pick(rng, knownIds), pick(rng, knownIds), 'no-such-id', 'Capital', 'has space', 'constructor', '9lives', '']);
  } else if (op < 0.74) {
    // Rename an object key (record keys are ids too: priorities, values, walk-away options, debrief items).
    if (Array.isArray(parent)) return;
    const renamed = pick(rng, [pick(rng, knownIds), 'no-such-id', 'Title', 'constructor', 'toString', '__proto__', `${String(key)}s`, '']);
    delete parent[key];
    parent[renamed] = value;
  } else if (op < 0.8) {
    // Empty lists and objects.
    parent[key] = Array.isArray(value) || rng() < 0.5 ? [] : {};
  } else if (op < 0.88) {
    // Numbers: huge, negative, fractional, non-finite-looking.
    const numbers = all.filter((x) => typeof x.parent[x.key] === 'number');
    const target = numbers.length > 0 ? pick(rng, numbers) : s;
    target.parent[target.key] = pick(rng, [1e308, -1e308, 1e21, -1, 1.5, 0.9999999999, 1 + 1e-12, 2 ** 53, -0, 'NaN', '0.5', 'Infinity']);
  } else if (op < 0.94) {
    // Deep nesting.
    parent[key] = nested(rng, int(rng, 50, 200));
  } else {
    // Grow a list a lot (many items, options or events).
    if (Array.isArray(value) && value.length > 0) for (let k = int(rng, 5, 25); k > 0; k--) value.push(structuredClone(pick(rng, value)));
    else parent[key] = Array.from({ length: int(rng, 20, 200) }, () => pick(rng, [0, 'x', null, {}, [], { id: 'x' }]));
  }
}

const junk = ['{', '}', '[', ']', '"', ',', ':', '\\', ' ', '\n', '\t', '\r', '\u0000', '\u001f', '\ufeff', '\u2028', 'é', '💥', '0', '-', 'e', '.', 't', 'n', '/', '*', "'", 'NaN'];

/** Damage to the text: the kind of thing a hand edit or a bad copy leaves behind. */
function editText(rng: Rng, text: string): string {
  const at = int(rng, 0, text.length);
  const op = rng();
  if (op < 0.25) return text.slice(0, at);
  if (op < 0.5) {
    let out = text;
    for (let k = int(rng, 1, 6); k > 0; k--) {
      const p = int(rng, 0, out.length);
      out = out.slice(0, p) + pick(rng, junk) + out.slice(p);
    }
    return out;
  }
  if (op < 0.62) return text.slice(0, at) + text.slice(at + int(rng, 1, 400));
  if (op < 0.7) return text.slice(0, at) + text.slice(Math.max(0, at - int(rng, 1, 300)), at) + text.slice(at);
  if (op < 0.8) {
    // Break a number literal.
    const numbers = [...text.matchAll(/-?\d+(\.\d+)?([eE][+-]?\d+)?/g)];
    if (numbers.length === 0) return text;
    const m = pick(rng, numbers);
    return text.slice(0, m.index) + pick(rng, ['1e999', '-1e999', 'NaN', 'Infinity', '-', '01', '1.', '.5', '+1', '0x1F', '1_000', '9'.repeat(400)]) + text.slice(m.index! + m[0].length);
  }
  if (op < 0.88) {
    // Deep nesting in the text, in a new field.
    const n = int(rng, 100, 1500);
    const open = text.indexOf('{');
    const deep = rng() < 0.5 ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n);
    return open < 0 ? deep : `${text.slice(0, open + 1)}"deep": ${deep},${text.slice(open + 1)}`;
  }
  return pick(rng, [
    `\ufeff${text}`,
    `${text}\n{}`,
    `// a comment\n${text}`,
    text.replace(/}\s*$/, ',}'),
    text.replace(/"format": \d+/, '"format": 99'),
    text.replace(/"format": \d+/, '"format": 1.5'),
    text.replace(/"format": \d+,?/, ''),
    text.replace(/"sides"/, '"__proto__": { "title": "inherited" }, "sides"'),
    '',
    ' ',
    'null',
    '[]',
    '"a scenario"',
    '{}',
  ]);
}

function mutant(seed: string): string {
  const rng = seedrandom.alea(seed);
  const r = rng();
  if (r < 0.15) return editText(rng, baseText);
  const doc = structuredClone(base);
  for (let e = rng() < 0.4 ? 1 : int(rng, 2, 4); e > 0; e--) editTree(rng, doc);
  const text = JSON.stringify(doc, null, rng() < 0.5 ? 2 : undefined) ?? 'null';
  return r < 0.3 ? editText(rng, text) : text;
}

/** What is wrong with a load result, if anything (plain checks: a few million `expect`s would be slow). */
function malformed(result: LoadResult): string | null {
  if (result.ok) return result.warnings.every((p) => p.path.startsWith('$')) ? null : 'a warning without a $ path';
  if (result.problems.length === 0) return 'not ok, but no problem reported';
  for (const p of result.problems) {
    if (typeof p.code !== 'string' || !/^[a-z]+(\.[a-z-]+)+$/.test(p.code)) return `bad code ${JSON.stringify(p.code)}`;
    if (typeof p.path !== 'string' || !p.path.startsWith('$')) return `bad path ${JSON.stringify(p.path)} (${p.code})`;
    if (typeof p.message !== 'string' || p.message.trim().length < 5) return `bad message ${JSON.stringify(p.message)} (${p.code})`;
    if (p.line !== undefined && !(Number.isInteger(p.line) && p.line >= 1 && Number.isInteger(p.column) && p.column! >= 1)) return `bad position ${p.line}:${p.column} (${p.code})`;
  }
  return null;
}

/** Runs `summit check` on the text through a temp file; what went wrong, if anything. */
function checkMisbehaves(file: string, text: string): { wrong: string | null; result?: LoadResult } {
  fs.writeFileSync(file, text);
  seen.length = 0;
  const lines: string[] = [];
  let code: number;
  try {
    code = main(
      ['check', file],
      (l) => lines.push(l),
      (l) => lines.push(`stderr: ${l}`),
    );
  } catch (e) {
    return { wrong: `check threw ${(e as Error).message}` };
  }
  if (seen.length !== 1) return { wrong: `check loaded the file ${seen.length} times` };
  const { result, threw } = seen[0];
  if (threw !== undefined || !result) return { wrong: `loadScenario threw ${(threw as Error)?.message}` };
  const bad = malformed(result);
  if (bad) return { wrong: bad, result };
  if (code !== (result.ok ? 0 : 1)) return { wrong: `check exited ${code} (the loader said ${result.ok ? 'ok' : 'not ok'}): ${lines.join('\n').slice(0, 300)}`, result };
  for (const line of lines) {
    if (/^\s{4}at |internal error|^stderr:/.test(line)) return { wrong: `check printed ${line.slice(0, 300)}`, result };
    if (!line.startsWith(`${file}: `)) return { wrong: `check printed a line that is not "file: …": ${line.slice(0, 200)}`, result };
  }
  return { wrong: null, result };
}

describe('fuzzing the scenario loader and `summit check`', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'summit-fuzz-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it(`${MUTANTS.toLocaleString('en')} mutants through summit check: the loader never throws, every problem has a code, path and message, exit 0 or 1, no stack trace`, () => {
    const codes = new Map<string, number>();
    const file = path.join(dir, 'mutant.json');
    const failures: string[] = [];
    let broken = 0;
    for (let k = 0; k < MUTANTS; k++) {
      const seed = `fuzz-${k}`;
      const text = mutant(seed);
      const { wrong, result } = checkMisbehaves(file, text);
      if (wrong) failures.push(`${seed}: ${wrong}`);
      if (result && !result.ok) {
        broken++;
        for (const code of new Set(result.problems.map((p) => p.code))) codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    expect(failures).toEqual([]);
    // The mutations really are varied: most mutants are broken, in many different ways.
    expect(broken).toBeGreaterThan(MUTANTS * 0.7);
    for (const code of [
      'json.syntax',
      'format.too-new',
      'shape.missing',
      'shape.type',
      'shape.unknown-field',
      'shape.too-small',
      'shape.choice',
      'id.duplicate',
      'ref.item',
      'ref.option',
      'weights.sum',
    ])
      expect(codes.has(code), `no mutant produced ${code}: ${[...codes.keys()].join(', ')}`).toBe(true);
    expect(codes.size).toBeGreaterThan(20);
  });

  // Regressions found by this fuzzing.
  it('JSON nested 20,000 levels deep is a problem, not a crash (the parser recursed until the stack overflowed)', () => {
    const n = 20_000;
    const text = original.replace('"format": 2,', `"format": 2, "deep": ${'['.repeat(n)}${']'.repeat(n)},`);
    fs.writeFileSync(path.join(dir, 'deep.json'), text);
    const lines: string[] = [];
    expect(
      main(
        ['check', path.join(dir, 'deep.json')],
        (l) => lines.push(l),
        (l) => lines.push(l),
      ),
    ).toBe(1);
    expect(lines.join('\n')).not.toMatch(/internal error/);
  });

  it('an item with the id "constructor" cannot hide its missing weight behind an inherited key', () => {
    const s = JSON.parse(fs.readFileSync('tests/fixtures/scenarios/minimal.json', 'utf8'));
    s.items[1].id = 'constructor';
    for (const side of s.sides) side.priorities = { border: 1 };
    s.sides[0].walkAway.options = { border: 'none' };
    delete s.debrief.items.trade;
    fs.writeFileSync(path.join(dir, 'constructor.json'), JSON.stringify(s));
    const lines: string[] = [];
    expect(
      main(
        ['check', path.join(dir, 'constructor.json')],
        (l) => lines.push(l),
        (l) => lines.push(l),
      ),
    ).toBe(1);
    expect(lines.join('\n')).toMatch(/weights\.missing/);
  });
});
