import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeResultCode, encodeResultCode, loadScenario, readCodeHeader, recordLog, replayLog, RESULT_CODE_VERSION, type GameSetup } from '../../../src/engine/index.ts';
import { fromBase32, hexToBytes, toBase32 } from '../../../src/engine/log/bytes.ts';
import { hashText } from '../../../src/engine/scenario/compile.ts';
import { summit } from '../../support/summit-dsl.ts';

function fullGame() {
  const t = summit('danang-2017').humanVs({ kind: 'computer', difficulty: 'hard' }).withSeed('class-7b').start();
  const P = (d: string, v: string, g: string, b: string) => t.propose({ deconfliction: d, violence: v, geneva: g, 'buffer-zone': b });
  P('hotline', 'nationwide-ceasefire', 'transitional-body', 'iran-leaves');
  t.send({ type: 'priority.ask' }).send({ type: 'priority.state', item: 'buffer-zone' });
  P('euphrates-line', 'other-zones', 'constitutional-timetable', 'verified-zone');
  t.trade(['deconfliction', 'incident-review'], ['buffer-zone', 'verified-zone']);
  t.propose({ nonsense: 'x' }); // a refused move with an unknown id travels too
  for (let k = 0; k < 8 && t.phase === 'negotiating'; k++) P('incident-review', 'amman-memo', 'un-elections', 'verified-zone');
  if (t.phase === 'negotiating') t.walkAway();
  t.send({ type: 'debrief.open' });
  return t;
}

describe('result codes', () => {
  const t = fullGame();
  const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
  const code = encodeResultCode(t.c, log);

  it('carry a whole game in under 600 characters, and replay to the same result', () => {
    expect(code.length).toBeLessThanOrEqual(600);
    expect(code).toMatch(/^S[0-9A-Z]{1,5}(-[0-9A-Z]{1,5})*$/);
    const decoded = decodeResultCode(t.c, code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.log.events).toEqual(log.events);
    const replay = replayLog(t.c, decoded.log);
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(replay.context.game!.outcome).toEqual(t.game.outcome);
  });

  it('say which scenario they belong to', () => {
    expect(readCodeHeader(code)).toEqual({ ok: true, scenarioId: 'danang-2017', scenarioHash: t.c.hash, engine: log.engine, sections: log.scenario.sections });
  });

  it('forgive case, spaces and the letters people confuse with digits', () => {
    const sloppy = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o')} `;
    expect(decodeResultCode(t.c, sloppy).ok).toBe(true);
  });

  it('catch every single-character typo', () => {
    const body = code.replace(/-/g, '');
    for (let k = 1; k < body.length; k++) {
      const ch = body[k] === 'A' ? 'B' : 'A';
      const typo = body.slice(0, k) + ch + body.slice(k + 1);
      expect(decodeResultCode(t.c, typo).ok, `typo at ${k}`).toBe(false);
    }
  });

  it('refuse truncated, swapped, huge and foreign input with a plain reason', () => {
    const body = code.replace(/-/g, '');
    expect(decodeResultCode(t.c, body.slice(0, -3))).toMatchObject({ ok: false, reason: expect.stringMatching(/check|short|damaged/) });
    expect(decodeResultCode(t.c, body.slice(0, 5) + body[6] + body[5] + body.slice(7))).toMatchObject({ ok: false });
    expect(decodeResultCode(t.c, 'S'.padEnd(10_000, 'A'))).toMatchObject({ ok: false, reason: expect.stringMatching(/longer/) });
    expect(decodeResultCode(t.c, 'hello world')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a Summit result code/) });
    expect(decodeResultCode(t.c, 'S!!!!')).toMatchObject({ ok: false, reason: expect.stringMatching(/characters/) });
    expect(decodeResultCode(t.c, null as never)).toMatchObject({ ok: false });
  });

  it('refuse a code from another version of the scenario', () => {
    const other = summit('minimal');
    expect(decodeResultCode(other.c, code)).toMatchObject({ ok: false, reason: expect.stringMatching(/scenario "danang-2017"/) });
  });
});

