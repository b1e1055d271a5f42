/**
 * One process of simulated students for npm run bench:server (bench/server-bench.ts starts a few):
 * colyseus.js clients on loopback that join their classes by PIN, read the brief, and then, each
 * time it is their turn, wait a few seconds and move (a random package within their own red
 * lines, or a pass). Every move's round trip is timed from send to the seat that acknowledges its
 * seq; at the end each process prints one JSON line with its samples and its counts.
 */
import { Client, type Room } from 'colyseus.js';
import type { SeatMessage } from '../../src/live/protocol.ts';

interface Plan {
  /** One entry per student: the server it comes in through, its class's PIN, a name. */
  students: { url: string; pin: string; name: string }[];
  runMs: number;
  minWaitMs: number;
  maxWaitMs: number;
}

const plan = JSON.parse(process.env.BENCH_PLAN!) as Plan;
const rtts: number[] = [];
let sent = 0;
let acked = 0;
let duplicated = 0;
let refused = 0;
let joinFailures = 0;
let stopping = false;

function randomMove(seat: SeatMessage): object {
  const view = seat.live!;
  if (Math.random() < 0.2) return { type: 'turn.pass' };
  const options: Record<string, string> = {};
  for (const item of view.items) {
    const allowed = item.options.filter((o) => !o.crossesMyRedLine);
    options[item.id] = allowed[Math.floor(Math.random() * allowed.length)].id;
  }
  return { type: 'offer.propose', options };
}

let go: () => void;
const started = new Promise<void>((ok) => (go = ok));
let running = false;

function student(room: Room): Promise<void> {
  let seq = 0;
  const pending = new Map<number, number>();
  const answered = new Set<number>();
  let timer: NodeJS.Timeout | null = null;
  let readySent = false;
  room.onMessage('refused', () => refused++);
  room.onMessage('seat', (seat: SeatMessage) => {
    if (seat.ack !== null) {
      if (answered.has(seat.ack)) duplicated++;
      else if (pending.has(seat.ack)) {
        rtts.push(performance.now() - pending.get(seat.ack)!);
        pending.delete(seat.ack);
        answered.add(seat.ack);
        acked++;
      }
    }
    if (seat.status === 'reading' && !readySent) {
      readySent = true;
      room.send('ready', {});
    }
    if (running && seat.status === 'negotiating' && seat.live?.myTurn && !timer && pending.size === 0 && !stopping) {
      const wait = plan.minWaitMs + Math.random() * (plan.maxWaitMs - plan.minWaitMs);
      timer = setTimeout(() => {
        timer = null;
        if (stopping) return;
        const s = ++seq;
        pending.set(s, performance.now());
        sent++;
        room.send('move', { seq: s, event: randomMove(seat) });
      }, wait);
    }
  });
  room.send('seat', {}); // handlers are in place: ask for the seat, in case it came before them
  return started.then(
    () =>
      new Promise((done) => {
        room.send('seat', {});
        setTimeout(() => {
          stopping = true;
          if (timer) clearTimeout(timer);
          // Answers in flight may still come (late is not lost): wait for them, up to 30 s.
          const end = Date.now() + 30_000;
          const drain = setInterval(() => {
            if (pending.size === 0 || Date.now() > end) {
              clearInterval(drain);
              done();
            }
          }, 200);
        }, plan.runMs);
      }),
  );
}

async function join(s: Plan['students'][number]): Promise<Room | null> {
  try {
    const res = await fetch(`${s.url}/api/live/pin/${s.pin}`);
    const { roomId } = (await res.json()) as { roomId: string };
    return await new Client(s.url.replace(/^http/, 'ws')).joinById(roomId, { pin: s.pin, name: s.name });
  } catch {
    joinFailures++;
    return null;
  }
}

const rooms: Room[] = [];
const runs: Promise<void>[] = [];
for (let k = 0; k < plan.students.length; k += 10) {
  for (const r of await Promise.all(plan.students.slice(k, k + 10).map(join))) {
    if (!r) continue;
    rooms.push(r);
    runs.push(student(r));
  }
}
process.stdout.write(`${JSON.stringify({ joined: rooms.length })}\n`);
await new Promise<void>((ok) => process.once('message', () => ok()));
running = true;
go!();
await Promise.all(runs);
const lost = sent - acked;
process.stdout.write(`${JSON.stringify({ done: true, sent, acked, lost, duplicated, refused, joinFailures, rtts })}\n`);
await Promise.all(rooms.map((r) => r.leave().catch(() => 0)));
process.exit(0);
