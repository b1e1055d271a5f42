/**
 * Turning what a teacher pastes or drops into verified results. Everything here is untrusted:
 * pasted text, file names, file contents. Each piece becomes an entry (a code, a game log, or a
 * reason it is neither); each entry is verified by replaying it through the engine; one bad entry
 * never stops the others, and nothing here ever touches the page.
 */
import { decodeResultCode, MAX_CODE_LENGTH, readCodeHeader, verifyCodeInSlices, verifyLogInSlices, type CompiledScenario, type GameLog, type Verification } from '../engine/index.ts';
import { scenarioById } from './scenarios.ts';
import { fixed, num, TEACHER_TABLES, tt } from './strings/index.ts';

/** Result files are a few kilobytes; anything past this is not one. */
export const MAX_FILE_BYTES = 1_000_000;
/** Pasting more than this at once is refused (40 codes are about 25,000 characters). */
export const MAX_PASTE_CHARS = 1_000_000;

/**
 * One thing handed in. `text`: what the teacher gave, kept so a rejected one can be corrected
 * (a pasted code whole; a file's text when it is short enough to correct). `handedIn`: when this
 * page received it (ISO time), for the CSV. `liveId`: a live class's result id (it comes back after a reload).
 * `pasted`: it came from the paste box, so a rejected one goes back there (after a reload too) to be corrected.
 */
export type Entry = { source: string; preview: string; text?: string; handedIn?: string; liveId?: string; pasted?: boolean } & (
  | { kind: 'code'; code: string }
  | { kind: 'log'; log: GameLog }
  | { kind: 'bad'; reason: string }
);

/** A rejected file's text is kept for correction up to this size (a code is at most MAX_CODE_LENGTH). */
const MAX_KEPT_TEXT = 8_000;

/** The first characters of something untrusted, for a list: one line, never long. */
export function previewOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 28 ? `${line.slice(0, 27)}…` : line;
}

/** A code as it was pasted, whole, for the list of rejected ones: codes share their first characters, so a cut preview cannot tell them apart. */
function codeText(code: string): string {
  return code.length > MAX_CODE_LENGTH ? `${code.slice(0, 60)}…` : code;
}

/** The codes on one line of a paste. */
function codesOnLine(piece: string): string[] {
  const tokens = piece.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [];
  if (tokens.length > 1 && tokens.every((t) => t.length <= 6)) return [tokens.join('-')];
  return tokens;
}

/**
 * Pasted text → codes with the line each came from. Codes are separated by new lines, commas,
 * semicolons or spaces; a line made only of short groups ("S045P8 RBEC5 Q6EB9 …") is one code
 * typed with spaces instead of dashes.
 */
export function splitCodesByLine(text: string): { code: string; line: number }[] {
  return text.split(/\r\n|\n|\r/).flatMap((lineText, k) => lineText.split(/[,;]+/).flatMap((piece) => codesOnLine(piece).map((code) => ({ code, line: k + 1 }))));
}

export function splitCodes(text: string): string[] {
  return splitCodesByLine(text).map((c) => c.code);
}

/** Which paste a source name is a line of (1 for the first), in any of the page's languages; null for a file. */
function pasteNumber(source: string): number | null {
  for (const table of Object.values(TEACHER_TABLES)) {
    const [first, later] = [table.sourceLine?.(0), table.sourcePaste?.(0, 0)];
    if (later) {
      const [head] = later.split('0');
      if (source.startsWith(head)) {
        const n = Number.parseInt(source.slice(head.length), 10);
        if (Number.isInteger(n)) return n;
      }
    }
    if (first && source.startsWith(first.slice(0, -1))) return 1;
  }
  return null;
}

/** Names pasted codes by the line they were on (and the paste, after the first) and files by their whole name, unique for the whole class. */
export class SourceNames {
  private pastes = 0;
  private used = new Set<string>();

  /** Starts a new paste: its lines are counted from 1. */
  paste(): (line: number) => string {
    const p = ++this.pastes;
    return (line) => this.unique(p === 1 ? tt.sourceLine(line) : tt.sourcePaste(p, line));
  }

  /** A file's name, whole (control characters removed), made unique ("essay.json (2)"). */
  file(name: string): string {
    return this.unique(
      name
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
        .trim()
        .slice(0, 255) || tt.sourceUnnamed,
    );
  }

  /** Restored entries keep their names: later ones never reuse them. */
  reserve(source: string): void {
    this.used.add(source);
    const paste = pasteNumber(source);
    if (paste !== null) this.pastes = Math.max(this.pastes, paste);
  }

  private unique(base: string): string {
    let candidate = base;
    for (let k = 2; this.used.has(candidate); k++) candidate = `${base} (${k})`;
    this.used.add(candidate);
    return candidate;
  }
}

export function entriesFromText(text: string, names: SourceNames): Entry[] {
  return fromPaste(text, names).map((e) => ({ ...e, pasted: true }));
}

