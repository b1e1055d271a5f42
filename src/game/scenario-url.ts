/**
 * Which scenario file the page opens, and its early download. Kept free of Phaser and the
 * engine. public/prefetch.js starts the default scenario's download before any module runs.
 */
import type { CheckedScenario } from '../engine/scenario/checked.ts';
import { SHIPPED_SCENARIOS } from './shipped.ts';
import { t } from './ui/strings/index.ts';
import { WORKBENCH_FILE, workbenchText } from './workbench-handoff.ts';

export const DEFAULT_SCENARIO = 'danang-2017.json';

/** `?scenario=<file>` relative to scenarios/: a plain relative path, nothing else. */
export function scenarioFromUrl(): { file: string } | { error: string } {
  if (workbenchText() !== null) return { file: WORKBENCH_FILE };
  const asked = new URLSearchParams(location.search).get('scenario');
  if (asked === null || asked === '') return { file: DEFAULT_SCENARIO };
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_./-]*\.json$/.test(asked) || asked.includes('..') || asked.includes('//')) return { error: t.notAScenarioName(asked, DEFAULT_SCENARIO) };
  return { file: asked };
}

function textOf(r: Response): Promise<string> {
  return r.ok ? r.text() : Promise.reject(new Error(t.serverAnswered(r.status)));
}

/** Fetches a scenario file's text; rejects with a plain reason. */
export function fetchScenario(file: string): Promise<string> {
  const handed = file === WORKBENCH_FILE ? workbenchText() : null;
  if (handed !== null) return Promise.resolve(handed);
  return fetch(`scenarios/${file}`).then(textOf);
}

/** Set by public/prefetch.js, which runs before any module. */
declare global {
  interface Window {
    summitPrefetch?: { file: string; text: Promise<string>; checked?: Promise<CheckedScenario | null> };
  }
}

/** The scenario's text: the early download when there is one for this file, else a fresh one. */
export function scenarioText(file: string): Promise<string> {
  return early(file)?.text ?? fetchScenario(file);
}

/** The prefetched download when it is of this file, taken once: later loads fetch afresh. */
function early(file: string): { text: Promise<string>; checked?: Promise<CheckedScenario | null> } | undefined {
  const prefetched = window.summitPrefetch;
  if (!prefetched || prefetched.file !== file) return undefined;
  window.summitPrefetch = undefined;
  checkedEarly = prefetched.checked;
  return prefetched;
}

let checkedEarly: Promise<CheckedScenario | null> | undefined;

/**
 * A shipped file's build-checked form (checked/<file>, made by build/checked-scenarios.ts), or
 * null: none for this file (a dev server, a user's file, the workbench's) or it could not be read.
 * Call after scenarioText for the same file, which takes the prefetched one.
 */
export function checkedScenario(file: string): Promise<CheckedScenario | null> {
  const prefetched = checkedEarly;
  checkedEarly = undefined;
  if (prefetched) return prefetched;
  if (!SHIPPED_SCENARIOS.some((id) => `${id}.json` === file)) return Promise.resolve(null);
  return fetch(`checked/${file}`)
    .then(
      (r) => (r.ok ? (r.json() as Promise<CheckedScenario>) : null),
      () => null,
    )
    .catch(() => null);
}
