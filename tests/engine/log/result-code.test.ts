import { describe, expect, it } from 'vitest';
import { decodeResultCode, encodeResultCode, readCodeHeader, recordLog, replayLog } from '../../../src/engine/index.ts';
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
    expect(readCodeHeader(code)).toEqual({ ok: true, scenarioId: 'danang-2017', scenarioHash: t.c.hash, engine: log.engine });
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
