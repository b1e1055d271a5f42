/**
 * A live class on a teacher's own scenario, on a real class server process: the teacher creates
 * the class with the Iran 2015 file; the server checks it with the engine, sends it to each
 * student before their seat, runs the game on it, and the result verifies against the same file.
 * A file with problems, or one that is not the scenario the session names, is refused with why.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSession, loadScenario, verifyLog } from '../../src/engine/index.ts';
import { createClass, joinClass } from './support/live-client.ts';
import { negotiateDeal } from './support/game.ts';
import { startServer, type Running } from './support/processes.ts';

const IRAN = readFileSync(resolve(import.meta.dirname, '../fixtures/scenarios/iran-2015.json'), 'utf8');
const loaded = loadScenario(IRAN, { warnings: false });
if (!loaded.ok) throw new Error('the Iran fixture does not load');
const c = loaded.compiled;
const session = (scenario: string) =>
  encodeSession({ scenario, sides: 'first', mode: 'pair', opponent: { kind: 'difficulty', difficulty: 'normal' }, seed: { kind: 'student' }, rounds: 6, secondsPerRound: null, revealReal: true });

let server: Running;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('a live class on your own scenario', () => {
  it('the server plays the Iran 2015 file the teacher sent: students receive it, see its sides, and the result verifies against it', async () => {
    const teacher = await createClass(server.url, session('iran-2015'), 'students', 'computer', IRAN);
    expect(teacher.info.news.map((n) => n.id)).toEqual(['deadline-extended', 'congress-review']);
    const ana = await joinClass(server.url, teacher.info.pin, 'Ana');
    const ben = await joinClass(server.url, teacher.info.pin, 'Ben');
    const [sa, sb] = await Promise.all([ana.waitSeat((s) => s.status === 'reading', 'Ana reading'), ben.waitSeat((s) => s.status === 'reading', 'Ben reading')]);
    // The file came before the first seat, whole: the client opens it as the class's scenario.
    for (const s of [ana, ben]) {
      const first = s.messages.findIndex((m) => m.type === 'scenario');
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThan(s.messages.findIndex((m) => m.type === 'seat'));
      expect(s.messages[first].message).toEqual({ id: 'iran-2015', text: IRAN });
    }
    expect(sa.scenario).toBe('iran-2015');
    expect(sa.scenarioTitle).toBe('Vienna, July 2015');
    expect([sa.view?.me.name, sb.view?.me.name].sort()).toEqual(['Iran', 'The P5+1']);

    ana.room.send('ready', {});
    ben.room.send('ready', {});
    teacher.room.send('start', {});
    await Promise.all([ana.waitSeat((s) => s.status === 'negotiating', 'Ana negotiating'), ben.waitSeat((s) => s.status === 'negotiating', 'Ben negotiating')]);
    const { accepted } = await negotiateDeal(c, ana, ben);
    expect(accepted.view!.outcome!.kind).toBe('agreement');
    const result = (await teacher.wait((m) => m.type === 'result', 'the result')).message;
    const verified = verifyLog(c, result.log, 'live');
    expect(verified.ok).toBe(true);
    for (const r of [ana, ben, teacher]) await r.room.leave(true);
  });

  it('refuses a file with problems, a file that is not the session’s scenario, and an own scenario sent without its file', async () => {
    await expect(createClass(server.url, session('iran-2015'), 'students', 'computer', IRAN.replace('"rounds": 8', '"rounds": 0'))).rejects.toThrow(/problem\(s\), the first: \$\.deadline\.rounds/);
    await expect(createClass(server.url, session('vienna'), 'students', 'computer', IRAN)).rejects.toThrow(/the scenario file is "iran-2015", but the session names "vienna"/);
    await expect(createClass(server.url, session('iran-2015'))).rejects.toThrow(/there is no scenario "iran-2015" on this server/);
    await expect(createClass(server.url, session('danang-2017'), 'students', 'computer', IRAN.replace('"id": "iran-2015"', '"id": "danang-2017"'))).rejects.toThrow(/shipped scenario's id/);
  });
});
