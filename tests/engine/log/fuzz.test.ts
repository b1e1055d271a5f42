/**
 * Issue 14: random and mutated game logs, saves, session codes, result codes and result files fed
 * to every loader and to replay (seeded, so a failure reproduces; bounded, so CI stays fast).
 * Whatever comes in: nothing throws, nothing fails later from a timer (xstate reports a machine's
 * error that way), and every refusal carries a reason in words, never a JavaScript error message.
 * Half the mutated logs get a fresh checksum, so they reach the replay instead of stopping at it;
 * mutated logs are also packed into result codes, so the decoder meets odd but well-checked codes.
 */
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeResultCode,
  decodeSession,
  encodeResultCode,
  encodeSession,
  readCodeHeader,
  recordLog,
  replayLog,
  verifyCode,
  verifyLog,
  type ClassSession,
  type GameLog,
} from '../../../src/engine/index.ts';
import { recordChecksum } from '../../../src/engine/log/game-log.ts';
import { entriesFromText, SourceNames } from '../../../src/teacher/debrief-import.ts';
import { readSave, writeSave, makeSave } from '../../../src/game/save.ts';
import { compiled, summit } from '../../support/summit-dsl.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Rng = () => number;

const CASES = 200;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
// undefined (which junk() may have put into an events list) has no JSON: it copies as itself.
const copy = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));

/** What a JavaScript error looks like when it leaks into a reason. */
const LEAKED = /Cannot read|undefined|is not a function|is not iterable|TypeError|RangeError|Maximum call stack/;

function expectReason(what: string, result: { ok: boolean; reason?: unknown }): void {
  if (result.ok) return;
  expect(typeof result.reason, what).toBe('string');
  expect((result.reason as string).length, what).toBeGreaterThan(5);
  expect(result.reason, what).not.toMatch(LEAKED);
}

/** Errors thrown from timers or left in rejected promises while the file runs. */
const late: unknown[] = [];
const listen = (e: unknown) => late.push(e);
beforeAll(() => {
  process.on('uncaughtException', listen);
  process.on('unhandledRejection', listen);
});
afterAll(async () => {
  await new Promise((r) => setTimeout(r, 50));
  process.off('uncaughtException', listen);
  process.off('unhandledRejection', listen);
  expect(late).toEqual([]);
});

const c = compiled('danang-2017');

/** A few real games to start from: against the computer, two students, refused moves, unfinished. */
function realLogs(): GameLog[] {
  const vsComputer = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'hard' }).withSeed('fuzz-a').start();
  vsComputer.propose({ deconfliction: 'euphrates-line', violence: 'other-zones', geneva: 'un-elections', 'buffer-zone': 'verified-zone' });
  vsComputer.send({ type: 'priority.ask' }).send({ type: 'item.agree', item: 'nope' }).walkAway().send({ type: 'debrief.open' });
  const pair = summit('danang-2017').humanVsHuman().withSeed('fuzz-b').start();
  pair.propose({ deconfliction: 'incident-review', violence: 'amman-memo', geneva: 'un-elections', 'buffer-zone': 'verified-zone' }).accept();
  const unfinished = summit('danang-2017')
    .humanVs({ kind: 'computer', personality: c.scenario.personalities[0]?.id ?? 'x' }, 1)
    .withSeed('fuzz-c')
    .start();
  return [vsComputer, pair, unfinished].map((t) => copy(recordLog(t.c, t.context, t.actor.getSnapshot().value)));
}

/** Something a hostile or broken file might hold in place of a value. */
function junk(rng: Rng, depth = 0): Json {
  switch (int(rng, 0, 13)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return int(rng, -5, 5);
    case 3:
      return pick(rng, [1e308, -0, 2 ** 53 + 1, 0.5, -1]);
    case 4:
      return pick(rng, ['', 'NaN', 'Infinity', '__proto__', 'constructor', '\u202eevil', '\u0000', 'x'.repeat(int(rng, 1, 3000))]);
    case 5:
      return {};
    case 6:
      return [];
    case 7:
      return depth < 3 ? [junk(rng, depth + 1), junk(rng, depth + 1)] : [];
    case 8:
      return depth < 3 ? { type: junk(rng, depth + 1) } : {};
    case 9:
      return pick(rng, ['game.setup', 'briefing.done', 'offer.propose', 'item.agree', 'trade.propose', 'turn.pass', 'talks.walkAway', 'debrief.open', 'game.restart']);
    case 10:
      return { type: 'offer.propose', options: depth < 3 ? junk(rng, depth + 1) : null };
    case 11:
      return { type: 'trade.propose', give: { item: 'geneva', option: junk(rng, depth + 1) }, want: depth < 3 ? junk(rng, depth + 1) : 1 };
    case 12:
      return { type: 'game.setup', setup: { seed: junk(rng, depth + 1), players: depth < 3 ? junk(rng, depth + 1) : [], rounds: junk(rng, depth + 1), names: junk(rng, depth + 1) } };
    default:
      return true;
  }
}

