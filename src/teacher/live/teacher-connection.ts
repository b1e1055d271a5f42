/**
 * The teacher's side of a live class: creates it (the server answers with the PIN and the
 * teacher key, kept in this browser's localStorage: only it controls the class), rejoins it after
 * a reload, and reads the stored results over HTTP when the class is gone.
 */
import { Client, type Room } from 'colyseus.js';
import { CLASS_ROOM, type ClassInfo, type OddRule, type Pairing, type RosterEntry, type StoredResult } from '../../live/protocol.ts';

const KEY = 'summit.live.class';

export interface KeptClass {
  classId: string;
  roomId: string;
  pin: string;
  key: string;
  session: string;
}

export function keptClass(): KeptClass | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as KeptClass | null;
  } catch {
    return null;
  }
}

export function forgetClass(): void {
  localStorage.removeItem(KEY);
}

const endpoint = () => new URL('.', location.href).href.replace(/^http/, 'ws').replace(/\/$/, '');

export interface TeacherEvents {
  info(info: ClassInfo): void;
  roster(entries: RosterEntry[]): void;
  results(results: StoredResult[]): void;
  refused(reason: string): void;
  closed(): void;
}

function wire(room: Room, on: TeacherEvents): Room {
  room.onMessage('class', (info: ClassInfo) => {
    if (info.teacherKey) localStorage.setItem(KEY, JSON.stringify({ classId: info.classId, roomId: info.roomId, pin: info.pin, key: info.teacherKey, session: info.session } satisfies KeptClass));
    on.info(info);
  });
  room.onMessage('roster', (r: RosterEntry[]) => on.roster(r));
  room.onMessage('results', (r: StoredResult[]) => on.results(r));
  room.onMessage('result', (r: StoredResult) => on.results([r]));
  room.onMessage('refused', (m: { params?: { reason?: string } }) => on.refused(m.params?.reason ?? 'refused'));
  room.onLeave(() => on.closed());
  return room;
}

export async function createLiveClass(session: string, pairing: Pairing, odd: OddRule, on: TeacherEvents): Promise<Room> {
  return wire(await new Client(endpoint()).create(CLASS_ROOM, { session, pairing, odd }), on);
}

export async function rejoinLiveClass(kept: KeptClass, on: TeacherEvents): Promise<Room> {
  return wire(await new Client(endpoint()).joinById(kept.roomId, { teacherKey: kept.key }), on);
}

function classUrl(kept: KeptClass): URL {
  return new URL(`api/live/classes/${kept.classId}`, location.href);
}

export async function storedResults(kept: KeptClass): Promise<StoredResult[]> {
  const res = await fetch(new URL(`${classUrl(kept).pathname}/results`, location.href), { headers: { 'x-teacher-key': kept.key } });
  return res.ok ? ((await res.json()) as StoredResult[]) : [];
}

export async function deleteStored(kept: KeptClass): Promise<boolean> {
  return (await fetch(classUrl(kept), { method: 'DELETE', headers: { 'x-teacher-key': kept.key } })).ok;
}

/** The address students type (the server's LAN address when it knows one). */
export async function studentAddress(): Promise<string> {
  try {
    const body = (await (await fetch(new URL('api/live', location.href))).json()) as { addresses?: string[] };
    return body.addresses?.[0] ?? new URL('.', location.href).href;
  } catch {
    return new URL('.', location.href).href;
  }
}
