/**
 * Turning what a teacher pastes or drops into verified results. Everything here is untrusted:
 * pasted text, file names, file contents. Each piece becomes an entry (a code, a game log, or a
 * reason it is neither); each entry is verified by replaying it through the engine; one bad entry
 * never stops the others, and nothing here ever touches the page.
 */
import { MAX_CODE_LENGTH, readCodeHeader, verifyCode, verifyLog, type CompiledScenario, type GameLog, type Verification } from '../engine/index.ts';
import { scenarioById } from './scenarios.ts';

/** Result files are a few kilobytes; anything past this is not one. */
export const MAX_FILE_BYTES = 1_000_000;
/** Pasting more than this at once is refused (40 codes are about 25,000 characters). */
export const MAX_PASTE_CHARS = 1_000_000;

export type Entry =
  | { source: string; preview: string; kind: 'code'; code: string }
  | { source: string; preview: string; kind: 'log'; log: GameLog }
  | { source: string; preview: string; kind: 'bad'; reason: string };

/** The first characters of something untrusted, for a list: one line, never long. */
export function previewOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 28 ? `${line.slice(0, 27)}…` : line;
}

/**
 * Pasted text → codes. Codes are separated by new lines, commas, semicolons or spaces; a line made
 * only of short groups ("S045P8 RBEC5 Q6EB9 …") is one code typed with spaces instead of dashes.
 */
export function splitCodes(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[\n\r,;]+/)) {
    const tokens = piece.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    if (tokens.length > 1 && tokens.every((t) => t.length <= 6)) out.push(tokens.join('-'));
    else out.push(...tokens);
  }
  return out;
}

/** Numbers pasted codes across several pastes, so sources stay unique for the whole class. */
export class SourceNames {
  private codes = 0;
  private used = new Set<string>();

  nextCode(): string {
    return `code ${++this.codes}`;
  }

  /** A file's name, made unique ("essay.json (2)") and short. */
  file(name: string): string {
    const base = previewOf(name || 'unnamed file');
    let candidate = base;
    for (let k = 2; this.used.has(candidate); k++) candidate = `${base} (${k})`;
    this.used.add(candidate);
    return candidate;
  }
}

export function entriesFromText(text: string, names: SourceNames): Entry[] {
  if (text.length > MAX_PASTE_CHARS)
    return [
      { source: 'pasted text', preview: previewOf(text), kind: 'bad', reason: `that is far more text than a class's codes (${text.length.toLocaleString('en')} characters): paste the codes only` },
    ];
  const trimmed = text.trim();
  // A whole result file pasted as text.
  if (trimmed.startsWith('{')) return [fromJsonText(trimmed, names.nextCode())];
  return splitCodes(text).map((code) => ({ source: names.nextCode(), preview: previewOf(code), kind: 'code', code }));
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
    return { source, preview, kind: 'bad', reason: `broken JSON (${e instanceof Error ? e.message : 'cannot be read'}): the file may be cut short` };
  }
  if (typeof data === 'string') return { source, preview, kind: 'code', code: data };
  if (isObject(data) && 'summitResult' in data) {
    if (looksLikeLog(data.log)) return { source, preview, kind: 'log', log: data.log };
    if (typeof data.code === 'string') return { source, preview, kind: 'code', code: data.code };
    return { source, preview, kind: 'bad', reason: 'a Summit result file, but it holds neither a game log nor a result code' };
  }
  if (looksLikeLog(data)) return { source, preview, kind: 'log', log: data };
  return { source, preview, kind: 'bad', reason: 'a JSON file, but not a Summit result or game log' };
}

export async function entryFromFile(file: File, names: SourceNames): Promise<Entry> {
  const source = names.file(file.name);
  if (file.size > MAX_FILE_BYTES) return { source, preview: '', kind: 'bad', reason: `the file is too large (${(file.size / 1_000_000).toFixed(1)} MB): a Summit result file is a few kilobytes` };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { source, preview: '', kind: 'bad', reason: 'the file could not be read' };
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { source, preview: '', kind: 'bad', reason: 'the file is empty' };
  if (trimmed.startsWith('{') || trimmed.startsWith('"')) return fromJsonText(trimmed, source);
  if (trimmed.length > MAX_CODE_LENGTH) return { source, preview: previewOf(trimmed), kind: 'bad', reason: 'not a Summit result: neither a result file nor a result code' };
  return { source, preview: previewOf(trimmed), kind: 'code', code: trimmed };
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

function verifyOne(entry: Entry, scenarios: Map<string, CompiledScenario | string>): Verification {
  const { source } = entry;
  if (entry.kind === 'bad') return { ok: false, source, reason: entry.reason };
  const id = scenarioIdOf(entry);
  const loaded = id === null ? undefined : scenarios.get(id);
  if (typeof loaded === 'string') return { ok: false, source, reason: `it is for scenario "${id}": ${loaded}` };
  try {
    if (entry.kind === 'code') return verifyCode((sid) => (sid === id && loaded ? loaded : null), entry.code, source);
    if (!loaded) return { ok: false, source, reason: 'the game log does not say which scenario it was played on' };
    return verifyLog(loaded, entry.log, source);
  } catch {
    // The engine checks shape before replaying; a log malformed in a way it did not foresee still
    // must not stop the import.
    return { ok: false, source, reason: 'the game log is damaged and cannot be replayed' };
  }
}

/**
 * Verifies entries by replaying each one, loading the scenarios they name first. Yields to the
 * browser between small batches so the page stays responsive; `progress` hears how far it got.
 */
export async function verifyEntries(entries: readonly Entry[], progress?: (done: number, total: number) => void): Promise<Verification[]> {
  const ids = [...new Set(entries.map(scenarioIdOf).filter((id): id is string => id !== null))];
  const scenarios = new Map<string, CompiledScenario | string>();
  await Promise.all(
    ids.map(async (id) => {
      const r = await scenarioById(id);
      scenarios.set(id, r.ok ? r.compiled : r.reason);
    }),
  );
  const out: Verification[] = [];
  let sliceStart = performance.now();
  for (const entry of entries) {
    out.push(verifyOne(entry, scenarios));
    if (performance.now() - sliceStart > 40) {
      progress?.(out.length, entries.length);
      await new Promise((r) => setTimeout(r, 0));
      sliceStart = performance.now();
    }
  }
  progress?.(out.length, entries.length);
  return out;
}