/** Every (container, key) in a document. */
function spots(node: Json, out: { parent: Json; key: string | number }[] = []): { parent: Json; key: string | number }[] {
  if (node !== null && typeof node === 'object')
    for (const key of Array.isArray(node) ? [...node.keys()] : Object.keys(node)) {
      out.push({ parent: node, key });
      spots(node[key], out);
    }
  return out;
}

/** One to three random edits anywhere in the log: a value replaced or deleted, events dropped, repeated, swapped or invented. */
function mutateLog(rng: Rng, log: GameLog): Json {
  const m: Json = copy(log);
  for (let n = int(rng, 1, 3); n > 0; n--) {
    const events: Json[] = Array.isArray(m.events) ? m.events : [];
    const op = int(rng, 0, 6);
    if (op === 0 && events.length) events.splice(int(rng, 0, events.length - 1), 1);
    else if (op === 1 && events.length) events.splice(int(rng, 0, events.length), 0, copy(pick(rng, events)));
    else if (op === 2) events.splice(int(rng, 0, events.length), 0, junk(rng));
    else if (op === 3 && events.length > 1) {
      const [a, b] = [int(rng, 0, events.length - 1), int(rng, 0, events.length - 1)];
      [events[a], events[b]] = [events[b], events[a]];
    } else {
      const all = spots(m);
      const spot = pick(rng, all);
      if (op === 4) delete spot.parent[spot.key];
      else spot.parent[spot.key] = junk(rng);
    }
  }
  if (rng() < 0.5 && m && typeof m === 'object') {
    try {
      const { checksum: _, ...body } = m;
      m.checksum = recordChecksum(body);
    } catch {
      /* a body too broken to hash keeps its old checksum */
    }
  }
  return m;
}

/** Text damage: cut short, a character changed, a slice repeated or dropped. */
function mutateText(rng: Rng, text: string): string {
  const at = int(rng, 0, Math.max(0, text.length - 1));
  switch (int(rng, 0, 4)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + pick(rng, ['X', '0', '-', ' ', '\u202e', '\u001b', 'Ø', '"', '{']) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + text.slice(at, at + int(rng, 1, 20)).repeat(2) + text.slice(at);
    case 3:
      return text.slice(0, at) + text.slice(at + int(rng, 1, 20));
    default:
      return Array.from({ length: int(rng, 0, 80) }, () => String.fromCharCode(int(rng, 0, 0x7f))).join('');
  }
}

