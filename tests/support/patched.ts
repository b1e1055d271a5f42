/** A fixture scenario with a change applied, compiled: for rules that need a variant. */
import fs from 'node:fs';
import { loadScenarioData, type CompiledScenario } from '../../src/engine/index.ts';
import { scenarioFile } from './summit-dsl.ts';

export function rawScenario(name: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(scenarioFile(name), 'utf8'));
}

export function patchedScenario(name: string, patch: (s: Record<string, any>) => void): CompiledScenario {
  const data = rawScenario(name);
  patch(data);
  const r = loadScenarioData(data);
  if (!r.ok) throw new Error(`patched ${name} does not load: ${JSON.stringify(r.problems)}`);
  return r.compiled;
}
