/**
 * Result codes: a whole game log packed small enough to paste into a form, in Crockford base32
 * grouped by fives, with a 32-bit check so a typo or an edit is caught before any replay.
 * Layout: version · scenario id · play hash · engine · section digests · events · final state hash · check.
 * Version 2 added to the setup event the rounds a teacher's session sets and the players' names.
 * Version 3 (this one): the scenario hash covers play data only, with a digest per section so a
 * refusal can say what changed; the setup carries the class session's id; news draws its own dice
 * and the state holds no words. Within version 3, the setup's flag byte grows only by new bits
 * (8: the turn clock's limit, 16: the seat number), each adding its field after the older ones,
 * so every code made before a bit existed reads as it did. Versions 1 and 2 are refused with a message saying so: their games
 * were recorded by rules this engine no longer plays (news from the counterpart's dice, words in
 * the state), so replaying them here would show a game the student never played.
 * Events name items and options by index (the scenario is known from the code); an event that
 * does not fit that form (a refused move with an unknown id) travels as JSON.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import { DIFFICULTIES } from '../scenario/difficulties.ts';
import { STRATEGIES } from '../strategy/registry.ts';
import { hashText } from '../scenario/compile.ts';
import { packDigests } from '../scenario/play-identity.ts';
import { describeChange } from './change-words.ts';
import { MOVE_EVENT_TYPES, type SummitEvent } from '../machine/events.ts';
import type { GameSetup, PlayerConfig } from '../rules/state.ts';
import { ByteReader, ByteWriter, bytesToHex, fromBase32, hexToBytes, toBase32 } from './bytes.ts';
import { LOG_FORMAT, recordChecksum, type GameLog } from './game-log.ts';

export const RESULT_CODE_VERSION = 3;
/** Versions this build decodes. */
const READABLE_VERSIONS = [3];
/** Versions it recognises but cannot check (see above). */
const RETIRED_VERSIONS = [1, 2];
/** Codes longer than this are refused before decoding: nothing legitimate comes close. */
export const MAX_CODE_LENGTH = 4000;
const PREFIX = 'S';

/**
 * The registries a code writes by index: append only, never reorder (codes already handed in
 * would change meaning); tests/engine/registries.test.ts holds each as it is. The moves come
 * last (since version 3), so a new move type appended to MOVE_EVENT_TYPES (machine/events.ts)
 * is appended here too, and every older index keeps its meaning.
 */
export const EVENT_TYPES = ['game.setup', 'briefing.done', 'debrief.open', 'game.restart', ...MOVE_EVENT_TYPES] as const;
const RAW_JSON = 255;
export const OUTCOME_KINDS = ['none', 'agreement', 'partial', 'breakdown', 'walkout'] as const;
export const PHASES = ['setup', 'briefing', 'negotiating', 'outcome', 'debrief'] as const;

function checkBytes(payload: Uint8Array): Uint8Array {
  return hexToBytes(hashText(String.fromCharCode(...payload)).slice(-8));
}

function writePlayer(w: ByteWriter, c: CompiledScenario, p: PlayerConfig): void {
  if (p.kind === 'human') w.byte(0);
  else if (p.personality !== undefined)
    w.byte(1).uint(
      Math.max(
        0,
        c.scenario.personalities.findIndex((x) => x.id === p.personality),
      ),
    );
  else if (p.strategy !== undefined) w.byte(2).uint(STRATEGIES.indexOf(p.strategy));
  else w.byte(3).uint(DIFFICULTIES.indexOf(p.difficulty ?? 'normal'));
}

function readPlayer(r: ByteReader, c: CompiledScenario): PlayerConfig | null {
  switch (r.byte()) {
    case 0:
      return { kind: 'human' };
    case 1: {
      const p = c.scenario.personalities[r.uint()];
      return p ? { kind: 'computer', personality: p.id } : null;
    }
    case 2: {
      const s = STRATEGIES[r.uint()];
      return s ? { kind: 'computer', strategy: s } : null;
    }
    case 3: {
      const d = DIFFICULTIES[r.uint()];
      return d ? { kind: 'computer', difficulty: d } : null;
    }
    default:
      return null;
  }
}

