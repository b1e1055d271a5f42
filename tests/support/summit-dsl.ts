/**
 * A small test language that reads like the game:
 *   summit('minimal').humanVsHuman().start().propose({ border: 'patrolled', trade: 'quota' }).accept().expectPhase('outcome')
 */
import fs from 'node:fs';
import { createActor, type Actor } from 'xstate';
import { expect } from 'vitest';
import { loadScenario, phaseOf, summitMachine, type Code, type CompiledScenario, type Phase, type PlayerConfig, type SummitEvent, type SummitMachine } from '../../src/engine/index.ts';

const cache = new Map<string, CompiledScenario>();

export function scenarioFile(name: string): string {
  return name === 'danang-2017' ? 'public/scenarios/danang-2017.json' : `tests/fixtures/scenarios/${name}.json`;
}

export function compiled(name: string): CompiledScenario {
  let c = cache.get(name);
  if (!c) {
    const r = loadScenario(fs.readFileSync(scenarioFile(name), 'utf8'));
    if (!r.ok) throw new Error(`fixture ${name} does not load: ${JSON.stringify(r.problems)}`);
    c = r.compiled;
    cache.set(name, c);
  }
  return c;
}

export class SummitTest {
  readonly actor: Actor<SummitMachine>;
  private players: [PlayerConfig, PlayerConfig] = [{ kind: 'human' }, { kind: 'computer', difficulty: 'normal' }];
  private seed = 'test';

  constructor(readonly c: CompiledScenario) {
    this.actor = createActor(summitMachine(c)).start();
  }

  humanVsHuman(): this {
    this.players = [{ kind: 'human' }, { kind: 'human' }];
    return this;
  }
  humanVs(computer: PlayerConfig, humanSide: 0 | 1 = 0): this {
    this.players = humanSide === 0 ? [{ kind: 'human' }, computer] : [computer, { kind: 'human' }];
    return this;
  }
  computers(a: PlayerConfig, b: PlayerConfig): this {
    this.players = [a, b];
    return this;
  }
  withSeed(seed: string): this {
    this.seed = seed;
    return this;
  }
  /** game.setup then briefing.done. */
  start(): this {
    return this.send({ type: 'game.setup', setup: { seed: this.seed, players: this.players } }).send({ type: 'briefing.done' });
  }
  send(event: SummitEvent): this {
    this.actor.send(event);
    return this;
  }
  propose(options: Record<string, string>): this {
    return this.send({ type: 'offer.propose', options });
  }
  accept(): this {
    return this.send({ type: 'offer.accept' });
  }
  agree(item: string): this {
    return this.send({ type: 'item.agree', item });
  }
  reopen(item: string): this {
    return this.send({ type: 'item.reopen', item });
  }
  trade(give: [string, string], want: [string, string]): this {
    return this.send({ type: 'trade.propose', give: { item: give[0], option: give[1] }, want: { item: want[0], option: want[1] } });
  }
  pass(): this {
    return this.send({ type: 'turn.pass' });
  }
  walkAway(): this {
    return this.send({ type: 'talks.walkAway' });
  }

  get context() {
    return this.actor.getSnapshot().context;
  }
  get game() {
    const g = this.context.game;
    if (!g) throw new Error('no game yet');
    return g;
  }
  get phase(): Phase {
    return phaseOf(this.actor.getSnapshot().value);
  }
  get value() {
    return this.actor.getSnapshot().value;
  }

  expectPhase(phase: Phase): this {
    expect(this.phase).toBe(phase);
    return this;
  }
  /** The latest event was refused with this code (and these params, if given). */
  expectRefused(code: Code, params?: Record<string, unknown>): this {
    expect(this.context.refusal?.code).toBe(code);
    if (params) expect(this.context.refusal?.params).toEqual(params);
    return this;
  }
  expectAccepted(): this {
    expect(this.context.refusal).toBeNull();
    return this;
  }
  expectItem(item: string, status: string, option?: string): this {
    const i = this.c.itemIndex[item];
    const st = this.game.items[i];
    expect(st.status).toBe(status);
    if (option !== undefined) expect(st.option === null ? null : this.c.domain.optionIds[i][st.option]).toBe(option);
    return this;
  }
  expectToMove(side: 0 | 1): this {
    expect(this.game.toMove).toBe(side);
    return this;
  }
}

export function summit(name = 'minimal'): SummitTest {
  return new SummitTest(compiled(name));
}
