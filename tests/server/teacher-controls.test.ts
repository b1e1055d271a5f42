/**
 * The teacher's controls on a real class server: pause (moves refused, nothing applied), news
 * released to every table, end talks now, remove a student, an odd student out placed by the
 * class's rule, and a message over the size cap closing only that client's connection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClass, joinClass } from './support/live-client.ts';
import { pairSession, shipped } from './support/game.ts';
import { startServer, type Running } from './support/processes.ts';

const c = shipped();
let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

async function running(odd = 'computer') {
  const teacher = await createClass(server.url, pairSession(), 'students', odd);
  const a = await joinClass(server.url, teacher.info.pin, 'Ana');
  const b = await joinClass(server.url, teacher.info.pin, 'Ben');
  await Promise.all([a.waitSeat((s) => s.status === 'reading', 'Ana paired'), b.waitSeat((s) => s.status === 'reading', 'Ben paired')]);
  a.room.send('ready', {});
  b.room.send('ready', {});
  teacher.room.send('start', {});
  await Promise.all([a.waitSeat((s) => s.status === 'negotiating', 'Ana talks'), b.waitSeat((s) => s.status === 'negotiating', 'Ben talks')]);
  return { teacher, a, b };
}

/** Every news change to a side's values or walk-away anywhere in what a client received (seat views, history lines, anything). */
function privateChangesOn(wire: readonly { message: unknown }[]): { code: string; params: { side: number } }[] {
  const found: { code: string; params: { side: number } }[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const r = x as { code?: unknown; params?: { side: number } };
      if ((r.code === 'change.newsValue' || r.code === 'change.newsWalkAway') && r.params) found.push(r as { code: string; params: { side: number } });
      Object.values(x).forEach(walk);
    }
  };
  walk(wire.map((m) => m.message));
  return found;
}

describe('teacher controls', () => {
  it('pauses (a move is refused and not applied), releases news to every table (the other side’s value changes never sent), and ends the talks for everyone', async () => {
    const { teacher, a, b } = await running();
    const mover = a.seat().view!.myTurn ? a : b;
    teacher.room.send('pause', {});
    await mover.waitSeat((s) => s.classPhase === 'paused', 'the pause');
    const answer = await mover.move({ type: 'turn.pass' });
    expect(answer.view!.myTurn).toBe(true);
    await mover.wait((m) => m.type === 'refused' && m.message.params.reason?.code === 'refusal.classPaused', 'the refusal');
    teacher.room.send('resume', {});
    // This news moves a value of each side: each student is shown their own change, and the other's never leaves the server.
    const news = c.scenario.events.find((e) => e.id === 'nassib-pressure')!;
    teacher.room.send('news', { event: news.id });
    for (const s of [a, b]) {
      const seat = await s.waitSeat((x) => x.view?.news.some((e) => e.id === news.id) === true, 'the news at the table');
      const changes = seat.view!.news.find((e) => e.id === news.id)!.changes;
      expect(changes.filter((ch) => ch.code === 'change.newsValue').map((ch) => ch.params.side)).toEqual([seat.side]);
    }
    teacher.room.send('endTalks', {});
    for (const s of [a, b]) await s.waitSeat((x) => x.view?.outcome !== null && x.view?.outcome !== undefined, 'the deadline');
    await teacher.wait((m) => m.type === 'result', 'the result');
    for (const s of [a, b]) {
      const side = s.seat().side;
      expect(privateChangesOn(s.wire).map((ch) => ch.params.side)).toContain(side);
      expect(privateChangesOn(s.wire).filter((ch) => ch.params.side !== side)).toEqual([]);
    }
  });

  it('removes a student (their partner may go on against the computer) and places an odd student as a second voice', async () => {
    const { teacher, a, b } = await running('second-voice');
    const cat = await joinClass(server.url, teacher.info.pin, 'Cat');
    await cat.waitSeat((s) => s.status === 'waiting', 'Cat waiting');
    teacher.room.send('repair', {});
    const seat = await cat.waitSeat((s) => s.side !== null, 'Cat placed');
    expect(seat.partner).toMatch(/Ana|Ben/);
    await teacher.waitRoster((r) => r.filter((e) => e.secondVoice).length === 2, 'two voices on one side');
    const anaId = teacher.roster().find((e) => e.name === 'Ana')!.id;
    teacher.room.send('remove', { student: anaId });
    await a.wait((m) => m.type === 'removed', 'Ana told she was removed');
    await teacher.waitRoster((r) => r.find((e) => e.name === 'Ana')?.status === 'removed', 'Ana gone from the roster');
    void b;
  });

  it('closes the connection of a client whose message is over the size cap, and only that one', async () => {
    const { a, b } = await running();
    const closed = new Promise<number>((ok) => a.room.onLeave((code) => ok(code)));
    a.room.send('move', { seq: 99, event: { type: 'offer.propose', options: { x: 'y'.repeat(20_000) } } });
    expect(await closed).toBeGreaterThan(1000);
    b.room.send('seat', {});
    await b.next((m) => m.type === 'seat', 'Ben still served');
  });
});
