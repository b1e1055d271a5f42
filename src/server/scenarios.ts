/**
 * The scenarios a live class can play: the shipped ones (the same list as the pages), read from
 * the served folder's scenarios/ and compiled once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadScenario, type CompiledScenario } from '../engine/index.ts';
import { SHIPPED_SCENARIOS } from '../teacher/scenarios.ts';

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
