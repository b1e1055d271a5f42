/**
 * What survives trouble: a student whose connection drops comes back to the same seat (the
 * partner sees it), a partner who leaves for good can be replaced by the computer, and finished
 * results are still there after the server restarts.
 */
import { Client } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyLog } from '../../src/engine/index.ts';
import { createClass, endpoint, joinClass, Student } from './support/live-client.ts';
import { negotiateDeal, pairSession, shipped } from './support/game.ts';
import { startServer, tempDataDir, type Running } from './support/processes.ts';

const c = shipped();
const running: Running[] = [];
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
});

async function pairedClass(server: Running) {
  const teacher = await createClass(server.url, pairSession());
  const a = await joinClass(server.url, teacher.info.pin, 'Ana');
  const b = await joinClass(server.url, teacher.info.pin, 'Ben');
  await Promise.all([a.waitSeat((s) => s.status === 'reading', 'Ana paired'), b.waitSeat((s) => s.status === 'reading', 'Ben paired')]);
  a.room.send('ready', {});
  b.room.send('ready', {});
  teacher.room.send('start', {});
  await Promise.all([a.waitSeat((s) => s.status === 'negotiating', 'Ana talks'), b.waitSeat((s) => s.status === 'negotiating', 'Ben talks')]);
  return { teacher, a, b };
}

describe('reconnection', () => {
  it('brings a dropped student back to the same seat, and the partner sees them go and return', async () => {
    const server = await startServer({ graceSeconds: 20 });
    running.push(server);
    const { teacher, a, b } = await pairedClass(server);
    const before = a.seat();
    const token = a.room.reconnectionToken;
    await a.room.leave(false); // as a dropped network or a reload: not a goodbye
    await b.waitSeat((s) => !s.partnerConnected, 'Ben to see Ana drop');
    await teacher.waitRoster((r) => r.find((e) => e.name === 'Ana')?.status === 'disconnected', 'the roster to show Ana disconnected');
    const back = new Student(await new Client(endpoint(server.url)).reconnect(token));
    await b.waitSeat((s) => s.partnerConnected, 'Ben to see Ana return');
    const seat = await back.waitSeat(() => true, 'Ana’s seat after reconnecting');
    expect(seat.studentId).toBe(before.studentId);
    expect(seat.side).toBe(before.side);
    expect(seat.view!.round).toBe(before.view!.round);
    back.seq = seat.lastSeq; // numbering carries on where the server left it
    const { accepted } = await negotiateDeal(c, back, b);
    expect(accepted.view!.outcome!.kind).toBe('agreement');
  });

  it('lets a student finish against the computer when the partner leaves for good', async () => {
    const server = await startServer({ graceSeconds: 1 });
    running.push(server);
    const { teacher, a, b } = await pairedClass(server);
    await a.room.leave(true);
    const seat = await b.waitSeat((s) => s.canFinishVsComputer, 'Ben to be offered the computer');
    expect(seat.partner).toBeNull();
    b.room.send('vsComputer', {});
    await b.waitSeat((s) => s.partnerIsComputer, 'the computer to take Ana’s side');
    // Ben passes until the deadline; the computer answers each time.
    for (let k = 0; k < 20 && !b.seat().view!.outcome; k++) {
      if (b.seat().view!.myTurn) await b.move({ type: 'turn.pass' });
      else await b.waitSeat((s) => !!s.view!.myTurn || !!s.view!.outcome, 'Ben’s turn');
    }
    expect(b.seat().view!.outcome).not.toBeNull();
    const result = (await teacher.wait((m) => m.type === 'result', 'the result')).message;
    expect(verifyLog(c, result.log, 'live').ok).toBe(true);
  });
});

describe('a restart', () => {
  it('keeps finished results on disk: the teacher key reads them back from a new server process, and deletes them', async () => {
    const dataDir = tempDataDir();
    const first = await startServer({ dataDir });
    running.push(first);
    const { teacher, a, b } = await pairedClass(first);
    await negotiateDeal(c, a, b);
    const result = (await teacher.wait((m) => m.type === 'result', 'the result')).message;
    const { classId, teacherKey } = { classId: teacher.info.classId, teacherKey: teacher.info.teacherKey! };
    await first.stop();

    const second = await startServer({ dataDir, port: first.port });
    running.push(second);
    const url = `${second.url}/api/live/classes/${classId}`;
    expect((await fetch(`${url}/results`)).status).toBe(404); // no key, no results
    const stored = (await (await fetch(`${url}/results`, { headers: { 'x-teacher-key': teacherKey } })).json()) as { id: string; log: unknown }[];
    expect(stored.map((r) => r.id)).toEqual([result.id]);
    expect(verifyLog(c, stored[0].log as never, 'stored').ok).toBe(true);
    expect((await fetch(url, { method: 'DELETE', headers: { 'x-teacher-key': teacherKey } })).status).toBe(200);
    expect((await fetch(`${url}/results`, { headers: { 'x-teacher-key': teacherKey } })).status).toBe(404);
  });
});
