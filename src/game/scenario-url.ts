/**
 * Which scenario file the page opens, and its early download. Kept free of Phaser and the
 * engine. public/prefetch.js starts the default scenario's download before any module runs.
 */
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
    summitPrefetch?: { file: string; text: Promise<string> };
  }
}

/** The scenario's text: the early download when there is one for this file, else a fresh one. */
export function scenarioText(file: string): Promise<string> {
  const early = window.summitPrefetch;
  if (early && early.file === file) {
    window.summitPrefetch = undefined; // later loads of the scenario fetch afresh
    return early.text;
  }
  return fetchScenario(file);
}
