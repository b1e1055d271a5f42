/**
 * Several class-server processes behind one Redis (Debian's redis-server, started here on a free
 * loopback port): a student who comes in through the second process is matched, through the
 * shared presence and driver, into the class created on the first, plays the other student, and
 * the result can be read back through either process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLog } from '../../src/engine/index.ts';
import { createClass, joinClass } from './support/live-client.ts';
import { negotiateDeal, pairSession, shipped } from './support/game.ts';
import { startRedis, startServer, type Running } from './support/processes.ts';

const c = shipped();
let redis: Running;
let one: Running;
let two: Running;

beforeAll(async () => {
  redis = await startRedis();
  [one, two] = await Promise.all([startServer({ redisUrl: redis.url }), startServer({ redisUrl: redis.url })]);
});
afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await redis?.stop();
});

describe('two processes and one Redis', () => {
  it('pairs students who came in through different processes, and both processes serve the result', async () => {
    const teacher = await createClass(one.url, pairSession());
    const ana = await joinClass(one.url, teacher.info.pin, 'Ana');
    const ben = await joinClass(two.url, teacher.info.pin, 'Ben'); // PIN lookup and matchmaking on the second process
    const [sa, sb] = await Promise.all([ana.waitSeat((s) => s.status === 'reading', 'Ana paired'), ben.waitSeat((s) => s.status === 'reading', 'Ben paired')]);
    expect(sa.partner).toBe('Ben');
    expect(sb.partner).toBe('Ana');
    ana.room.send('ready', {});
    ben.room.send('ready', {});
    teacher.room.send('start', {});
    await Promise.all([ana.waitSeat((s) => s.status === 'negotiating', 'Ana talks'), ben.waitSeat((s) => s.status === 'negotiating', 'Ben talks')]);
    const { accepted } = await negotiateDeal(c, ana, ben);
    expect(accepted.view!.outcome!.kind).toBe('agreement');
    const result = (await teacher.wait((m) => m.type === 'result', 'the result')).message;
    for (const server of [one, two]) {
      const res = await fetch(`${server.url}/api/live/classes/${teacher.info.classId}/results`, { headers: { 'x-teacher-key': teacher.info.teacherKey! } });
      const stored = (await res.json()) as { id: string; log: never }[];
      expect(stored.map((r) => r.id)).toEqual([result.id]);
      expect(verifyLog(c, stored[0].log, 'redis').ok).toBe(true);
    }
    // A PIN answers on either process.
    expect((await fetch(`${two.url}/api/live/pin/${teacher.info.pin}`)).status).toBe(200);
  });
});
