/**
 * Sorting a class's verified results: one game counted once, and games played under other
 * settings than the teacher's session set apart with the reasons, never ranked with the class.
 * Games are recognised by their play id (class-results.ts verifyLog): the replayed game, without
 * the names, the session id or anything the game ignored — so a code handed in twice, a renamed
 * copy and a code padded with moves after the end all count once.
 */
import type { ClassSession } from '../session/class-session.ts';
import type { Verification, VerifiedResult } from './class-results.ts';
import { setupDifferences, type SetupDifference } from './session-check.ts';

export interface Duplicate {
  source: string;
  /** The source of the result it repeats (the one counted). */
  sameAs: string;
  /** 'same': the same game handed in again; 'copy': the same moves under other names. */
  kind: 'same' | 'copy';
  /** The names on each, for the teacher. */
  name: string;
  sameAsName: string;
  /** Events this copy carries that the game ignored (moves after the end, refused moves): padding. */
  padding: number;
}

export interface ClassImport {
  /** The class's games: counted, charted and ranked. */
  results: VerifiedResult[];
  /** Games whose setup differs from the session's: shown apart with the reasons, never ranked. */
  apart: { result: VerifiedResult; reasons: SetupDifference[] }[];
  invalid: { source: string; reason: string }[];
  duplicates: Duplicate[];
}

/**
 * Keeps the first of identical games, lists the others as duplicates or copies; with a session,
 * moves every game whose replayed setup differs from it to `apart`.
 */
export function collect(verifications: readonly Verification[], session?: ClassSession | null): ClassImport {
  const out: ClassImport = { results: [], apart: [], invalid: [], duplicates: [] };
  const seen = new Map<string, VerifiedResult>();
  for (const v of verifications) {
    if (!v.ok) {
      out.invalid.push({ source: v.source, reason: v.reason });
      continue;
    }
    const r = v.result;
    const first = seen.get(r.id);
    if (first !== undefined) {
      out.duplicates.push({
        source: r.source,
        sameAs: first.source,
        kind: r.name === first.name ? 'same' : 'copy',
        name: r.name,
        sameAsName: first.name,
        padding: Math.max(0, r.ignored - first.ignored),
      });
      continue;
    }
    seen.set(r.id, r);
    const reasons = session ? setupDifferences(session, r.log.scenario.id, r.setup) : [];
    if (reasons.length) out.apart.push({ result: r, reasons });
    else out.results.push(r);
  }
  return out;
}