/** Writes an event by index, or returns false when it does not fit (unknown ids). */
function writeEvent(w: ByteWriter, c: CompiledScenario, e: SummitEvent): boolean {
  const item = (id: string) => c.itemIndex[id];
  const option = (i: number, id: string) => (i === undefined ? undefined : c.optionIndex[i][id]);
  const type = (EVENT_TYPES as readonly string[]).indexOf(e.type);
  switch (e.type) {
    case 'game.setup':
      w.byte(type).text(e.setup.seed);
      writePlayer(w, c, e.setup.players[0]);
      writePlayer(w, c, e.setup.players[1]);
      w.uint(e.setup.rounds ?? 0);
      {
        const names = e.setup.names ?? [null, null];
        const session = e.setup.session;
        if (session !== undefined && !/^[0-9a-f]{8}$/.test(session)) return false;
        const { secondsPerRound, seat } = e.setup;
        w.byte((names[0] !== null ? 1 : 0) | (names[1] !== null ? 2 : 0) | (session !== undefined ? 4 : 0) | (secondsPerRound !== undefined ? 8 : 0) | (seat !== undefined ? 16 : 0));
        for (const name of names) if (name !== null) w.text(name);
        if (session !== undefined) w.raw(hexToBytes(session));
        if (secondsPerRound !== undefined) w.uint(secondsPerRound);
        if (seat !== undefined) w.uint(seat);
      }
      return true;
    case 'offer.propose': {
      const entries = Object.entries(e.options ?? {}).map(([i, o]) => [item(i), option(item(i), o)] as const);
      if (entries.some(([i, o]) => i === undefined || o === undefined)) return false;
      w.byte(type).uint(entries.length);
      for (const [i, o] of entries) w.uint(i!).uint(o!);
      return true;
    }
    case 'item.agree':
    case 'item.reopen':
    case 'priority.state':
      if (item(e.item) === undefined) return false;
      w.byte(type).uint(item(e.item));
      return true;
    case 'trade.propose': {
      const parts = [e.give, e.want].map((ch) => [item(ch?.item), option(item(ch?.item), ch?.option)]);
      if (parts.flat().some((x) => x === undefined)) return false;
      w.byte(type);
      for (const x of parts.flat()) w.uint(x!);
      return true;
    }
    default:
      if (type < 0) return false;
      w.byte(type);
      return true;
  }
}

function readEvent(r: ByteReader, c: CompiledScenario): SummitEvent | null {
  const code = r.byte();
  if (code === RAW_JSON) {
    try {
      return JSON.parse(r.text()) as SummitEvent;
    } catch {
      return null;
    }
  }
  const type = EVENT_TYPES[code];
  const itemId = (i: number) => c.domain.itemIds[i];
  const optionId = (i: number, o: number) => c.domain.optionIds[i]?.[o];
  switch (type) {
    case undefined:
      return null;
    case 'game.setup': {
      const seed = r.text();
      const a = readPlayer(r, c);
      const b = readPlayer(r, c);
      if (!a || !b) return null;
      const setup: GameSetup = { seed, players: [a, b] };
      const rounds = r.uint();
      if (rounds > 0) setup.rounds = rounds;
      const flags = r.byte();
      if (flags > 31) return null;
      if (flags & 3) setup.names = [flags & 1 ? r.text() : null, flags & 2 ? r.text() : null];
      if (flags & 4) setup.session = bytesToHex(r.raw(4));
      if (flags & 8) setup.secondsPerRound = r.uint();
      if (flags & 16) setup.seat = r.uint();
      return { type, setup };
    }
    case 'offer.propose': {
      const n = r.uint();
      if (n > c.domain.itemIds.length) return null;
      const options: Record<string, string> = {};
      for (let k = 0; k < n; k++) {
        const i = r.uint();
        const o = r.uint();
        if (itemId(i) === undefined || optionId(i, o) === undefined) return null;
        options[itemId(i)] = optionId(i, o);
      }
      return { type, options };
    }
    case 'item.agree':
    case 'item.reopen':
    case 'priority.state': {
      const id = itemId(r.uint());
      return id === undefined ? null : { type, item: id };
    }
    case 'trade.propose': {
      const [gi, go, wi, wo] = [r.uint(), r.uint(), r.uint(), r.uint()];
      if (optionId(gi, go) === undefined || optionId(wi, wo) === undefined) return null;
      return { type, give: { item: itemId(gi), option: optionId(gi, go) }, want: { item: itemId(wi), option: optionId(wi, wo) } };
    }
    default:
      return { type } as SummitEvent;
  }
}

function group(code: string): string {
  return code.match(/.{1,5}/g)!.join('-');
}

/** Packs a game log into a result code. */
export function encodeResultCode(c: CompiledScenario, log: GameLog): string {
  const w = new ByteWriter().byte(RESULT_CODE_VERSION).text(log.scenario.id).raw(hexToBytes(log.scenario.hash)).text(log.engine);
  const digests = hexToBytes(log.scenario.sections ?? packDigests(c.sections));
  w.uint(digests.length >> 1).raw(digests);
  w.uint(log.events.length);
  for (const e of log.events) {
    const probe = new ByteWriter();
    if (writeEvent(probe, c, e)) w.raw(probe.done());
    else w.byte(RAW_JSON).text(JSON.stringify(e));
  }
  w.byte(PHASES.indexOf(log.final.phase))
    .byte(OUTCOME_KINDS.indexOf(log.final.outcome?.kind ?? 'none'))
    .raw(hexToBytes(log.final.stateHash));
  const payload = w.done();
  return `${PREFIX}${group(toBase32(Uint8Array.from([...payload, ...checkBytes(payload)])))}`;
}

