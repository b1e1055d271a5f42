/**
 * Scenario format migrations: an ordered chain of steps, each taking the raw JSON of one format
 * to the next, applied before validation so an old file loads in the current engine.
 *
 * Rules for a step: pure (returns a new object, never changes its input), total on any object that
 * claims its `from` format (it may leave a broken file broken: validation comes after and reports
 * it), and it says in one sentence what changed, because loading prints that sentence as a notice.
 * To change the format: add a step here, bump SCENARIO_FORMAT, keep a file of the old format in
 * tests/fixtures/scenarios/, and describe the change in docs/designer-guide.md.
 */
import { SCENARIO_FORMAT } from './schema.ts';

export type RawScenario = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the notice "format 1 upgraded to 2: …". */
  readonly describe: string;
  readonly migrate: (json: RawScenario) => Record<string, unknown>;
}

/** Puts `key` right after `after` (or first), keeping every other key in its place: upgraded files stay readable when saved. */
function insertAfter(json: RawScenario, after: string, key: string, value: unknown): Record<string, unknown> {
  const entries = Object.entries(json).filter(([k]) => k !== key);
  const at = entries.findIndex(([k]) => k === after) + 1;
  entries.splice(at, 0, [key, value]);
  // fromEntries defines own properties: a "__proto__" key in the file stays plain data.
  return Object.fromEntries(entries);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    describe: 'texts may now be given in several languages ({ "en": "…", "fr": "…" }) and the new "languages" field lists them; this file is in English, so it now declares "languages": ["en"]',
    migrate: (json) => {
      const withLanguages = Object.hasOwn(json, 'languages') ? { ...json } : insertAfter(json, 'format', 'languages', ['en']);
      withLanguages.format = 2;
      return withLanguages;
    },
  },
];

export interface Upgrade {
  json: Record<string, unknown>;
  /** The steps applied, oldest first (empty when the file was already current). */
  steps: readonly Migration[];
}

/**
 * Brings raw scenario JSON of format `from` (1 ≤ from ≤ SCENARIO_FORMAT, checked by the caller)
 * up to SCENARIO_FORMAT.
 */
export function upgradeScenario(json: RawScenario, from: number): Upgrade {
  let current: Record<string, unknown> = { ...json };
  const steps: Migration[] = [];
  for (let format = from; format < SCENARIO_FORMAT; format++) {
    const step = MIGRATIONS.find((m) => m.from === format);
    if (!step) throw new Error(`no migration from scenario format ${format}`); // a gap in the chain: a bug, caught by its test
    current = step.migrate(current);
    steps.push(step);
  }
  return { json: current, steps };
}
