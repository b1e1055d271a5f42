/**
 * The scenarios a live class can play: the shipped ones (the same list as the pages), read from
 * the served folder's scenarios/ and compiled once; or a teacher's own file, sent with the class.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenario, type CompiledScenario } from '../engine/index.ts';
import { SHIPPED_SCENARIOS } from '../teacher/scenarios.ts';

/** A teacher's own scenario, checked by the engine like any file: compiled, or why the class cannot use it. */
export function ownScenario(text: string, id: string): { ok: true; compiled: CompiledScenario } | { ok: false; reason: string } {
  const loaded = loadScenario(text, { warnings: false });
  if (!loaded.ok) return { ok: false, reason: `the scenario file has ${loaded.problems.length} problem(s), the first: ${loaded.problems[0].path}: ${loaded.problems[0].message}` };
  if (loaded.compiled.scenario.id !== id) return { ok: false, reason: `the scenario file is "${loaded.compiled.scenario.id}", but the session names "${id}"` };
  if ((SHIPPED_SCENARIOS as readonly string[]).includes(id)) return { ok: false, reason: `"${id}" is a shipped scenario's id: give your file an id of its own` };
  return { ok: true, compiled: loaded.compiled };
}

export function scenarioLoader(folder: string): (id: string) => Promise<CompiledScenario | null> {
  const cache = new Map<string, Promise<CompiledScenario | null>>();
  return (id) => {
    if (!(SHIPPED_SCENARIOS as readonly string[]).includes(id)) return Promise.resolve(null);
    let p = cache.get(id);
    if (!p) {
      p = readFile(join(folder, `${id}.json`), 'utf8').then((text) => {
        const loaded = loadScenario(text, { warnings: false });
        return loaded.ok ? loaded.compiled : null;
      });
      cache.set(id, p);
    }
    return p;
  };
}
