/**
 * npm run bench:server — the live class server under a class-sized crowd, on loopback only and
 * bounded in count and time. STUDENTS simulated students (default 1,000: 500 pairs, in classes of
 * 50) join by PIN through colyseus.js, read their briefs, and then move every few seconds when it
 * is their turn (bench/server/students.ts, in CLIENT_PROCS processes). Measured per run: move
 * round trip (send → the seat that acknowledges it) p50/p95/p99, moves lost (never answered, after
 * a 30 s drain) and duplicated, and
 * the servers' heap (after a full collection) per class room and per table. Two set-ups: one process (rooms in
 * memory, results on disk), and two processes sharing one redis-server. RUNS runs each (default
 * 3); the medians over runs are printed and written to bench-results/server.json.
 * Targets (issue 11): p95 ≤ 50 ms, 0 lost, 0 duplicated.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClass, type Teacher } from '../tests/server/support/live-client.ts';
import { pairSession } from '../tests/server/support/game.ts';
import { startRedis, startServer, type Running } from '../tests/server/support/processes.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STUDENTS = Math.min(Number(process.env.STUDENTS ?? 1000), 2000);
const CLASS_SIZE = 50;
const RUN_MS = Math.min(Number(process.env.RUN_SECONDS ?? 45), 120) * 1000;
const RUNS = Math.min(Number(process.env.RUNS ?? 3), 7);
const CLIENT_PROCS = Number(process.env.CLIENT_PROCS ?? 2);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const median = (xs: number[]) => quantile(xs, 0.5);
/** The servers' heap after a full collection, in MB (their /api/live/stats, on with SUMMIT_STATS=1). */
async function heapMb(servers: Running[]): Promise<number> {
  let sum = 0;
  for (const s of servers) sum += ((await (await fetch(`${s.url}/api/live/stats`)).json()) as { heapUsed: number }).heapUsed;
  return sum / 2 ** 20;
}
const STATS_ENV = { SUMMIT_STATS: '1', NODE_OPTIONS: '--expose-gc' };

interface RunResult {
  moves: number;
  p50: number;
  p95: number;
  p99: number;
  lost: number;
  duplicated: number;
  refused: number;
  joined: number;
  mbPerClass: number;
  kbPerTable: number;
}

function lines(child: ChildProcess, onLine: (o: any) => void): void {
  let buf = '';
  child.stdout!.on('data', (d) => {
    buf += String(d);
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.startsWith('{')) onLine(JSON.parse(line));
    }
  });
}

async function run(servers: Running[]): Promise<RunResult> {
  const classes = Math.ceil(STUDENTS / CLASS_SIZE);
  await new Promise((r) => setTimeout(r, 1500));
  const before = await heapMb(servers);
  const teachers: Teacher[] = [];
  for (let k = 0; k < classes; k++) teachers.push(await createClass(servers[k % servers.length].url, pairSession(100)));
  const students = teachers.flatMap((t, k) =>
    Array.from({ length: Math.min(CLASS_SIZE, STUDENTS - k * CLASS_SIZE) }, (_, j) => ({ url: servers[j % servers.length].url, pin: t.info.pin, name: `Student ${k}-${j}` })),
  );
  // Whole classes per client process, so a class's students join in order.
  const shares: (typeof students)[] = Array.from({ length: CLIENT_PROCS }, () => []);
  teachers.forEach((_t, k) => shares[k % CLIENT_PROCS].push(...students.slice(k * CLASS_SIZE, (k + 1) * CLASS_SIZE)));
  const children = shares.map((share) =>
    fork(resolve(import.meta.dirname, 'server/students.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_PLAN: JSON.stringify({ students: share, runMs: RUN_MS, minWaitMs: 1500, maxWaitMs: 3500 }) },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    }),
  );
  const joined: number[] = [];
  const done: any[] = [];
  await new Promise<void>((ok) => children.forEach((c) => lines(c, (o) => (o.joined !== undefined ? joined.push(o.joined) === CLIENT_PROCS && ok() : done.push(o)))));
  for (const t of teachers) t.room.send('start', {});
  for (const c of children) c.send('go');
  await new Promise((r) => setTimeout(r, RUN_MS * 0.7));
  const during = await heapMb(servers);
  await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
  await Promise.all(teachers.map((t) => t.room.leave().catch(() => 0)));
  const rtts = done.flatMap((d) => d.rtts as number[]);
  const sum = (k: string) => done.reduce((m, d) => m + d[k], 0);
  return {
    moves: rtts.length,
    p50: quantile(rtts, 0.5),
    p95: quantile(rtts, 0.95),
    p99: quantile(rtts, 0.99),
    lost: sum('lost'),
    duplicated: sum('duplicated'),
    refused: sum('refused'),
    joined: joined.reduce((a, b) => a + b, 0),
    mbPerClass: (during - before) / classes,
    kbPerTable: ((during - before) * 1024) / (STUDENTS / 2),
  };
}

async function setUp(kind: 'one process' | 'two processes + Redis'): Promise<RunResult[]> {
  const out: RunResult[] = [];
  for (let k = 0; k < RUNS; k++) {
    const redis = kind === 'one process' ? null : await startRedis();
    const servers = redis ? await Promise.all([startServer({ redisUrl: redis.url, env: STATS_ENV }), startServer({ redisUrl: redis.url, env: STATS_ENV })]) : [await startServer({ env: STATS_ENV })];
    try {
      const r = await run(servers);
      console.log(
        `  ${kind}, run ${k + 1}: ${r.joined} joined, ${r.moves} moves, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, lost ${r.lost}, duplicated ${r.duplicated}, ${r.mbPerClass.toFixed(1)} MB per class room`,
      );
      out.push(r);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      await redis?.stop();
    }
  }
  return out;
}

console.log(`Class server: ${STUDENTS} students (${STUDENTS / 2} pairs, classes of ${CLASS_SIZE}), ${RUN_MS / 1000} s of moves per run, ${RUNS} run(s) per set-up.`);
const report: Record<string, unknown> = { students: STUDENTS, runSeconds: RUN_MS / 1000, runs: RUNS };
let pass = true;
for (const kind of ['one process', 'two processes + Redis'] as const) {
  const rs = await setUp(kind);
  const m = (k: keyof RunResult) => median(rs.map((r) => r[k]));
  const summary = {
    moves: m('moves'),
    p50: m('p50'),
    p95: m('p95'),
    p99: m('p99'),
    lost: Math.max(...rs.map((r) => r.lost)),
    duplicated: Math.max(...rs.map((r) => r.duplicated)),
    mbPerClass: m('mbPerClass'),
    kbPerTable: m('kbPerTable'),
  };
  report[kind] = { summary, runs: rs };
  const ok = summary.p95 <= 50 && summary.lost === 0 && summary.duplicated === 0;
  pass &&= ok;
  console.log(
    `${kind} (medians): p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms over ${summary.moves} moves; lost ${summary.lost}, duplicated ${summary.duplicated}; ${summary.mbPerClass.toFixed(1)} MB per class room of ${CLASS_SIZE} (${summary.kbPerTable.toFixed(0)} KB per table) — ${ok ? 'within' : 'OUTSIDE'} the targets`,
  );
}
mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench-results/server.json'), JSON.stringify(report, null, 2));
process.exit(pass ? 0 : 1);
