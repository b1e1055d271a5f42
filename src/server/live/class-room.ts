/**
 * A live class as a Colyseus room. It holds no shared state: every client is sent only what is
 * theirs with client.send — a student their own seat (own side's view), the teacher the roster
 * and the results. Everything a client sends is checked (protocol.ts) and rate-capped.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Room, ServerError, type Client } from '@colyseus/core';
import { cleanPlayerName, decodeSession } from '../../engine/index.ts';
import {
  CLOSE,
  createOptions,
  joinOptions,
  normalisePin,
  PIN_ALPHABET,
  studentMessages,
  teacherMessages,
  type ClassInfo,
  type CreateOptions,
  type SeatMessage,
  type SeatState,
  type StoredResult,
} from '../../live/protocol.ts';
import { splitView } from '../../live/view-split.ts';
import { ClassModel, type Student, type TableEntry } from './class-model.ts';
import { PIN_KEY, roomDeps } from './deps.ts';
import { TokenBucket } from './limits.ts';
import { roster, seatState } from './views.ts';

type Who = { role: 'teacher'; bucket: TokenBucket } | { role: 'student'; studentId: string; bucket: TokenBucket };
type Auth = { role: 'teacher' } | { role: 'student'; name: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Idle classes (nobody connected) are closed after this long. */
const IDLE_MS = 30 * 60 * 1000;
const ROSTER_EVERY_MS = 250;

function newPin(): string {
  return Array.from(randomBytes(6), (b) => PIN_ALPHABET[b % PIN_ALPHABET.length]).join('');
}

export class ClassRoom extends Room {
  override maxClients = 250;
  override autoDispose = false;
  private model!: ClassModel;
  private options!: CreateOptions;
  private info!: Omit<ClassInfo, 'phase'>;
  private keyHash = '';
  private teacherKey: string | null = null;
  private readonly clientsOf = new Map<string, Client>();
  /** Students whose client has asked for its seat: its handlers are ready, so seats go to it from now on. */
  private readonly listening = new Set<string>();
  /** Per student: which fixed texts and how many history lines their client already has. */
  private readonly sent = new Map<string, { fixedKey: string; history: number }>();
  private rosterTimer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;

  override async onCreate(raw: unknown): Promise<void> {
    const parsed = createOptions.safeParse(raw);
    if (!parsed.success) throw new ServerError(400, 'the class settings are not valid');
    this.options = parsed.data;
    const decoded = decodeSession(parsed.data.session);
    if (!decoded.ok) throw new ServerError(400, decoded.reason);
    const c = await roomDeps().scenario(decoded.session.scenario);
    if (!c) throw new ServerError(400, `there is no scenario "${decoded.session.scenario}" on this server`);
    this.model = new ClassModel(c, decoded.session, parsed.data.pairing, parsed.data.odd, {
      seatsChanged: (ids, ack) => this.sendSeats(ids, ack),
      tableEnded: (entry) => void this.storeResult(entry),
    });
    let pin = newPin();
    while (await this.presence.hget(PIN_KEY, pin)) pin = newPin();
    await this.presence.hset(PIN_KEY, pin, this.roomId);
    this.teacherKey = randomBytes(24).toString('base64url');
    this.keyHash = sha256(this.teacherKey);
    const classId = randomBytes(8).toString('hex');
    this.info = {
      classId,
      roomId: this.roomId,
      pin,
      session: parsed.data.session,
      pairing: parsed.data.pairing,
      odd: parsed.data.odd,
      news: c.scenario.events.map((e) => ({ id: e.id, title: e.title })),
    };
    await roomDeps().store.saveClass({ classId, keyHash: this.keyHash, pin, session: parsed.data.session, pairing: parsed.data.pairing, createdAt: Date.now() });
    // Private: never listed, never matched by join/joinOrCreate; reachable only by id, through the PIN.
    await this.setPrivate(true);
    await this.setMetadata({ classId, pin });
    this.registerMessages();
    this.scheduleIdle();
  }

