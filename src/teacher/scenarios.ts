/**
 * The scenarios a class can play: the ones shipped in public/scenarios, and the teacher's own file.
 * A session code names the scenario by id and the game opens scenarios/<id>.json, so the shipped
 * list is what both pages agree on; an own scenario travels with the class instead (in the link,
 * or from the class server) and is kept in this browser, so results on it verify here like any.
 * Each shipped one is fetched and compiled once, on first use, in the page's language when the
 * scenario offers it (a game is the same game in every language, so results verify all the same).
 */
import { formatProblem, loadScenario, type CompiledScenario } from '../engine/index.ts';

import { SHIPPED_SCENARIOS } from '../game/shipped.ts';
import { pageLanguage, tt } from './strings/index.ts';

export { SHIPPED_SCENARIOS };

export type ScenarioLoad = { ok: true; compiled: CompiledScenario } | { ok: false; reason: string };

const cache = new Map<string, Promise<ScenarioLoad>>();

async function fetchAndCompile(id: string): Promise<ScenarioLoad> {
  try {
    const response = await fetch(`scenarios/${id}.json`);
    if (!response.ok) return { ok: false, reason: tt.scenarioHttp(response.status) };
    const loaded = loadScenario(await response.text(), { warnings: false, language: pageLanguage });
    if (!loaded.ok) return { ok: false, reason: tt.scenarioProblems(id, loaded.problems.length) };
    return { ok: true, compiled: loaded.compiled };
  } catch (e) {
    return { ok: false, reason: tt.scenarioUnreadable(e instanceof Error ? e.message : String(e)) };
  }
}

/** The teacher's own scenario: its text and the engine's compilation of it. */
export interface OwnScenario {
  compiled: CompiledScenario;
  /** The file as checked, minified: what the link and the class server carry. */
  text: string;
  name: string;
}

const OWN_KEY = 'summit.teacher.own-scenario';
let own: OwnScenario | null | undefined;

function compileOwn(text: string, name: string): { ok: true; own: OwnScenario } | { ok: false; problems: string[] } {
  const loaded = loadScenario(text, { warnings: false, language: pageLanguage });
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map((p) => formatProblem(p, name)) };
  const id = loaded.compiled.scenario.id;
  if ((SHIPPED_SCENARIOS as readonly string[]).includes(id)) return { ok: false, problems: [tt.shippedId(name, id)] };
  return { ok: true, own: { compiled: loaded.compiled, text: JSON.stringify(JSON.parse(text)), name } };
}

/** The own scenario this browser keeps (from an earlier visit), if any. */
export function ownScenario(): OwnScenario | null {
  if (own !== undefined) return own;
  own = null;
  try {
    const kept = JSON.parse(localStorage.getItem(OWN_KEY) ?? 'null') as { text: string; name: string } | null;
    const r = kept ? compileOwn(kept.text, kept.name) : null;
    if (r?.ok) own = r.own;
  } catch {
    // Storage off or a damaged entry: no own scenario, nothing lost.
  }
  return own;
}

/** Opens the teacher's own file: checked by the engine, kept in this browser; or every problem, in `summit check`'s words. */
export function openOwnScenario(text: string, name: string): { ok: true; own: OwnScenario } | { ok: false; problems: string[] } {
  const r = compileOwn(text, name);
  if (!r.ok) return r;
  own = r.own;
  try {
    localStorage.setItem(OWN_KEY, JSON.stringify({ text: r.own.text, name }));
  } catch {
    // Not kept across visits (storage full or off): it still works on this page.
  }
  return r;
}

/** A shipped scenario, or the teacher's own, compiled; any other id is refused without a request. */
export function scenarioById(id: string): Promise<ScenarioLoad> {
  const mine = ownScenario();
  if (mine && mine.compiled.scenario.id === id) return Promise.resolve({ ok: true, compiled: mine.compiled });
  if (!(SHIPPED_SCENARIOS as readonly string[]).includes(id)) return Promise.resolve({ ok: false, reason: tt.noSuchScenario(id) });
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
