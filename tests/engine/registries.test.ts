/**
 * Append-only registries: every list whose places a result or session code writes, frozen as it
 * is. Appending is fine; moving, renaming or removing an entry fails here, because codes already
 * handed in would silently change meaning. (The engine's words have their own registry, tested
 * beside it.)
 */
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, SIDE_ASSIGNMENTS, STRATEGIES } from '../../src/engine/index.ts';
import { MOVE_EVENT_TYPES } from '../../src/engine/machine/events.ts';
import { EVENT_TYPES, OUTCOME_KINDS, PHASES } from '../../src/engine/log/result-code.ts';
import { strategyOf } from '../../src/engine/strategy/registry.ts';
import { STRATEGY_EXPONENT } from '../../src/engine/strategy/concession.ts';

const FROZEN: [string, readonly string[], string[]][] = [
  ['strategies (strategy/registry.ts)', STRATEGIES, ['hardliner', 'boulware', 'linear', 'conceder', 'tit-for-tat', 'logroller']],
  ['difficulties (scenario/schema.ts)', DIFFICULTIES, ['easy', 'normal', 'hard']],
  ['side assignments (session/class-session.ts)', SIDE_ASSIGNMENTS, ['choose', 'first', 'second', 'alternate']],
  [
    'moves (machine/events.ts)',
    MOVE_EVENT_TYPES,
    ['offer.propose', 'offer.accept', 'item.agree', 'item.reopen', 'trade.propose', 'trade.accept', 'priority.state', 'priority.ask', 'turn.pass', 'talks.walkAway'],
  ],
  [
    'code event types (log/result-code.ts)',
    EVENT_TYPES,
    [
      'game.setup',
      'briefing.done',
      'debrief.open',
      'game.restart',
      'offer.propose',
      'offer.accept',
      'item.agree',
      'item.reopen',
      'trade.propose',
      'trade.accept',
      'priority.state',
      'priority.ask',
      'turn.pass',
      'talks.walkAway',
    ],
  ],
  ['outcome kinds (log/result-code.ts)', OUTCOME_KINDS, ['none', 'agreement', 'partial', 'breakdown', 'walkout']],
  ['phases (log/result-code.ts)', PHASES, ['setup', 'briefing', 'negotiating', 'outcome', 'debrief']],
];

describe('append-only registries', () => {
  it.each(FROZEN)('%s: every existing entry keeps its place', (_, registry, frozen) => {
    expect(registry.slice(0, frozen.length)).toEqual(frozen);
    expect(new Set(registry).size).toBe(registry.length);
  });

  it('the moves come last in the code’s event types, so a new move is appended to both', () => {
    expect(EVENT_TYPES.slice(-MOVE_EVENT_TYPES.length)).toEqual([...MOVE_EVENT_TYPES]);
  });

  it('a strategy is defined by its file: the registry derives the exponent from it', () => {
    for (const id of STRATEGIES) expect(STRATEGY_EXPONENT[id]).toBe(strategyOf(id).exponent);
    expect(strategyOf('tit-for-tat').target).toBe('mirror');
    expect(strategyOf('logroller').tradeRatio).toBe(3);
  });
});