  override onAuth(_client: Client, raw: unknown): Auth {
    if (this.teacherKey !== null && raw && typeof raw === 'object' && 'session' in raw) return { role: 'teacher' }; // the creator
    const parsed = joinOptions.safeParse(raw);
    if (!parsed.success) throw new ServerError(400, 'join with the class PIN and your name');
    if ('teacherKey' in parsed.data) {
      if (sha256(parsed.data.teacherKey) !== this.keyHash) throw new ServerError(403, 'this teacher key does not control this class');
      return { role: 'teacher' };
    }
    if (normalisePin(parsed.data.pin) !== this.info.pin) throw new ServerError(403, 'wrong PIN');
    if (this.model.phase === 'ended') throw new ServerError(403, 'this class has ended');
    const name = cleanPlayerName(parsed.data.name);
    if (!name) throw new ServerError(400, 'type your name');
    return { role: 'student', name };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth): void {
    this.cancelIdle();
    if (auth.role === 'teacher') {
      client.userData = { role: 'teacher', bucket: new TokenBucket(20, 5) } satisfies Who;
      const first = this.teacherKey;
      this.teacherKey = null; // only the creator's first join carries it
      client.send('class', { ...this.info, phase: this.model.phase, ...(first ? { teacherKey: first } : {}) } satisfies ClassInfo);
      client.send('roster', roster(this.model));
      void roomDeps()
        .store.results(this.info.classId)
        .then((rs) => client.send('results', rs));
      return;
    }
    const student = this.model.join(auth.name);
    client.userData = { role: 'student', studentId: student.id, bucket: new TokenBucket(10, 3) } satisfies Who;
    this.clientsOf.set(student.id, client);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const who = client.userData as Who | undefined;
    if (who?.role !== 'student') return this.scheduleIdle();
    const s = this.model.students.get(who.studentId);
    if (!s || s.gone) return this.scheduleIdle();
    s.connected = false;
    this.listening.delete(s.id);
    this.sent.delete(s.id);
    this.seatChangedAround(s);
    try {
      if (consented) throw new Error('left on purpose');
      const back = await this.allowReconnection(client, roomDeps().graceSeconds);
      this.clientsOf.set(s.id, back);
      s.connected = true;
      this.cancelIdle();
      this.seatChangedAround(s);
    } catch {
      this.clientsOf.delete(s.id);
      this.model.leave(s);
      this.rosterChanged();
      this.scheduleIdle();
    }
  }

  override async onDispose(): Promise<void> {
    if (this.info) await this.presence.hdel(PIN_KEY, this.info.pin);
    for (const entry of this.model?.tables.values() ?? []) entry.table.stop();
    if (this.rosterTimer) clearTimeout(this.rosterTimer);
    this.cancelIdle();
  }

  private registerMessages(): void {
    const student = (type: keyof typeof studentMessages, run: (s: Student, msg: any) => void) =>
      this.onMessage(type, (client, raw) => {
        const who = this.admit(client, 'student', type, studentMessages[type], raw);
        if (!who || who.role !== 'student') return;
        const s = this.model.students.get(who.studentId);
        if (s && !s.gone) run(s, who.msg);
      });
    student('ready', (s) => this.model.ready(s));
    student('seat', (s) => {
      this.listening.add(s.id);
      this.sent.delete(s.id); // a fresh client: everything again
      this.sendSeats([s.id]);
    });
    student('move', (s, m) => {
      const refusal = this.model.move(s, m.seq, m.event);
      if (refusal) this.clientsOf.get(s.id)?.send('refused', { code: 'move.refused', params: { reason: refusal, seq: m.seq } });
    });
    student('debrief', (s) => this.model.openDebrief(s));
    student('vsComputer', (s) => this.model.finishVsComputer(s));
    const teacher = (type: keyof typeof teacherMessages, run: (msg: any, client: Client) => string | null | void) =>
      this.onMessage(type, (client, raw) => {
        const who = this.admit(client, 'teacher', type, teacherMessages[type], raw);
        if (!who) return;
        const problem = run(who.msg, client);
        if (problem) client.send('refused', { code: 'command.refused', params: { reason: problem, command: type } });
        this.broadcastClassPhase();
      });
    teacher('start', () => this.model.start());
    teacher('pause', () => this.model.pause(true));
    teacher('resume', () => this.model.pause(false));
    teacher('endTalks', () => this.model.endTalks());
    teacher('news', (m) => this.model.news(m.event));
    teacher('remove', (m) => this.remove(m.student));
    teacher('repair', (m) => this.model.repair(m.student));
    teacher('close', () => void this.disconnect(CLOSE.classClosed));
    this.onMessage('*', (client, type) => client.send('refused', { code: 'message.unknown', params: { type: String(type).slice(0, 40) } }));
  }

