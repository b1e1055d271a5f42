/**
 * Saved progress: after every action the whole game (its log, with the seed) goes to
 * localStorage, so a reload, a closed tab or a crash resumes exactly where the student was.
 * A save that cannot be read — corrupt, edited, from an older format or a changed scenario — is
 * set aside under its own key (kept, never silently deleted) and the game starts fresh.
 */
import { recordLog, replayLog, type CompiledScenario, type GameLog, type Phase, type SummitContext } from '../engine/index.ts';
import type { Snapshot } from 'xstate';
import { t } from './ui/strings/index.ts';
import type { GameSummary } from './flow/app-machine.ts';
import type { Mode } from './flow/seats.ts';

export type { GameSummary } from './flow/app-machine.ts';

/** Bump when the shape below changes; older saves are then set aside with a notice. */
export const SAVE_FORMAT = 1;
const SAVE_KEY = 'summit.save';
const ASIDE_PREFIX = 'summit.save.set-aside.';
/** Saves longer than this are not ours (a game log is a few kilobytes). */
const MAX_SAVE_CHARS = 1_000_000;

export type SavedMode = Mode;

export interface Save {
  save: typeof SAVE_FORMAT;
  savedAt: string;
  /** The scenario file the game was played on, and its content hash. */
  file: string;
  hash: string;
  mode: SavedMode;
  seed: string;
  /** The class session code the game was started from, if any. */
  classCode: string | null;
  /** The game before a swap of sides, for the comparison. */
  previous: GameSummary | null;
  log: GameLog;
}

/** `snapshot`: where the save's moves, replayed to check it, left the game (resume from it). */
export type SaveRead = { kind: 'none' } | { kind: 'other-scenario' } | { kind: 'ok'; save: Save; snapshot: Snapshot<unknown> } | { kind: 'set-aside'; reason: string; key: string };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage blocked (some privacy settings): play on without saving
  }
}

/** What to save for the current moment of the game. */
export function makeSave(c: CompiledScenario, context: SummitContext, value: unknown, ui: Omit<Save, 'save' | 'savedAt' | 'hash' | 'log'>): Save {
  return { save: SAVE_FORMAT, savedAt: new Date().toISOString(), hash: c.hash, log: recordLog(c, context, value), ...ui };
}

export function writeSave(s: Save): void {
  try {
    storage()?.setItem(SAVE_KEY, JSON.stringify(s));
  } catch {
    /* storage full or blocked: the game goes on unsaved */
  }
}

export function clearSave(): void {
  storage()?.removeItem(SAVE_KEY);
}

/** Moves the unreadable save to a key of its own and says where. */
function setAside(raw: string, reason: string): SaveRead {
  const key = `${ASIDE_PREFIX}${new Date().toISOString()}`;
  const s = storage();
  try {
    s?.setItem(key, raw);
  } catch {
    /* no room to keep a copy: still never resume from it */
  }
  s?.removeItem(SAVE_KEY);
  return { kind: 'set-aside', reason, key };
}

/** The swap-sides comparison is only shown from a summary whose every field is what it says. */
const isSummary = (p: unknown): p is GameSummary => {
  const o = p as Partial<GameSummary> | null;
  return !!o && (o.side === 0 || o.side === 1) && typeof o.seed === 'string' && typeof o.kind === 'string' && Number.isFinite(o.myPoints) && Number.isFinite(o.theirPoints);
};

const isMode = (m: unknown): m is SavedMode => {
  const o = m as { kind?: unknown; side?: unknown } | null;
  return !!o && (o.kind === 'hotseat' || (o.kind === 'solo' && (o.side === 0 || o.side === 1)));
};

/**
 * Reads the save for scenario `c` (opened from `file`) and checks that its log replays to the
 * state it recorded. A save for another scenario file is left alone.
 */
export function readSave(c: CompiledScenario, file: string): SaveRead {
  const raw = storage()?.getItem(SAVE_KEY) ?? null;
  if (raw === null) return { kind: 'none' };
  if (raw.length > MAX_SAVE_CHARS) return setAside(raw, t.saveTooLarge);
  let data: Partial<Save> & Record<string, unknown>;
  try {
    data = JSON.parse(raw) as typeof data;
  } catch {
    return setAside(raw, t.saveNotJson);
  }
  if (!data || typeof data !== 'object') return setAside(raw, t.saveDamaged);
  if (data.save !== SAVE_FORMAT) return setAside(raw, t.saveOtherVersion(typeof data.save === 'number' && data.save > SAVE_FORMAT));
  if (typeof data.file !== 'string' || typeof data.hash !== 'string') return setAside(raw, t.saveNoScenario);
  if (data.file !== file) return { kind: 'other-scenario' };
  if (data.hash !== c.hash) return setAside(raw, t.saveScenarioChanged);
  if (!isMode(data.mode) || typeof data.seed !== 'string' || !data.log) return setAside(raw, t.saveMissingParts);
  const replay = replayLog(c, data.log);
  if (!replay.ok) return setAside(raw, t.saveDoesNotReplay(replay.reason));
  return {
    kind: 'ok',
    snapshot: replay.snapshot,
    save: {
      save: SAVE_FORMAT,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      file,
      hash: c.hash,
      mode: data.mode,
      seed: data.seed,
      classCode: typeof data.classCode === 'string' ? data.classCode : null,
      previous: isSummary(data.previous) ? data.previous : null,
      log: data.log,
    },
  };
}

/** The phase a save stopped in. */
export function savedPhase(s: Save): Phase {
  return s.log.final.phase;
}
