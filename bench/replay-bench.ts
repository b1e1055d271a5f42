/**
 * npm run bench:replay — what verifying a game log costs as the log grows (issue 14: a 984 KB
 * result file of 41,000 refused moves blocked the teacher page for 4.4 s, 38 s in Node, because
 * every event copied the whole log). Times replayLog, median of RUNS runs, for logs of refused
 * moves and of legal moves that add history (agree, reopen, agree, …), up to the machine's own
 * limit (MAX_LOG_EVENTS); then the same logs through the game's own machine, which copies the log
 * at every event as replays once did, for comparison; then how fast a log over the limit is refused.
 * Linear means the time per event stays flat as the log grows. It reports; it does not fail.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import { loadScenario, MAX_LOG_EVENTS, recordLog, replayLog, summitMachine, verifyLog, type CompiledScenario, type GameLog, type SummitEvent } from '../src/engine/index.ts';
import { recordChecksum } from '../src/engine/log/game-log.ts';

const RUNS = Number(process.env.RUNS ?? 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function loaded(): CompiledScenario {
  const r = loadScenario(fs.readFileSync('public/scenarios/danang-2017.json', 'utf8'));
  if (!r.ok) throw new Error('danang-2017 does not load');
  return r.compiled;
}

/** A two-player game of `n` events: `filler` repeated between the opening offer and a walk-away. */
function gameLog(c: CompiledScenario, n: number, filler: (k: number) => SummitEvent): GameLog {
  const actor = createActor(summitMachine(c)).start();
  actor.send({ type: 'game.setup', setup: { seed: 'bench', players: [{ kind: 'human' }, { kind: 'human' }] } });
  actor.send({ type: 'briefing.done' });
  const first = c.scenario.items[0];
  actor.send({ type: 'offer.propose', options: { [first.id]: first.options[0].id } });
  for (let k = 0; actor.getSnapshot().context.log.length < n - 2; k++) actor.send(filler(k));
  actor.send({ type: 'talks.walkAway' });
  actor.send({ type: 'debrief.open' });
  const snap = actor.getSnapshot();
  return recordLog(c, snap.context, snap.value);
}

const refused = (): SummitEvent => ({ type: 'item.agree', item: 'no-such-item' });

function timeReplay(c: CompiledScenario, log: GameLog, replay: (c: CompiledScenario, log: GameLog) => boolean): number[] {
  if (!replay(c, log)) throw new Error('the bench log does not replay');
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    replay(c, log);
    return performance.now() - start;
  });
}

/** The game's own machine, which copies the log at every event: how every replay ran before. */
function replayByCopying(c: CompiledScenario, log: GameLog): boolean {
  const actor = createActor(summitMachine(c)).start();
  for (const e of log.events) actor.send(e);
  actor.stop();
  return actor.getSnapshot().context.log.length === log.events.length;
}

function row(name: string, events: number, runs: number[]): void {
  const m = median(runs);
  console.log(`${name.padEnd(44)} ${String(events).padStart(6)} events  ${m.toFixed(1).padStart(8)} ms  ${((m / events) * 1000).toFixed(2).padStart(6)} µs/event`);
}

function main(): void {
  const c = loaded();
  const first = c.scenario.items[0].id;
  const churn = (k: number): SummitEvent => (k % 2 ? { type: 'item.reopen', item: first } : { type: 'item.agree', item: first });
  console.log(`Replay cost (median of ${RUNS} runs; node ${process.version}; limit ${MAX_LOG_EVENTS} events)`);
  const sizes = [MAX_LOG_EVENTS / 4, MAX_LOG_EVENTS / 2, MAX_LOG_EVENTS];
  timeReplay(c, gameLog(c, MAX_LOG_EVENTS, churn), (cc, l) => replayLog(cc, l).ok); // warm-up (JIT)
  for (const n of sizes) row('replayLog, refused moves', n, timeReplay(c, gameLog(c, n, refused), (cc, l) => replayLog(cc, l).ok));
  for (const n of sizes) row('replayLog, legal moves (agree/reopen)', n, timeReplay(c, gameLog(c, n, churn), (cc, l) => replayLog(cc, l).ok));
  for (const n of sizes) row('copying the log at every event (before)', n, timeReplay(c, gameLog(c, n, refused), replayByCopying));

  // The issue's file: 41,000 refused moves, as a teacher would import it (JSON text → verdict).
  const base = gameLog(c, 10, refused);
  const events = [...base.events.slice(0, -2), ...Array.from({ length: 41_000 }, refused), ...base.events.slice(-2)];
  const body = { ...base, events };
  delete (body as Partial<GameLog>).checksum;
  const text = JSON.stringify({ summitResult: 1, log: { ...body, checksum: recordChecksum(body) } });
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const v = verifyLog(c, (JSON.parse(text) as { log: GameLog }).log, 'bench');
    if (v.ok) throw new Error('an over-long log was accepted');
    return performance.now() - start;
  });
  console.log(`${`a ${(text.length / 1000).toFixed(0)} KB file of 41,000 refused moves: refused in`.padEnd(58)} ${median(times).toFixed(1).padStart(8)} ms`);
}

main();
