/**
 * A live class on a real class server process, driven by colyseus.js clients as the pages drive
 * it: pairing, a whole negotiated game, the roster's stages, the stored result, and what crosses
 * the wire (never the other side's brief, walk-away, red lines or the seed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLog } from '../../src/engine/index.ts';
import type { SeatState } from '../../src/live/protocol.ts';
import { createClass, joinClass, type Student } from './support/live-client.ts';
import { negotiateDeal, pairSession, shipped } from './support/game.ts';
import { startServer, type Running } from './support/processes.ts';

const c = shipped();
let server: Running;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

function privateTextsOf(side: 0 | 1): string[] {
  const s = c.scenario.sides[side];
  return [s.brief, s.walkAway.text ?? '', ...s.redLines.map((l) => l.text)].filter((t) => t && t.length > 12);
}

describe('a live class', () => {
  it('pairs two students on opposite sides, plays a negotiated game to a deal and hands the teacher a result that verifies', async () => {
    const teacher = await createClass(server.url, pairSession());
    expect(teacher.info.pin).toMatch(/^[A-Z2-9]{6}$/);
    expect(teacher.info.teacherKey).toBeTruthy();
    const ana = await joinClass(server.url, teacher.info.pin, '  Ana\u0007  Li ');
    const ben = await joinClass(server.url, teacher.info.pin, 'Ben');
    const [sa, sb] = await Promise.all([ana.waitSeat((s) => s.status === 'reading', 'Ana reading'), ben.waitSeat((s) => s.status === 'reading', 'Ben reading')]);
    expect(sa.name).toBe('Ana Li');
    expect([sa.side, sb.side].sort()).toEqual([0, 1]);
    expect(sa.partner).toBe('Ben');
    expect(sa.view?.me.id).toBe(c.sideIds[sa.side!]);
    await teacher.waitRoster((r) => r.length === 2 && r.every((e) => e.status === 'reading'), 'the roster to show two students reading');

    ana.room.send('ready', {});
    ben.room.send('ready', {});
    await new Promise((r) => setTimeout(r, 300));
    expect(ana.seat().status).toBe('reading'); // the talks wait for the teacher's Start
    teacher.room.send('start', {});
    await Promise.all([ana.waitSeat((s) => s.status === 'negotiating', 'Ana negotiating'), ben.waitSeat((s) => s.status === 'negotiating', 'Ben negotiating')]);
    await teacher.waitRoster((r) => r.every((e) => e.status === 'negotiating' && e.round === 1), 'the roster to show both negotiating');

    // Out of turn is refused and changes nothing.
    const waiting = ana.seat().view!.myTurn ? ben : ana;
    const refused = await waiting.move({ type: 'turn.pass' });
    expect(refused.view!.myTurn).toBe(false);
    await waiting.wait((m) => m.type === 'refused' && m.message.params.reason?.code === 'refusal.notYourTurn', 'the refusal');

    const { accepted } = await negotiateDeal(c, ana, ben);
    expect(accepted.status).toBe('agreed');
    expect(accepted.view!.outcome!.kind).toBe('agreement');
    await teacher.waitRoster((r) => r.every((e) => e.status === 'agreed'), 'the roster to show both agreed');
    const result = (await teacher.wait((m) => m.type === 'result', 'the result')).message;
    const verified = verifyLog(c, result.log, 'live');
    expect(verified.ok).toBe(true);
    if (verified.ok) {
      expect(verified.result.outcome.kind).toBe('agreement');
      expect(verified.result.name).toContain('Ana Li');
    }
    ana.room.send('debrief', {});
    await teacher.waitRoster((r) => r.find((e) => e.name === 'Ana Li')?.status === 'handed-in', 'Ana handed in');

    // On the wire, while the talks were open: each student saw only their own side's private
    // texts, and never the seed (the finished game's log comes after, for the debrief).
    const seed = result.log.seed as string;
    for (const [student, side] of [
      [ana, sa.side!],
      [ben, sb.side!],
    ] as [Student, 0 | 1][]) {
      const during = student.wire.filter((m) => !(m.type === 'seat' && m.message.finalLog));
      expect(during.length).toBeGreaterThan(3);
      const wire = JSON.stringify(during);
      expect(wire).not.toContain(seed);
      for (const text of privateTextsOf((1 - side) as 0 | 1)) expect(wire).not.toContain(text);
      expect(wire).toContain(c.scenario.sides[side].brief);
      for (const m of student.messages.filter((x) => x.type === 'seat')) expect((m.message as SeatState).view?.side ?? side).toBe(side);
    }
    await Promise.all([ana.room.leave(), ben.room.leave(), teacher.room.leave()]);
  });

  it('refuses a wrong PIN, a teacher key that is not the class’s, commands from students and malformed messages', async () => {
    const teacher = await createClass(server.url, pairSession());
    const wrong = teacher.info.pin === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    expect((await fetch(`${server.url}/api/live/pin/${wrong}`)).status).toBe(404);
    const { Client } = await import('colyseus.js');
    await expect(new Client(server.url.replace('http', 'ws')).joinById(teacher.info.roomId, { pin: wrong, name: 'Eve' })).rejects.toThrow(/wrong PIN/);
    await expect(new Client(server.url.replace('http', 'ws')).joinById(teacher.info.roomId, { teacherKey: 'x'.repeat(32) })).rejects.toThrow(/teacher key/);
    const eve = await joinClass(server.url, teacher.info.pin, 'Eve');
    await eve.waitSeat((s) => s.status === 'waiting', 'Eve waiting');
    eve.room.send('endTalks', {});
    eve.room.send('move', { seq: 'x', event: { type: 'nonsense' } });
    await eve.wait((m) => m.type === 'refused' && m.message.code === 'message.notYours', 'a refusal of the command');
    await eve.wait((m) => m.type === 'refused' && m.message.code === 'message.invalid', 'a refusal of the malformed move');
    for (let k = 0; k < 30; k++) eve.room.send('ready', {});
    await eve.wait((m) => m.type === 'refused' && m.message.code === 'message.tooFast', 'the rate cap');
    await new Promise((r) => setTimeout(r, 300));
    expect(teacher.last<{ phase: string }>('class')!.phase).toBe('lobby');
    await Promise.all([eve.room.leave(), teacher.room.leave()]);
  });

  it('rate-limits wrong PINs from one address, but not a whole class looking up the right one', async () => {
    const teacher = await createClass(server.url, pairSession());
    for (let k = 0; k < 60; k++) expect((await fetch(`${server.url}/api/live/pin/${teacher.info.pin}`)).status).toBe(200);
    let limited = false;
    for (let k = 0; k < 40 && !limited; k++) limited = (await fetch(`${server.url}/api/live/pin/ZZZZZ${'23456789'[k % 8]}`)).status === 429;
    expect(limited).toBe(true);
    await teacher.room.leave();
  });
});