function fromPaste(text: string, names: SourceNames): Entry[] {
  if (text.length > MAX_PASTE_CHARS) return [{ source: tt.sourcePasted, preview: previewOf(text), kind: 'bad', reason: tt.bad.tooMuchText(num(text.length)) }];
  const trimmed = text.trim();
  const line = names.paste();
  // A whole result file pasted as text.
  if (trimmed.startsWith('{')) return [{ ...fromJsonText(trimmed, line(1)), ...(trimmed.length <= MAX_KEPT_TEXT ? { text: trimmed } : {}) }];
  return splitCodesByLine(text).map(({ code, line: n }) => ({ source: line(n), preview: previewOf(code), text: codeText(code), kind: 'code', code }));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function looksLikeLog(x: unknown): x is GameLog {
  return isObject(x) && Array.isArray(x.events) && 'logFormat' in x;
}

/** A file's text: a result file ({ summitResult, code, log }), a bare game log, or a code. */
function fromJsonText(text: string, source: string): Entry {
  const preview = previewOf(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { source, preview, kind: 'bad', reason: tt.bad.brokenJson(e instanceof Error ? e.message : tt.bad.cannotBeRead) };
  }
  if (typeof data === 'string') return { source, preview, kind: 'code', code: data };
  if (isObject(data) && 'summitResult' in data) {
    if (looksLikeLog(data.log)) return { source, preview, kind: 'log', log: data.log };
    if (typeof data.code === 'string') return { source, preview, kind: 'code', code: data.code };
    return { source, preview, kind: 'bad', reason: tt.bad.resultWithoutGame };
  }
  if (looksLikeLog(data)) return { source, preview, kind: 'log', log: data };
  return { source, preview, kind: 'bad', reason: tt.bad.otherJson };
}

export async function entryFromFile(file: File, names: SourceNames): Promise<Entry> {
  const source = names.file(file.name);
  if (file.size > MAX_FILE_BYTES) return { source, preview: '', kind: 'bad', reason: tt.bad.tooLarge(fixed(file.size / 1_000_000, 1)) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { source, preview: '', kind: 'bad', reason: tt.bad.unreadable };
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { source, preview: '', kind: 'bad', reason: tt.bad.empty };
  const kept = trimmed.length <= MAX_KEPT_TEXT ? { text: trimmed } : {};
  if (trimmed.startsWith('{') || trimmed.startsWith('"')) return { ...fromJsonText(trimmed, source), ...kept };
  if (trimmed.length > MAX_CODE_LENGTH) return { source, preview: previewOf(trimmed), kind: 'bad', reason: tt.bad.notResult };
  return { source, preview: previewOf(trimmed), kind: 'code', code: trimmed, ...kept };
}

/** Which scenario an entry needs, or null when it cannot say (verification will say why). */
function scenarioIdOf(entry: Entry): string | null {
  if (entry.kind === 'code') {
    const header = readCodeHeader(entry.code);
    return header.ok ? header.scenarioId : null;
  }
  if (entry.kind === 'log') {
    const id = (entry.log as { scenario?: { id?: unknown } }).scenario?.id;
    return typeof id === 'string' ? id : null;
  }
  return null;
}

/** A rejected result, with its student's name when the result still says it. */
export type Checked = Verification | { ok: false; source: string; reason: string; name: string | null };

/** The students' names a result's setup carries, when it can be read at all (a damaged one often still can). */
export function readableName(entry: Entry, loaded: CompiledScenario | string | undefined): string | null {
  let events: unknown = null;
  if (entry.kind === 'log') events = (entry.log as { events?: unknown }).events;
  else if (entry.kind === 'code' && loaded && typeof loaded !== 'string') {
    const decoded = decodeResultCode(loaded, entry.code);
    if (decoded.ok) events = decoded.log.events;
  }
  const setup = Array.isArray(events) ? (events.find((e) => isObject(e) && e.type === 'game.setup') as { setup?: { names?: unknown } } | undefined) : undefined;
  const names = setup?.setup?.names;
  if (!Array.isArray(names)) return null;
  const found = names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.slice(0, 40));
  return found.length ? [...new Set(found)].join(' & ') : null;
}

/** A macrotask: the browser may paint and answer input before the work goes on. */
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

async function verifyOne(entry: Entry, scenarios: Map<string, CompiledScenario | string>): Promise<Checked> {
  const id = scenarioIdOf(entry);
  const loaded = id === null ? undefined : scenarios.get(id);
  const v = await check(entry, id, loaded);
  return v.ok ? v : { ...v, name: readableName(entry, loaded) };
}

/** Replays in short tasks (a log at the game's limit of moves would otherwise hold the page for a quarter of a second). */
async function check(entry: Entry, id: string | null, loaded: CompiledScenario | string | undefined): Promise<Verification> {
  const { source } = entry;
  if (entry.kind === 'bad') return { ok: false, source, reason: entry.reason };
  if (typeof loaded === 'string') return { ok: false, source, reason: tt.bad.forScenario(String(id), loaded) };
  try {
    if (entry.kind === 'code') return await verifyCodeInSlices((sid) => (sid === id && loaded ? loaded : null), entry.code, source, pause);
    if (!loaded) return { ok: false, source, reason: tt.bad.noScenario };
    return await verifyLogInSlices(loaded, entry.log, source, pause);
  } catch {
    // The engine checks shape before replaying; a log malformed in a way it did not foresee still
    // must not stop the import.
    return { ok: false, source, reason: tt.bad.damaged };
  }
}

/**
 * Verifies entries by replaying each one, loading the scenarios they name first. Yields to the
 * browser between small batches so the page stays responsive; `progress` hears how far it got.
 */
export async function verifyEntries(entries: readonly Entry[], progress?: (done: number, total: number) => void): Promise<Checked[]> {
  const ids = [...new Set(entries.map(scenarioIdOf).filter((id): id is string => id !== null))];
  const scenarios = new Map<string, CompiledScenario | string>();
  await Promise.all(
    ids.map(async (id) => {
      const r = await scenarioById(id);
      scenarios.set(id, r.ok ? r.compiled : r.reason);
    }),
  );
  const out: Checked[] = [];
  let sliceStart = performance.now();
  for (const entry of entries) {
    out.push(await verifyOne(entry, scenarios));
    if (performance.now() - sliceStart > 40) {
      progress?.(out.length, entries.length);
      await pause();
      sliceStart = performance.now();
    }
  }
  progress?.(out.length, entries.length);
  return out;
}
