/**
 * The teacher page's words live in its strings tables (src/teacher/strings/, English and French),
 * as the game's do: no source file of the page shows a literal a teacher reads (the same scan as
 * the game's, tests/support/visible-literals.ts); French has every English key, with the same
 * shape; the engine's reasons for refusing a code, a log or a session code read in French too.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeResultCode, decodeSession, encodeResultCode, loadScenario, recordLog, replayLog, type GameLog } from '../../src/engine/index.ts';
import { TEACHER_TABLES, teacherEn } from '../../src/teacher/strings/index.ts';
import { reasonFr } from '../../src/teacher/strings/reasons-fr.ts';
import { ROOT, sourceFiles, visibleLiterals } from '../support/visible-literals.ts';
import { compiled, summit } from '../support/summit-dsl.ts';

const TEACHER = join(ROOT, 'src/teacher');

/** Every leaf of a table, by path ("summary.rounds"), with its shape: a string, an array of n, or a function of n parameters. */
function leaves(table: object, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) {
    const at = path ? `${path}.${k}` : k;
    if (typeof v === 'function') out.set(at, `function/${v.length}`);
    else if (Array.isArray(v)) out.set(at, `array/${v.length}`);
    else if (v && typeof v === 'object') for (const [p, s] of leaves(v, at)) out.set(p, s);
    else out.set(at, typeof v);
  }
  return out;
}

/** A function leaf called with sample arguments, to see what it says. */
function sample(fn: (...a: unknown[]) => string): string {
  return fn(...Array.from({ length: fn.length }, (_, k) => (k % 2 ? 3 : 'X')));
}

describe('the teacher page’s strings', () => {
  test('no source file of the teacher page has text a teacher reads outside the strings tables', () => {
    const files = sourceFiles(TEACHER, [join(TEACHER, 'strings'), join(TEACHER, 'lesson-kit-words.ts')]);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => visibleLiterals(f))).toEqual([]);
  });

  test('every English key has a French one, of the same shape', () => {
    const en = leaves(teacherEn);
    const fr = leaves(TEACHER_TABLES.fr);
    expect(en.size).toBeGreaterThan(250);
    expect([...en.keys()].filter((k) => !fr.has(k))).toEqual([]);
    expect([...fr.keys()].filter((k) => !en.has(k))).toEqual([]);
    for (const [k, shape] of en) expect(fr.get(k), k).toBe(shape);
  });

  test('French is French: no sentence is left as its English, and French typography holds', () => {
    const fr = TEACHER_TABLES.fr as Record<string, unknown>;
    const same: string[] = [];
    const typography: string[] = [];
    const walk = (e: unknown, f: unknown, at: string) => {
      if (typeof e === 'function' && typeof f === 'function') return walk(sample(e as () => string), sample(f as () => string), at);
      if (e && typeof e === 'object') {
        for (const k of Object.keys(e)) walk((e as Record<string, unknown>)[k], (f as Record<string, unknown>)[k], `${at}.${k}`);
        return;
      }
      if (typeof e !== 'string' || typeof f !== 'string') return;
      // Words the two languages share ("Mode", "Summit ", "Pause", "Actions", "Sources", units).
      if (e === f && /\p{L}{3,}\s+\p{L}{3,}/u.test(e)) same.push(at);
      // A colon, semicolon, question or exclamation mark follows a no-break space in French (a URL's "://" aside).
      if (/[^\u00a0\s/:][:;?!](\s|$)/u.test(f.replace(/https?:\/\/\S+/g, ''))) typography.push(`${at}: ${f}`);
    };
    for (const k of Object.keys(teacherEn)) walk((teacherEn as Record<string, unknown>)[k], fr[k], k);
    expect(same).toEqual([]);
    expect(typography).toEqual([]);
  });
});

describe('the engine’s reasons in French', () => {
  const c = compiled('danang-2017');
  const t = summit('danang-2017').start().walkAway().send({ type: 'debrief.open' });
  const log: GameLog = recordLog(t.c, t.context, t.actor.getSnapshot().value);
  const code = encodeResultCode(c, log);

  test('every refusal of a result code, a log or a session code the engine gives here has French words', () => {
    const reasons = new Set<string>();
    const refused = (r: { ok: boolean; reason?: string }) => {
      if (!r.ok && r.reason) reasons.add(r.reason);
    };
    for (const bad of ['hello', 'S', `${code.slice(0, -3)}ZZZ`, code.slice(0, 12), 'S0'.repeat(5000)]) refused(decodeResultCode(c, bad));
    for (const bad of ['hello', 'CZZZZ', 'C0000-0000-0000']) refused(decodeSession(bad));
    refused(replayLog(c, { ...log, logFormat: 1 }));
    refused(replayLog(c, { ...log, logFormat: 99 }));
    refused(replayLog(c, { ...log, scenario: { ...log.scenario, id: 'other' } }));
    refused(replayLog(c, { ...log, events: [...log.events, { type: 'nonsense' } as never] }));
    refused(replayLog(c, {} as GameLog));
    const tutorial = loadScenario(readFileSync(resolve(ROOT, 'public/scenarios/tutorial.json'), 'utf8'), { warnings: false });
    if (tutorial.ok) refused(decodeResultCode(tutorial.compiled, code));
    expect(reasons.size).toBeGreaterThan(8);
    expect([...reasons].filter((r) => reasonFr(r) === null)).toEqual([]);
  });

  test('what changed in a scenario is worded part by part', () => {
    expect(reasonFr('the code was played on another version of "x", whose rules or numbers differ: changed since: item "geneva" (its options, values or effects); the list of third parties')).toBe(
      'le code a été joué sur une autre version de «\u00a0x\u00a0», aux règles ou aux chiffres différents\u00a0: changé depuis\u00a0: la question «\u00a0geneva\u00a0» (ses options, ses valeurs ou ses effets)\u00a0; la liste des tiers',
    );
  });
});
