/**
 * The records registry (src/engine/words/codes.ts) and the rule that goes with it: the engine
 * writes facts, never sentences. Codes are stored in saved games and states, so the registry is
 * append-only: this file keeps the list as it was, and a code that moves, changes or disappears
 * fails here. A new code goes at the end of CODES, in CodeParams, in every strings table
 * (tests/game/said.test.ts checks that) and at the end of REGISTERED below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CODES, isSaid, said } from '../../../src/engine/words/codes.ts';

/** The registry as released, in order. Append only. */
const REGISTERED = [
  'move.propose',
  'move.accept',
  'move.agreeItem',
  'move.reopenItem',
  'move.proposeTrade',
  'move.acceptTrade',
  'move.statePriority',
  'move.askPriority',
  'move.pass',
  'move.walkAway',
  'move.answers',
  'news',
  'reason.walkOut',
  'reason.accepted',
  'reason.partialAccepted',
  'reason.tradeAccepted',
  'reason.nothingToOffer',
  'reason.declinedTrade',
  'reason.redLine',
  'reason.tableValue',
  'reason.stickingPoint',
  'reason.partialTooLittle',
  'reason.agreeAsProposed',
  'reason.counterValue',
  'reason.mirror',
  'reason.canWait',
  'reason.timeAlmostUp',
  'reason.priorityWithheld',
  'reason.priorityTop',
  'outcome.agreement',
  'outcome.partial',
  'outcome.breakdown',
  'outcome.walkout',
  'refusal.talksOver',
  'refusal.proposalLength',
  'refusal.noSuchOption',
  'refusal.tentativeItem',
  'refusal.coversNothing',
  'refusal.nothingToAccept',
  'refusal.noSuchItem',
  'refusal.alreadyTentative',
  'refusal.nothingToAgree',
  'refusal.notTentative',
  'refusal.tradeTwoItems',
  'refusal.tradeSameItem',
  'refusal.tradeOptions',
  'refusal.tradeTentative',
  'refusal.nothingToTrade',
  'refusal.alreadyStated',
  'refusal.alreadyAsked',
  'refusal.unknownMove',
  'refusal.notYourTurn',
  'refusal.unknownItemId',
  'refusal.unknownOptionId',
  'refusal.proposalNamesOptions',
  'refusal.tradeNamesChoices',
  'setup.seedAndPlayers',
  'setup.rounds',
  'setup.playerKind',
  'setup.unknownStrategy',
  'setup.unknownDifficulty',
  'setup.unknownPersonality',
  'setup.namesPair',
  'setup.nameText',
  'setup.nameSpaces',
  'setup.nameLength',
  'setup.nameControl',
  'setup.nameForHuman',
  'setup.session',
  'refusal.logFull',
  'setup.nameDirection',
  'setup.seedDirection',
  'refusal.noSuchEvent',
  'refusal.noSuchSide',
  'refusal.takeoverNotComputer',
  'refusal.talksNotOpen',
  'refusal.noTable',
  'refusal.classPaused',
  'setup.clock',
  'setup.seat',
  'reason.stonewallForgive',
  'reason.stonewallPatience',
  'reason.stonewallWarning',
  'reason.stonewallLeave',
  'reason.reopenPackage',
  'reason.betterForBoth',
  'change.trustConceded',
  'change.trustTookBack',
  'change.trustAccepted',
  'change.trustReopened',
  'change.trustTrade',
  'change.newsTrust',
  'change.newsValue',
  'change.newsWalkAway',
  'change.needRoseTrust',
  'change.needRoseNews',
  'change.needRoseFirm',
];

describe('the records registry', () => {
  it('is append-only: every registered code keeps its place', () => {
    expect(CODES.slice(0, REGISTERED.length)).toEqual(REGISTERED);
    expect(CODES.length, 'a new code? add it at the end of REGISTERED too').toBe(REGISTERED.length);
  });

  it('has no code twice', () => {
    expect(new Set(CODES).size).toBe(CODES.length);
  });

  it('builds plain-JSON records and recognises them', () => {
    const r = said('move.agreeItem', { side: 1, item: 0 });
    expect(r).toEqual({ code: 'move.agreeItem', params: { side: 1, item: 0 } });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(said('outcome.agreement')).toEqual({ code: 'outcome.agreement', params: {} });
    expect(isSaid(r)).toBe(true);
    expect(isSaid({ code: 'no.such.code', params: {} })).toBe(false);
    expect(isSaid('North proposes')).toBe(false);
  });
});