  /** The common gate: right role, within the rate cap, and a well-formed message. */
  private admit(client: Client, role: Who['role'], type: string, schema: { safeParse(x: unknown): { success: boolean; data?: unknown } }, raw: unknown) {
    const who = client.userData as Who | undefined;
    if (!who || who.role !== role) {
      client.send('refused', { code: 'message.notYours', params: { type } });
      return null;
    }
    if (!who.bucket.take()) {
      client.send('refused', { code: 'message.tooFast', params: { type } });
      if (who.bucket.refused > 100) client.leave(CLOSE.flooding);
      return null;
    }
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) {
      client.send('refused', { code: 'message.invalid', params: { type } });
      return null;
    }
    return { ...who, msg: parsed.data };
  }

  private remove(studentId: string): string | null {
    const s = this.model.students.get(studentId);
    if (!s) return 'no such student';
    this.model.leave(s);
    const client = this.clientsOf.get(studentId);
    this.clientsOf.delete(studentId);
    client?.send('removed', { code: 'student.removed' });
    client?.leave(CLOSE.removed);
    this.rosterChanged();
    return null;
  }

  private seatChangedAround(s: Student): void {
    const entry = this.model.tableOf(s);
    this.sendSeats(entry ? this.model.atTable(entry) : [s.id]);
  }

  private sendSeats(ids: string[], ack?: { student: string; seq: number }): void {
    for (const id of ids) {
      const client = this.clientsOf.get(id);
      const s = this.model.students.get(id);
      if (!client || !s || s.gone || !this.listening.has(id)) continue;
      client.send('seat', this.wire(seatState(this.model, s, this.info.session, ack && ack.student === id ? ack.seq : null)));
    }
    this.rosterChanged();
  }

  /** The seat as it travels: fixed texts once, history lines only the client lacks. */
  private wire(seat: SeatState): SeatMessage {
    const { view, ...rest } = seat;
    if (!view) {
      this.sent.delete(seat.studentId);
      return { ...rest, fixed: null, live: null, historyFrom: 0 };
    }
    const { fixed, live } = splitView(view);
    const fixedKey = `${seat.side}:${JSON.stringify(view.them)}`;
    const before = this.sent.get(seat.studentId);
    const fresh = !before || before.fixedKey !== fixedKey;
    const from = fresh ? 0 : Math.min(before.history, live.history.length);
    this.sent.set(seat.studentId, { fixedKey, history: live.history.length });
    return { ...rest, fixed: fresh ? fixed : null, live: { ...live, history: live.history.slice(from) }, historyFrom: from };
  }

  private broadcastClassPhase(): void {
    for (const c of this.clients) if ((c.userData as Who | undefined)?.role === 'teacher') c.send('class', { ...this.info, phase: this.model.phase } satisfies ClassInfo);
  }

  /** The roster goes to teachers at most every ROSTER_EVERY_MS, however busy the class. */
  private rosterChanged(): void {
    if (this.rosterTimer) return;
    this.rosterTimer = setTimeout(() => {
      this.rosterTimer = null;
      const list = roster(this.model);
      for (const c of this.clients) if ((c.userData as Who | undefined)?.role === 'teacher') c.send('roster', list);
    }, ROSTER_EVERY_MS);
  }

  private async storeResult(entry: TableEntry): Promise<void> {
    const record: StoredResult = { id: entry.table.id, classId: this.info.classId, at: Date.now(), names: entry.table.setup.names ?? [null, null], log: entry.table.log() };
    await roomDeps().store.appendResult(record);
    for (const c of this.clients) if ((c.userData as Who | undefined)?.role === 'teacher') c.send('result', record);
  }

  private scheduleIdle(): void {
    if (this.clients.length > 0 || this.idleTimer) return;
    this.idleTimer = setTimeout(() => void this.disconnect(), IDLE_MS);
  }

  private cancelIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
