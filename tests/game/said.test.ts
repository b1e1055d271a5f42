/**
 * Every engine record can be read in every interface language: each code in the registry
 * (src/engine/words/codes.ts) has words in English and in French, and worded on a real scenario
 * they make a sentence with the scenario's names in it, no hole ("undefined", "NaN") and no code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, loadScenario, type CodeParams, type CompiledScenario, type Said } from '../../src/engine/index.ts';
import { en } from '../../src/game/ui/strings/en.ts';
import { fr } from '../../src/game/ui/strings/fr.ts';
import { say, sayAll } from '../../src/game/ui/strings/say.ts';

/** One example of every code's params, on the tutorial (items hotline, aid; three options each). */
const SAMPLES: { [C in keyof CodeParams]: CodeParams[C] } = {
  'move.propose': { side: 0, options: [2, 1] },
  'move.accept': { side: 1 },
  'move.agreeItem': { side: 0, item: 1 },
  'move.reopenItem': { side: 1, item: 0 },
  'move.proposeTrade': { side: 0, give: { item: 0, option: 1 }, want: { item: 1, option: 2 } },
  'move.acceptTrade': { side: 1 },
  'move.statePriority': { side: 0, item: 0 },
  'move.askPriority': { side: 1 },
  'move.pass': { side: 0 },
  'move.walkAway': { side: 1 },
  'move.answers': { side: 1 },
  news: { event: 'moscow-signals' },
  'reason.walkOut': { trust: 8 },
  'reason.accepted': { value: 61, walkAway: 40 },
  'reason.partialAccepted': { items: [0, 1] },
  'reason.tradeAccepted': { give: { item: 0, option: 1 }, want: { item: 1, option: 2 }, value: 55 },
  'reason.nothingToOffer': { roundsLeft: 1 },
  'reason.declinedTrade': { target: 70 },
  'reason.redLine': { side: 1, item: 1, option: 2 },
  'reason.tableValue': { value: 45, target: 66 },
  'reason.stickingPoint': { item: 1 },
  'reason.partialTooLittle': { target: 66 },
  'reason.agreeAsProposed': { items: [0] },
  'reason.counterValue': { value: 72 },
  'reason.mirror': {},
  'reason.canWait': { roundsLeft: 3 },
  'reason.timeAlmostUp': {},
  'reason.priorityWithheld': {},
  'reason.priorityTop': { item: 1 },
  'outcome.agreement': {},
  'outcome.partial': { agreed: 1, total: 2 },
  'outcome.breakdown': {},
  'outcome.walkout': { side: 0 },
  'refusal.talksOver': {},
  'refusal.proposalLength': { items: 2 },
  'refusal.noSuchOption': { item: 0, option: '7' },
  'refusal.tentativeItem': { item: 0 },
  'refusal.coversNothing': {},
  'refusal.nothingToAccept': {},
  'refusal.noSuchItem': {},
  'refusal.alreadyTentative': { item: 1 },
  'refusal.nothingToAgree': { item: 1 },
  'refusal.notTentative': { item: 0 },
  'refusal.tradeTwoItems': {},
  'refusal.tradeSameItem': {},
  'refusal.tradeOptions': {},
  'refusal.tradeTentative': { item: 1 },
  'refusal.nothingToTrade': {},
  'refusal.alreadyStated': {},
  'refusal.alreadyAsked': {},
  'refusal.unknownMove': { type: 'offer.steal' },
  'refusal.notYourTurn': {},
  'refusal.unknownItemId': { id: 'borders' },
  'refusal.unknownOptionId': { item: 'aid', id: 'wide' },
  'refusal.proposalNamesOptions': {},
  'refusal.tradeNamesChoices': {},
  'setup.seedAndPlayers': {},
  'setup.rounds': { min: 1, max: 100 },
  'setup.playerKind': {},
  'setup.unknownStrategy': { value: 'nope' },
  'setup.unknownDifficulty': { value: 'brutal' },
  'setup.unknownPersonality': { value: 'nobody' },
  'setup.namesPair': {},
  'setup.nameText': {},
  'setup.nameSpaces': {},
  'setup.nameLength': { max: 40 },
  'setup.nameControl': {},
  'setup.nameForHuman': {},
  'setup.session': {},
  'refusal.logFull': { max: 2000 },
  'setup.nameDirection': {},
  'setup.seedDirection': {},
  'refusal.noSuchEvent': { event: 'x' },
  'refusal.noSuchSide': {},
  'refusal.takeoverNotComputer': {},
  'refusal.talksNotOpen': {},
  'refusal.noTable': {},
  'refusal.classPaused': {},
  'setup.clock': { min: 1, max: 3600 },
  'setup.seat': { min: 1, max: 999 },
  'reason.stonewallForgive': { turns: 2 },
  'reason.stonewallPatience': { turns: 3, floor: 79, risk: 50 },
  'reason.stonewallWarning': { turns: 2, floor: 79 },
  'reason.stonewallLeave': { turns: 3 },
  'reason.reopenPackage': { item: 0 },
  'reason.betterForBoth': { yours: 70, ours: 74 },
  'change.trustConceded': { side: 1, from: 40, to: 44 },
  'change.trustTookBack': { side: 1, from: 40, to: 36, item: 1 },
  'change.trustAccepted': { side: 0, from: 50, to: 54 },
  'change.trustReopened': { side: 1, from: 44, to: 29, item: 0 },
  'change.trustTrade': { side: 0, from: 50, to: 55 },
  'change.newsTrust': { side: 1, from: 50, to: 40, event: 'moscow-signals' },
  'change.newsValue': { side: 1, item: 0, option: 1, from: 15, to: 16 },
  'change.newsWalkAway': { side: 1, from: 37.7, to: 39.2 },
  'change.needRoseTrust': { from: 81, to: 83, trustFrom: 40, trustTo: 36 },
  'change.needRoseNews': { from: 81, to: 83, event: 'moscow-signals' },
  'change.needRoseFirm': { from: 81, to: 83 },
};

