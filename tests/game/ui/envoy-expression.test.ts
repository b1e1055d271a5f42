/** The envoy's face follows the counterpart's mood; a yes looks like one; before any reply it waits. */
import { describe, expect, it } from 'vitest';
import type { PlayerView } from '../../../src/engine/index.ts';
import { said, type Said } from '../../../src/engine/words/codes.ts';
import { EXPRESSIONS, expressionOf } from '../../../src/game/ui/envoy-expression.ts';
import { initialsOf } from '../../../src/game/ui/emblems.ts';

type Seen = Pick<PlayerView, 'theirMood' | 'lastReply' | 'outcome'>;
const reply = (line: Said, mood: PlayerView['theirMood']): Seen => ({
  theirMood: mood,
  lastReply: { round: 1, who: 'them', line, ...(mood ? { mood } : {}) },
  outcome: null,
});

describe('the envoy’s expression', () => {
  it('waits before the first reply', () => {
    expect(expressionOf({ theirMood: null, lastReply: null, outcome: null })).toBe('waiting');
  });

  it('follows each mood', () => {
    const propose = said('move.propose', { side: 1, options: [0, null] });
    expect(expressionOf(reply(propose, 'calm'))).toBe('neutral');
    expect(expressionOf(reply(propose, 'pleased'))).toBe('pleased');
    expect(expressionOf(reply(propose, 'impatient'))).toBe('concerned');
    expect(expressionOf(reply(propose, 'angry'))).toBe('angry');
  });

  it('agrees when its move said yes, whatever its mood, and when the deal is done', () => {
    expect(expressionOf(reply(said('move.agreeItem', { side: 1, item: 0 }), 'impatient'))).toBe('agreeing');
    expect(expressionOf(reply(said('move.accept', { side: 1 }), 'calm'))).toBe('agreeing');
    expect(expressionOf({ theirMood: 'calm', lastReply: null, outcome: { kind: 'agreement', reason: said('outcome.agreement'), deal: {}, myPoints: 50 } })).toBe('agreeing');
  });

  it('has six faces', () => {
    expect(EXPRESSIONS).toEqual(['waiting', 'neutral', 'pleased', 'concerned', 'angry', 'agreeing']);
  });
});

describe('an emblem’s initials', () => {
  it('keep an acronym, else take two words’ first letters, else a name’s first letter and next two consonants', () => {
    expect(initialsOf('UN Special Envoy for Syria')).toBe('UN');
    expect(initialsOf('Syrian opposition')).toBe('SO');
    expect(initialsOf('Syrian government')).toBe('SG');
    expect(initialsOf('Israel')).toBe('ISR');
    expect(initialsOf('Iran')).toBe('IRN');
    expect(initialsOf('Turkey')).toBe('TRK');
    expect(initialsOf('Émirats')).toBe('ÉMR');
  });
});
