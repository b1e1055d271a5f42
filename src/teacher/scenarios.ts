/**
 * The scenarios a class can play: the ones shipped in public/scenarios. A session code names the
 * scenario by id and the game opens scenarios/<id>.json, so this list is what both pages agree on.
 * Each is fetched and compiled once, on first use.
 */
import { loadScenario, type CompiledScenario } from '../engine/index.ts';

import { SHIPPED_SCENARIOS } from '../game/shipped.ts';

export { SHIPPED_SCENARIOS };

export type ScenarioLoad = { ok: true; compiled: CompiledScenario } | { ok: false; reason: string };

const cache = new Map<string, Promise<ScenarioLoad>>();

async function fetchAndCompile(id: string): Promise<ScenarioLoad> {
  try {
    const response = await fetch(`scenarios/${id}.json`);
    if (!response.ok) return { ok: false, reason: `the scenario file could not be loaded (the server answered ${response.status})` };
    const loaded = loadScenario(await response.text(), { warnings: false });
    if (!loaded.ok) return { ok: false, reason: `the scenario file "${id}.json" has ${loaded.problems.length} problem(s); check it with "npm run summit -- check"` };
    return { ok: true, compiled: loaded.compiled };
  } catch (e) {
    return { ok: false, reason: `the scenario file could not be loaded (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** A shipped scenario, compiled; an id outside the shipped list is refused without a request. */
export function scenarioById(id: string): Promise<ScenarioLoad> {
  if (!(SHIPPED_SCENARIOS as readonly string[]).includes(id)) return Promise.resolve({ ok: false, reason: `there is no scenario "${id}" on this site` });
  let p = cache.get(id);
  if (!p) {
    p = fetchAndCompile(id);
    cache.set(id, p);
  }
  return p;
}

/** Every shipped scenario that loads, in list order. */
export async function allScenarios(): Promise<CompiledScenario[]> {
  const loads = await Promise.all(SHIPPED_SCENARIOS.map(scenarioById));
  return loads.flatMap((l) => (l.ok ? [l.compiled] : []));
}