const ENGINE = resolve(import.meta.dirname, '../../../src/engine');

/**
 * Engine files that still hold English, and why it is not the game's to word. None of them
 * writes into a game's state, its log or the machine's context; the list may shrink, never grow.
 */
const STILL_ENGLISH: Record<string, string> = {
  'scenario/schema.ts': 'the scenario format’s field descriptions (the JSON schema designers read)',
  'scenario/lesson-kit.ts': 'the lesson kit’s field descriptions (split from schema.ts: the same JSON schema designers read)',
  'scenario/generate.ts': 'sample scenario text for designers (summit generate)',
  'scenario/shape-problems.ts': 'scenario problems for designers (summit check, the problems page)',
  'scenario/load.ts': 'scenario problems and warnings for designers',
  'scenario/meaning.ts': 'scenario problems for designers',
  'scenario/translations.ts': 'scenario problems for designers',
  'scenario/warnings.ts': 'scenario warnings for designers',
  'scenario/emblem-warnings.ts': 'scenario warnings for designers (emblems)',
  'scenario/migrations.ts': 'descriptions of format upgrades for designers',
  'log/result-code.ts': 'why a result code cannot be read (teacher page and command line, English)',
  'log/game-log.ts': 'why a log does not verify (likewise)',
  'log/bytes.ts': 'an internal error for a number a code cannot hold (caught and reported by the code reader)',
  'log/change-words.ts': 'which part of the play data changed, when a log or code made on another version is refused (teacher page, English)',
  'class/class-results.ts': 'the class debrief’s verification reasons (teacher page, English)',
  'class/results-csv.ts': 'the class CSV’s column headers (teacher page, English)',
  'session/class-session.ts': 'the teacher’s session description and strategy names (teacher page, English)',
  'balance.ts': 'balance warnings for designers',
  'diagnose.ts': 'why a simulated game broke down, for the balance report (designers)',
  'scenario/summarise.ts': 'repeated scenario warnings summarised for designers (summit check)',
  'map/schema.ts': 'the scenario format’s map fields, described (split from scenario/schema.ts: the same JSON schema designers read)',
  'scenario/look-schema.ts': 'the scenario format’s colour and emblem fields, described (split from schema.ts: the same JSON schema designers read)',
  'scenario/base-fields.ts': 'the scenario format’s id and text fields, described (shared by schema.ts and map/schema.ts: the same JSON schema designers read)',
  'map/check.ts': 'map problems for designers (split from scenario/meaning.ts: summit check, the problems page)',
};

/** A literal that reads like words of a sentence: two words of letters side by side. */
const WORDS = /\p{L}{2,}[,;:]?\s+\p{L}{2,}/u;

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return engineFiles(path);
    return d.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every string or template literal with words in it. Imports and comments are not literals; a
 * thrown Error's message is for developers (a broken invariant), not for a player.
 */
function wordyLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Error') return;
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (text !== null && WORDS.test(text)) found.push(text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the engine writes facts, not words', () => {
  const files = engineFiles(ENGINE).map((f) => [relative(ENGINE, f).split('\\').join('/'), f] as const);

  it('no engine file outside the designers’ and teacher’s list holds English', () => {
    const offenders = files.filter(([name, f]) => !(name in STILL_ENGLISH) && wordyLiterals(f).length > 0).map(([name, f]) => `${name}: ${wordyLiterals(f)[0]}`);
    expect(offenders).toEqual([]);
  });

  it('what writes a game’s state, log and context — rules, strategy, machine, words — holds none', () => {
    for (const dir of ['rules/', 'strategy/', 'machine/', 'words/', 'model/']) {
      const some = files.filter(([name]) => name.startsWith(dir));
      expect(some.length, dir).toBeGreaterThan(0);
      for (const [name] of some) expect(name in STILL_ENGLISH, name).toBe(false);
    }
  });

  it('the list of files still in English only shrinks: each one listed still exists', () => {
    for (const name of Object.keys(STILL_ENGLISH))
      expect(
        files.some(([n]) => n === name),
        name,
      ).toBe(true);
  });
});
