/**
 * The class debrief's imports, kept in this browser (localStorage) until the teacher clears them:
 * a reload, a closed tab or a crash loses no student's result. What is kept is what was handed in
 * (codes, game logs, the rejected ones with their text), never a verdict: every entry is checked
 * again by replaying it when the page opens, so an edited store can only add rejected results.
 */
import type { Entry } from './debrief-import.ts';
import { tt } from './strings/index.ts';

const KEY = 'summit.teacher.debrief';
const FORMAT = 1;
/** The whole store, in characters: browsers keep about 5 million per site; this leaves room for the game's save. */
const MAX_KEPT_CHARS = 3_000_000;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const KINDS = new Set(['code', 'log', 'bad']);

function isEntry(x: unknown): x is Entry {
  const e = x as Record<string, unknown> | null;
  if (!e || typeof e !== 'object' || typeof e.source !== 'string' || typeof e.preview !== 'string' || !KINDS.has(e.kind as string)) return false;
  if (e.kind === 'code') return typeof e.code === 'string';
  if (e.kind === 'bad') return typeof e.reason === 'string';
  return typeof e.log === 'object' && e.log !== null;
}

/** What this browser kept, and a sentence when part of it could not be read. */
export function keptEntries(): { entries: Entry[]; problem: string | null } {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw === null) return { entries: [], problem: null };
  try {
    const data = JSON.parse(raw) as { format?: unknown; entries?: unknown };
    if (data?.format !== FORMAT || !Array.isArray(data.entries)) return { entries: [], problem: tt.storeOtherVersion };
    const entries = data.entries.filter(isEntry);
    const lost = data.entries.length - entries.length;
    return { entries, problem: lost ? tt.storeLost(lost) : null };
  } catch {
    return { entries: [], problem: tt.storeDamaged };
  }
}

/** Keeps every entry; a sentence when the browser would not (storage full or blocked). */
export function keepEntries(entries: readonly Entry[]): string | null {
  const s = storage();
  const unkept = tt.storeUnkept;
  if (!s) return unkept;
  const text = JSON.stringify({ format: FORMAT, entries });
  if (text.length > MAX_KEPT_CHARS) return unkept;
  try {
    s.setItem(KEY, text);
    return null;
  } catch {
    return unkept;
  }
}

export function forgetEntries(): void {
  storage()?.removeItem(KEY);
}
