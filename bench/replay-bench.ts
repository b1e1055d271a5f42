/**
 * npm run bench:replay — what verifying a game log costs as the log grows (issue 14: a 984 KB
 * result file of 41,000 refused moves blocked the teacher page for 4.4 s, 38 s in Node, because
 * every event copied the whole log). Times replayLog, median of RUNS runs, for logs of refused
 * moves and of legal moves that add history (agree, reopen, agree, …), up to the machine's own
 * limit (MAX_LOG_EVENTS); then the same logs through the game's own machine, which copies the log
 * at every event as replays once did, for comparison; then how fast a log over the limit is refused.
 * Linear means the time per event stays flat as the log grows.
 * Then, in headless Chromium (the built teacher page; skip with --node-only), importing the
 * issue's 984 KB file and a file at the limit of legal moves: the longest task the page ran
 * (issue 14: none over 200 ms) and the time until the import said "Checked". It reports; it does not fail.
 */
import fs from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { launch } from '../tests/web/support/chromium.ts';
import { serve } from '../tests/web/support/server.ts';
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
/** The shortest refused move: 41,000 of them make the issue's 984 KB file. */
const acceptNothing = (): SummitEvent => ({ type: 'offer.accept' });

/** A result file whose log holds `count` copies of `filler` (checksum recomputed: only replay can tell). */
function resultFile(c: CompiledScenario, count: number, filler: () => SummitEvent): string {
  const base = gameLog(c, 10, refused);
  const events = [...base.events.slice(0, -2), ...Array.from({ length: count }, filler), ...base.events.slice(-2)];
  const body = { ...base, events };
  delete (body as Partial<GameLog>).checksum;
  return JSON.stringify({ summitResult: 1, log: { ...body, checksum: recordChecksum(body) } });
}

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

function main(): { issueFile: string; longest: string } {
  const c = loaded();
  const first = c.scenario.items[0].id;
  const churn = (k: number): SummitEvent => (k % 2 ? { type: 'item.reopen', item: first } : { type: 'item.agree', item: first });
  console.log(`Replay cost (median of ${RUNS} runs; node ${process.version}; limit ${MAX_LOG_EVENTS} events)`);
  const sizes = [MAX_LOG_EVENTS / 4, MAX_LOG_EVENTS / 2, MAX_LOG_EVENTS];
  timeReplay(c, gameLog(c, MAX_LOG_EVENTS, churn), (cc, l) => replayLog(cc, l).ok); // warm-up (JIT)
  for (const n of sizes)
    row(
      'replayLog, refused moves',
      n,
      timeReplay(c, gameLog(c, n, refused), (cc, l) => replayLog(cc, l).ok),
    );
  for (const n of sizes)
    row(
      'replayLog, legal moves (agree/reopen)',
      n,
      timeReplay(c, gameLog(c, n, churn), (cc, l) => replayLog(cc, l).ok),
    );
  for (const n of sizes) row('copying the log at every event (before)', n, timeReplay(c, gameLog(c, n, refused), replayByCopying));

  // The issue's file: 41,000 refused moves, as a teacher would import it (JSON text → verdict).
  const text = resultFile(c, 41_000, acceptNothing);
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    const v = verifyLog(c, (JSON.parse(text) as { log: GameLog }).log, 'bench');
    if (v.ok) throw new Error('an over-long log was accepted');
    return performance.now() - start;
  });
  console.log(`${`a ${(text.length / 1000).toFixed(0)} KB file of 41,000 refused moves: refused in`.padEnd(58)} ${median(times).toFixed(1).padStart(8)} ms`);
  return { issueFile: text, longest: JSON.stringify({ summitResult: 1, log: gameLog(c, MAX_LOG_EVENTS, churn) }) };
}

/** Imports each file into the built teacher page; the longest task and the time to "Checked 1". */
async function inBrowser(files: Record<string, string>): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(root, 'bench-results/replay-dist');
  await build({ root, configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  const server = await serve({ '/': out });
  const browser = await launch();
  try {
    for (const [name, text] of Object.entries(files)) {
      const longest: number[] = [];
      const total: number[] = [];
      for (let run = -1; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${server.url}/teacher.html#debrief`);
        await page.locator('body[data-ready="true"]').waitFor();
        // The file reaches the input from the page's own fetch: handing 1 MB over through the
        // driver (setInputFiles) is itself a long task of the harness, not of the page.
        fs.writeFileSync(resolve(out, 'bench-file.json'), text);
        const ms = await page.evaluate<number>(`fetch('bench-file.json').then((r) => r.blob()).then((blob) => new Promise((done) => {
          window.__tasks = [];
          new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask' });
          const input = document.querySelector('[data-testid="files-input"]');
          const files = new DataTransfer();
          files.items.add(new File([blob], 'result.json', { type: 'application/json' }));
          input.files = files.files;
          const t0 = performance.now();
          input.dispatchEvent(new Event('change', { bubbles: true }));
          (function wait() {
            if (/Checked 1/.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? '')) requestAnimationFrame(() => done(performance.now() - t0));
            else setTimeout(wait, 5);
          })();
        }))`);
        await page.waitForTimeout(100);
        const tasks = await page.evaluate<number[]>('window.__tasks');
        if (run >= 0) {
          longest.push(Math.max(0, ...tasks));
          total.push(ms);
        }
        await context.close();
      }
      console.log(`teacher page, ${name} (${(text.length / 1000).toFixed(0)} KB): longest task ${median(longest).toFixed(0)} ms (limit 200), checked after ${median(total).toFixed(0)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const files = main();
if (!process.argv.includes('--node-only')) await inBrowser({ '41,000 refused moves': files.issueFile, [`${MAX_LOG_EVENTS} legal moves (the limit)`]: files.longest });
