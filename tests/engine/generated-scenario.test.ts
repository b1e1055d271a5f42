/**
 * The scenario generator the benchmark uses (src/engine/scenario/generate.ts): its big agendas are
 * valid scenarios that load without a problem, and a computer-against-computer game on one runs
 * through the machine to an outcome by the deadline.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, SCENARIO_FORMAT, loadScenario, loadScenarioData, summitMachine, type CompiledScenario } from '../../src/engine/index.ts';
import { generatedScenario } from '../../src/engine/scenario/generate.ts';

function load(seed: string, items: number, options: number): CompiledScenario {
  const r = loadScenarioData(generatedScenario(seed, items, options));
  if (!r.ok) throw new Error(`generated ${items}x${options} does not load: ${JSON.stringify(r.problems.slice(0, 5))}`);
  return r.compiled;
}

describe('generated scenarios', () => {
  it('10 items × 6 options loads ok, from data and from its JSON text, with the promised shape', () => {
    const data = generatedScenario('test', 10, 6);
    const c = load('test', 10, 6);
    const fromText = loadScenario(JSON.stringify(data, null, 2));
    expect(fromText.ok).toBe(true);
    expect(c.domain.itemIds).toHaveLength(10);
    for (const options of c.domain.optionIds) expect(options).toHaveLength(6);
    expect(c.sideIds).toEqual(['us', 'russia']);
    expect(c.scenario.format).toBe(SCENARIO_FORMAT);
    for (const side of c.scenario.sides) {
      expect(Object.values(side.priorities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(side.walkAway.kind).toBe('statusQuo');
      if (side.walkAway.kind === 'statusQuo') for (const item of c.scenario.items) expect(side.walkAway.options[item.id]).toBe(item.options[0].id);
    }
    expect(c.partyIds.length).toBeGreaterThan(0);
    expect(c.effects.flat(2).some((e) => e !== 0)).toBe(true);
    for (const d of DIFFICULTIES)
      expect(
        c.scenario.personalities.some((p) => p.difficulty === d),
        d,
      ).toBe(true);
    // Same seed, same scenario; another seed, another one.
    expect(generatedScenario('test', 10, 6)).toEqual(data);
    expect(generatedScenario('other', 10, 6)).not.toEqual(data);
  });

  it('small and large agendas load too (2×2 up to 20×6)', () => {
    for (const [items, options] of [
      [2, 2],
      [3, 4],
      [20, 6],
    ])
      expect(load(`size-${items}`, items, options).domain.itemIds).toHaveLength(items);
  });

  it('computer against computer on 10×6 reaches an outcome by the deadline, at every difficulty', () => {
    const c = load('game', 10, 6);
    const machine = summitMachine(c);
    for (const a of DIFFICULTIES)
      for (const b of DIFFICULTIES) {
        const actor = createActor(machine).start();
        actor.send({
          type: 'game.setup',
          setup: {
            seed: `gen-${a}-${b}`,
            players: [
              { kind: 'computer', difficulty: a },
              { kind: 'computer', difficulty: b },
            ],
          },
        });
        actor.send({ type: 'briefing.done' });
        const snapshot = actor.getSnapshot();
        actor.stop();
        expect(snapshot.status).toBe('active');
        expect(snapshot.matches('outcome'), `${a} vs ${b}`).toBe(true);
        const outcome = snapshot.context.game!.outcome!;
        expect(outcome.round).toBeLessThanOrEqual(c.scenario.deadline.rounds);
        for (const u of outcome.utilities) expect(u >= 0 && u <= 1 + 1e-9).toBe(true);
      }
  });
});
