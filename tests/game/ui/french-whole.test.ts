/** French for the whole game (issue 12): the French table words every key of the English one, not in English. */
import { expect, it } from 'vitest';
import { en } from '../../../src/game/ui/strings/en.ts';
import { fr } from '../../../src/game/ui/strings/fr.ts';

/** Keys whose words are the same in both languages. */
const SAME = new Set(['appName', 'pts', 'ptsUnit', 'warningMark', 'fullStop', 'joinCodePlaceholder', 'sources', 'betterDealOption', 'controlsAction', 'clock']);

it('every interface key has French words', () => {
  expect(Object.keys(en).filter((k) => !(k in fr))).toEqual([]);
});

it('French words are not the English ones', () => {
  const english = Object.entries(en).filter(([k, v]) => typeof v === 'string' && !SAME.has(k) && (fr as Record<string, unknown>)[k] === v);
  expect(english.map(([k]) => k)).toEqual([]);
});
