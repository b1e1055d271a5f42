/**
 * A game is the same game in every language: the state holds records, not sentences, so a
 * tutorial game played in French hands in a code the English teacher page verifies, and the
 * reverse (issue 9). The scenario is loaded the way each page loads it: the game in the
 * student's language, the teacher page in English.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { encodeResultCode, loadScenario, recordLog, summitMachine, verifyCode, type CompiledScenario, type SummitEvent } from '../../../src/engine/index.ts';

const text = readFileSync(resolve(import.meta.dirname, '../../../public/scenarios/tutorial.json'), 'utf8');

function tutorialIn(language: string): CompiledScenario {
  const loaded = loadScenario(text, { language, warnings: false });
  if (!loaded.ok) throw new Error(`the tutorial does not load in ${language}`);
  expect(loaded.compiled.language).toBe(language);
  return loaded.compiled;
}

/** A student's whole game on the tutorial: a few offers, a question, then accepting whatever comes. */
function play(c: CompiledScenario, seed: string) {
  const actor = createActor(summitMachine(c)).start();
  const events: SummitEvent[] = [
    { type: 'game.setup', setup: { seed, players: [{ kind: 'human' }, { kind: 'computer', difficulty: 'normal' }], names: ['Camille', null] } },
    { type: 'briefing.done' },
    { type: 'priority.ask' },
    { type: 'offer.propose', options: { hotline: 'pledge', aid: 'un-pauses' } },
    { type: 'item.agree', item: 'aid' },
    { type: 'offer.propose', options: { hotline: 'restore' } },
  ];
  for (const e of events) actor.send(e);
  for (let k = 0; k < 30 && actor.getSnapshot().context.game?.outcome === null; k++) {
    const game = actor.getSnapshot().context.game!;
    actor.send(game.table && game.table.by === 1 ? { type: 'offer.accept' } : { type: 'turn.pass' });
  }
  actor.send({ type: 'debrief.open' });
  const snapshot = actor.getSnapshot();
  actor.stop();
  return { context: snapshot.context, code: encodeResultCode(c, recordLog(c, snapshot.context, snapshot.value)) };
}

describe('a game is the same in every language', () => {
  const fr = tutorialIn('fr');
  const en = tutorialIn('en');

  it('the French and the English reading of the tutorial play the same game, to the same state', () => {
    for (const seed of ['lang-1', 'lang-2', 'lang-3']) {
      const a = play(fr, seed);
      const b = play(en, seed);
      expect(a.context.game!.outcome).not.toBeNull();
      expect(JSON.stringify(a.context.game)).toBe(JSON.stringify(b.context.game));
      expect(a.code).toBe(b.code);
    }
  });

  it('a tutorial game played in French hands in a code the English teacher page verifies, and the reverse', () => {
    for (const [player, teacher] of [
      [fr, en],
      [en, fr],
    ]) {
      const { context, code } = play(player, 'hand-in');
      const verified = verifyCode((id) => (id === teacher.scenario.id ? teacher : null), code, 'student');
      expect(verified, JSON.stringify(verified)).toMatchObject({ ok: true });
      if (verified.ok) {
        expect(verified.result.name).toBe('Camille');
        expect(verified.result.outcome).toEqual(context.game!.outcome);
      }
    }
  });

  it('the state holds no text of either language: only records, ids and numbers', () => {
    const { context } = play(fr, 'no-words');
    const json = JSON.stringify(context);
    const prose = [fr, en].flatMap((c) => [
      ...c.scenario.items.flatMap((i) => [i.title, ...i.options.map((o) => o.label)]),
      ...c.scenario.sides.map((s) => s.name),
      ...c.scenario.personalities.map((p) => p.name),
    ]);
    for (const words of prose) expect(json.includes(JSON.stringify(words)), `"${words}" is in the state`).toBe(false);
    for (const turn of context.game!.history) {
      expect(typeof turn.line.code).toBe('string');
      for (const s of turn.said ?? []) expect(typeof s.code).toBe('string');
    }
    expect(typeof context.game!.outcome!.reason.code).toBe('string');
  });
});