describe('result codes, version 3', () => {
  it("carry the rounds a session set and the players' names, covered by the check", () => {
    const t = summit('danang-2017');
    const setup = { seed: 'named', players: [{ kind: 'computer', difficulty: 'easy' }, { kind: 'human' }], rounds: 3, names: [null, 'Zoë Ünal-Smith'] } as GameSetup;
    t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' });
    while (t.phase === 'negotiating') t.pass();
    t.send({ type: 'debrief.open' });
    expect(t.game.outcome!.round).toBe(3);
    const log = recordLog(t.c, t.context, t.actor.getSnapshot().value);
    const code = encodeResultCode(t.c, log);
    const decoded = decodeResultCode(t.c, code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.log.events).toEqual(log.events);
    expect(decoded.log.final.stateHash).toBe(log.final.stateHash);
    expect(replayLog(t.c, decoded.log).ok).toBe(true);
    expect(RESULT_CODE_VERSION).toBe(3);
  });

  it('record the setup in one canonical shape, whatever order the caller wrote it in', () => {
    const t = summit('minimal');
    const setup = { names: [null, null], rounds: 2, players: [{ kind: 'human' }, { kind: 'computer' }], seed: 'x' } as unknown as GameSetup;
    t.send({ type: 'game.setup', setup });
    expect(JSON.stringify(t.context.log[0])).toBe('{"type":"game.setup","setup":{"seed":"x","players":[{"kind":"human"},{"kind":"computer"}],"rounds":2}}');
  });

  it('refuse version-1 and version-2 codes, saying they come from an earlier Summit that played news differently', () => {
    // A finished game on the minimal fixture, encoded by the version-1 encoder (format-1 fixture) …
    const v1 = 'S043PT-TBED5-PP2V0-CB85B-Y4Q8Q-M2K0B-HH5RR-0800A-ERRJT-SK9F1-T7AWK-50C0G-00820-80020-811G2-02554-KR87G-E0H9J-Z9D8G';
    // … and one by the version-2 encoder (the minimal fixture, three rounds of passing, a name).
    const v2 = 'S083PT-TBED5-PP2V0-44EDV-THCVJ-82K0B-HH5RR-0C00A-ERS2T-SK9F1-T7AWK-5001G-20R10-D0P8R-81185-0M304-0C08G-MRF6N-VNF3F-K2AS0';
    const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../fixtures/scenarios/minimal-format-1.json'), 'utf8'), { warnings: false });
    if (!loaded.ok) throw new Error('the format-1 fixture does not load');
    for (const [version, code] of [
      [1, v1],
      [2, v2],
    ] as const) {
      const reason = new RegExp(`earlier version of Summit \\(result code version ${version}\\).*cannot check`);
      expect(readCodeHeader(code)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
      expect(decodeResultCode(loaded.compiled, code)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    }
  });

  it('carry the session id a game was started with, covered by the check', () => {
    const t = summit('minimal');
    const setup: GameSetup = { seed: 's', players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'hard' }], session: '0badcafe' };
    t.send({ type: 'game.setup', setup }).send({ type: 'briefing.done' }).walkAway().send({ type: 'debrief.open' });
    const code = encodeResultCode(t.c, recordLog(t.c, t.context, t.actor.getSnapshot().value));
    const decoded = decodeResultCode(t.c, code);
    expect(decoded.ok && decoded.log.events[0]).toEqual({ type: 'game.setup', setup });
    expect(decoded.ok && replayLog(t.c, decoded.log).ok).toBe(true);
  });

  it('refuse a code version this build does not know', () => {
    const t = fullGame();
    const code = encodeResultCode(t.c, recordLog(t.c, t.context, t.actor.getSnapshot().value));
    // Rewrite the version byte and recompute the check, as a future encoder would.
    const bytes = fromBase32(code.slice(1).replace(/-/g, ''))!;
    const payload = Uint8Array.from([9, ...bytes.slice(1, -4)]);
    const check = hexToBytes(hashText(String.fromCharCode(...payload)).slice(-8));
    const future = 'S' + toBase32(Uint8Array.from([...payload, ...check]));
    expect(decodeResultCode(t.c, future)).toMatchObject({ ok: false, reason: expect.stringMatching(/version 9 is not supported/) });
  });
});