/** `sections`: the play data's section digests when the code was made (scenario/play-identity.ts). */
export type CodeHeader = { ok: true; scenarioId: string; scenarioHash: string; engine: string; sections: string } | { ok: false; reason: string };

function unpack(code: string): { ok: true; payload: Uint8Array } | { ok: false; reason: string } {
  if (typeof code !== 'string') return { ok: false, reason: 'a result code is text' };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, reason: `this is far longer than any result code (${code.length} characters)` };
  const compact = code.replace(/[\s-]/g, '');
  if (!compact.toUpperCase().startsWith(PREFIX)) return { ok: false, reason: 'this is not a Summit result code (they start with "S")' };
  const bytes = fromBase32(compact.slice(1));
  if (!bytes) return { ok: false, reason: 'the code contains characters no result code uses — check for a typo' };
  if (bytes.length < 12) return { ok: false, reason: 'the code is too short: part of it is missing' };
  const payload = bytes.slice(0, -4);
  const check = bytes.slice(-4);
  if (bytesToHex(checkBytes(payload)) !== bytesToHex(check)) return { ok: false, reason: 'the code does not check out: a character is mistyped, missing or changed' };
  if (RETIRED_VERSIONS.includes(payload[0]))
    return {
      ok: false,
      reason: `this code was made by an earlier version of Summit (result code version ${payload[0]}), whose games this version cannot check: news and the record of a game have changed since`,
    };
  if (!READABLE_VERSIONS.includes(payload[0])) return { ok: false, reason: `result code version ${payload[0]} is not supported by this version of Summit` };
  return { ok: true, payload };
}

/** Reads which scenario a code belongs to, so the caller can load it before decoding. */
export function readCodeHeader(code: string): CodeHeader {
  const u = unpack(code);
  if (!u.ok) return u;
  const r = new ByteReader(u.payload);
  r.byte();
  const scenarioId = r.text();
  const scenarioHash = bytesToHex(r.raw(7));
  const engine = r.text();
  const sections = bytesToHex(r.raw(2 * r.uint()));
  return r.overrun ? { ok: false, reason: 'the code is cut short' } : { ok: true, scenarioId, scenarioHash, engine, sections };
}

export type DecodeResult = { ok: true; log: GameLog } | { ok: false; reason: string };

/** Unpacks a code into a game log for `c` (check the header's scenario first); verify it with replayLog. */
export function decodeResultCode(c: CompiledScenario, code: string): DecodeResult {
  const header = readCodeHeader(code);
  if (!header.ok) return header;
  if (header.scenarioId !== c.scenario.id) return { ok: false, reason: `the code is for scenario "${header.scenarioId}", not "${c.scenario.id}"` };
  if (header.scenarioHash !== c.hash)
    return { ok: false, reason: `the code was played on another version of "${c.scenario.id}", whose rules or numbers differ: ${describeChange(c.sections, header.sections)}` };
  const r = new ByteReader((unpack(code) as { payload: Uint8Array }).payload);
  r.byte();
  r.text();
  r.raw(7);
  r.text();
  r.raw(2 * r.uint());
  const count = r.uint();
  if (count > r.remaining) return { ok: false, reason: 'the code is damaged: it claims more moves than it holds' };
  const events: SummitEvent[] = [];
  for (let k = 0; k < count; k++) {
    const e = readEvent(r, c);
    if (!e || r.overrun) return { ok: false, reason: 'the code is damaged: a move cannot be read' };
    events.push(e);
  }
  const phase = PHASES[r.byte()];
  const kind = OUTCOME_KINDS[r.byte()];
  const stateHash = bytesToHex(r.raw(7));
  if (r.overrun || !phase || !kind || r.remaining !== 0) return { ok: false, reason: 'the code is damaged: its ending cannot be read' };
  const setup = events.find((e) => e.type === 'game.setup');
  const body = {
    logFormat: LOG_FORMAT,
    engine: header.engine,
    scenario: { id: c.scenario.id, format: c.scenario.format, hash: c.hash, sections: header.sections },
    seed: setup?.type === 'game.setup' ? setup.setup.seed : '',
    events,
    // The outcome itself is not carried: replaying the events recomputes it, and the state hash checks it.
    final: { phase, outcome: null, stateHash },
  };
  return { ok: true, log: { ...body, checksum: recordChecksum(body) } };
}