describe('fuzzing the loaders and replay (issue 14)', () => {
  const logs = realLogs();

  it('game logs: replayed and verified, mutated at random', () => {
    const rng = seedrandom.alea('fuzz-logs');
    let replayed = 0;
    for (let k = 0; k < CASES; k++) {
      const m = mutateLog(rng, pick(rng, logs));
      const r = replayLog(c, m);
      expectReason(`log ${k}`, r);
      expectReason(`log ${k} verified`, verifyLog(c, m, 'fuzz'));
      if (r.ok || /reproduce|damaged|more than a game/.test(r.reason)) replayed++;
    }
    // The checksum did not stop them all: many reached the machine.
    expect(replayed).toBeGreaterThan(CASES / 5);
  });

  it('result codes: real codes damaged character by character, and mutated logs packed into well-checked codes', () => {
    const rng = seedrandom.alea('fuzz-codes');
    const codes = logs.map((log) => encodeResultCode(c, log));
    const scenarioFor = (id: string) => (id === c.scenario.id ? c : null);
    for (let k = 0; k < CASES; k++) {
      const code = mutateText(rng, pick(rng, codes));
      expectReason(`code ${k} header`, readCodeHeader(code));
      expectReason(`code ${k}`, decodeResultCode(c, code));
      expectReason(`code ${k} verified`, verifyCode(scenarioFor, code, 'fuzz'));
    }
    for (let k = 0; k < CASES; k++) {
      const m = mutateLog(rng, pick(rng, logs));
      let code: string;
      try {
        code = encodeResultCode(c, m);
      } catch {
        continue; // the game never packs a log this broken; only what a code can carry matters here
      }
      expectReason(`packed ${k}`, verifyCode(scenarioFor, code, 'fuzz'));
    }
  });

  it('session codes: damaged, random, and packed from odd settings', () => {
    const rng = seedrandom.alea('fuzz-sessions');
    const good: ClassSession = {
      scenario: 'danang-2017',
      sides: 'alternate',
      mode: 'computer',
      opponent: { kind: 'difficulty', difficulty: 'hard' },
      seed: { kind: 'class', value: 'class-seed' },
      rounds: 8,
      secondsPerRound: 60,
      revealReal: true,
    };
    const codes = [encodeSession(good), encodeSession({ ...good, opponent: { kind: 'personality', personality: 'hawk' }, seed: { kind: 'student' } })];
    for (let k = 0; k < CASES; k++) expectReason(`session ${k}`, decodeSession(mutateText(rng, pick(rng, codes))));
    for (let k = 0; k < CASES / 3; k++) {
      const odd: Json = copy(good);
      const spot = pick(rng, spots(odd));
      spot.parent[spot.key] = junk(rng);
      let code: string;
      try {
        code = encodeSession(odd);
      } catch {
        continue; // the set-up page never builds such a session
      }
      expectReason(`odd session ${k}`, decodeSession(code));
    }
  });

  it('result files as the teacher page reads them: damaged JSON, odd shapes, mutated logs', () => {
    const rng = seedrandom.alea('fuzz-files');
    const texts = logs.flatMap((log) => [JSON.stringify({ summitResult: 1, code: encodeResultCode(c, log), log }), JSON.stringify(log)]);
    const scenarioFor = (id: string) => (id === c.scenario.id ? c : null);
    for (let k = 0; k < CASES; k++) {
      const text = rng() < 0.5 ? mutateText(rng, pick(rng, texts)) : JSON.stringify({ summitResult: 1, log: mutateLog(rng, pick(rng, logs)) });
      for (const entry of entriesFromText(text, new SourceNames())) {
        if (entry.kind === 'bad') expectReason(`file ${k}`, { ok: false, reason: entry.reason });
        else if (entry.kind === 'code') expectReason(`file ${k} code`, verifyCode(scenarioFor, entry.code, entry.source));
        else expectReason(`file ${k} log`, verifyLog(c, entry.log, entry.source));
      }
    }
  });

  it('saves: mutated in storage, then read back (set aside with a reason, or resumed)', () => {
    const rng = seedrandom.alea('fuzz-saves');
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, String(v)),
      removeItem: (k: string) => void store.delete(k),
    };
    const g = globalThis as { localStorage?: unknown };
    const before = g.localStorage;
    g.localStorage = storage;
    try {
      const t = summit('danang-2017').humanVsHuman().withSeed('fuzz-save').start().propose({ deconfliction: 'incident-review' });
      writeSave(makeSave(t.c, t.context, t.actor.getSnapshot().value, { file: 'danang-2017.json', mode: { kind: 'hotseat' }, seed: 'fuzz-save', classCode: null, previous: null }));
      const saved = JSON.parse(store.get('summit.save')!);
      expect(readSave(c, 'danang-2017.json').kind).toBe('ok');
      for (let k = 0; k < CASES; k++) {
        store.clear();
        const m = copy(saved);
        if (rng() < 0.5) m.log = mutateLog(rng, m.log);
        else {
          const spot = pick(rng, spots(m));
          spot.parent[spot.key] = junk(rng);
        }
        store.set('summit.save', rng() < 0.2 ? mutateText(rng, JSON.stringify(m)) : JSON.stringify(m));
        const read = readSave(c, 'danang-2017.json');
        expect(['ok', 'set-aside', 'none', 'other-scenario'], `save ${k}`).toContain(read.kind);
        if (read.kind === 'set-aside') expectReason(`save ${k}`, { ok: false, reason: read.reason });
      }
    } finally {
      g.localStorage = before;
    }
  });
});
