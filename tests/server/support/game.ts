/** The shipped scenario and a deal neither side's red lines forbid, for driving a live game to agreement. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeSession, loadScenario, type CompiledScenario } from '../../../src/engine/index.ts';
import type { Student } from './live-client.ts';

export function shipped(id = 'danang-2017'): CompiledScenario {
  const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, `../../../public/scenarios/${id}.json`), 'utf8'), { warnings: false });
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.compiled;
}

export function pairSession(rounds = 6): string {
  return encodeSession({
    scenario: 'danang-2017',
    sides: 'first',
    mode: 'pair',
    opponent: { kind: 'difficulty', difficulty: 'normal' },
    seed: { kind: 'student' },
    rounds,
    secondsPerRound: null,
    revealReal: true,
  });
}

/** For each item, an option neither side's red lines forbid. */
export function acceptableDeal(c: CompiledScenario): Record<string, string> {
  const deal: Record<string, string> = {};
  c.domain.itemIds.forEach((item, i) => {
    const k = c.domain.optionIds[i].findIndex((_o, k) => !c.forbidden[0][i][k] && !c.forbidden[1][i][k]);
    deal[item] = c.domain.optionIds[i][k];
  });
  return deal;
}

/** Whoever is to move proposes the deal; the other accepts it. Returns the two final seats. */
export async function negotiateDeal(c: CompiledScenario, a: Student, b: Student) {
  const [first, second] = a.seat().view?.myTurn ? [a, b] : [b, a];
  const proposed = await first.move({ type: 'offer.propose', options: acceptableDeal(c) });
  if (proposed.view?.refusal) throw new Error(`the proposal was refused: ${proposed.view.refusal}`);
  await second.waitSeat((s) => s.view?.table?.by === 'them', 'the proposal to arrive');
  const accepted = await second.move({ type: 'offer.accept' });
  return { first, second, accepted };
}