const text = readFileSync(resolve(import.meta.dirname, '../../public/scenarios/tutorial.json'), 'utf8');
function tutorial(language: string): CompiledScenario {
  const r = loadScenario(text, { language, warnings: false });
  if (!r.ok) throw new Error('the tutorial does not load');
  return r.compiled;
}

const record = (code: keyof CodeParams) => ({ code, params: SAMPLES[code] }) as Said;

describe('every record in every language', () => {
  const tables = { en: { strings: en, c: tutorial('en') }, fr: { strings: { ...en, ...fr }, c: tutorial('fr') } };

  it('English and French word every code in the registry, and nothing else', () => {
    expect(Object.keys(en.said).sort()).toEqual([...CODES].sort());
    expect(Object.keys(fr.said!).sort()).toEqual([...CODES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...CODES].sort());
  });

  for (const [language, { strings, c }] of Object.entries(tables))
    it(`${language}: each code makes a sentence, with no hole and no code in it`, () => {
      for (const code of CODES) {
        const words = say(record(code), strings, c);
        expect(words.trim().length, code).toBeGreaterThan(5);
        expect(words, code).not.toMatch(/undefined|NaN|\[object|#\d/);
        expect(words, code).not.toContain(code);
      }
    });

  it('names come from the scenario in the reader’s language', () => {
    const line = record('move.agreeItem');
    const [enItem, frItem] = [tables.en.c.scenario.items[1].title, tables.fr.c.scenario.items[1].title];
    expect(enItem).not.toBe(frItem);
    expect(say(line, en, tables.en.c)).toContain(enItem);
    expect(say(line, tables.fr.strings, tables.fr.c)).toContain(frItem);
    expect(say(record('news'), tables.fr.strings, tables.fr.c)).toContain(tables.fr.c.scenario.events[0].title);
    expect(say(record('reason.redLine'), en, tables.en.c)).toContain(tables.en.c.scenario.sides[1].redLines[0]?.text ?? '');
  });

  it('French is not English: every French sentence differs from its English one', () => {
    const same = CODES.filter((code) => say(record(code), tables.fr.strings, tables.fr.c) === say(record(code), en, tables.fr.c));
    expect(same).toEqual([]);
  });

  it('a counterpart’s reasons read as one paragraph, and an unknown code shows as itself', () => {
    expect(sayAll([record('reason.tableValue'), record('reason.counterValue')], en, tables.en.c)).toBe(
      'Your package is worth 45 points to us; at this stage we need about 66. We propose a package worth 72 points to us.',
    );
    expect(say({ code: 'from.the.future', params: {} } as unknown as Said, en, tables.en.c)).toBe('from.the.future');
  });
});
