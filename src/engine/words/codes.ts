/**
 * Facts, not words: everything the engine records for a person to read — a history line, a
 * counterpart's reason, a refusal, an outcome's reason — is a record `{ code, params }`. Params
 * hold only ids, indices, numbers and sides, so a game's state, its log and its hash are the
 * same in every language and survive any rewording; the views word a record from their strings
 * table (src/game/ui/strings/said-*.ts) and the scenario's texts in the reader's language.
 *
 * This file is the one registry of codes. It is APPEND-ONLY: codes are stored in saved games and
 * game states, so never rename or remove one, never change what its params mean; add a new code
 * (at the end of CODES and in CodeParams) instead. tests/engine/words/codes.test.ts holds the list.
 *
 * Conventions: `side` is a side index (0 = the scenario's first side); `item` an item index;
 * `option` an option index within its item; points are utilities × 100, rounded, as the
 * counterpart computed them; `event` is an event id.
 */
import type { SideIndex } from '../model/domain.ts';

/** An item and an option on it, by index. */
export interface Choice {
  item: number;
  option: number;
}

type Nothing = Record<string, never>;

export interface CodeParams {
  // ——— history: what a side did ———
  'move.propose': { side: SideIndex; options: (number | null)[] };
  'move.accept': { side: SideIndex };
  'move.agreeItem': { side: SideIndex; item: number };
  'move.reopenItem': { side: SideIndex; item: number };
  'move.proposeTrade': { side: SideIndex; give: Choice; want: Choice };
  'move.acceptTrade': { side: SideIndex };
  'move.statePriority': { side: SideIndex; item: number };
  'move.askPriority': { side: SideIndex };
  'move.pass': { side: SideIndex };
  'move.walkAway': { side: SideIndex };
  /** The asked side answers a priority question (its answer is in `said`). */
  'move.answers': { side: SideIndex };
  /** A scenario event fired: its title and text come from the scenario. */
  news: { event: string };

  // ——— what a computer side says: its reasons, from the numbers it computed ———
  'reason.walkOut': { trust: number };
  'reason.accepted': { value: number; walkAway: number };
  'reason.partialAccepted': { items: number[] };
  'reason.tradeAccepted': { give: Choice; want: Choice; value: number };
  'reason.nothingToOffer': { roundsLeft: number };
  'reason.declinedTrade': { target: number };
  /** `side` is the speaker: its red line on `item` (the scenario's text) is crossed by `option`. */
  'reason.redLine': { side: SideIndex; item: number; option: number };
  'reason.tableValue': { value: number; target: number };
  'reason.stickingPoint': { item: number };
  'reason.partialTooLittle': { target: number };
  'reason.agreeAsProposed': { items: number[] };
  'reason.counterValue': { value: number };
  'reason.mirror': Nothing;
  'reason.canWait': { roundsLeft: number };
  'reason.timeAlmostUp': Nothing;
  'reason.priorityWithheld': Nothing;
  'reason.priorityTop': { item: number };

  // ——— how the talks ended ———
  'outcome.agreement': Nothing;
  'outcome.partial': { agreed: number; total: number };
  /** The deadline's wording comes from the scenario. */
  'outcome.breakdown': Nothing;
  'outcome.walkout': { side: SideIndex };

  // ——— why a move was refused ———
  'refusal.talksOver': Nothing;
  'refusal.proposalLength': { items: number };
  /** `option` echoes the value given, which names no option. */
  'refusal.noSuchOption': { item: number; option: string };
  'refusal.tentativeItem': { item: number };
  'refusal.coversNothing': Nothing;
  'refusal.nothingToAccept': Nothing;
  'refusal.noSuchItem': Nothing;
  'refusal.alreadyTentative': { item: number };
  'refusal.nothingToAgree': { item: number };
  'refusal.notTentative': { item: number };
  'refusal.tradeTwoItems': Nothing;
  'refusal.tradeSameItem': Nothing;
  'refusal.tradeOptions': Nothing;
  'refusal.tradeTentative': { item: number };
  'refusal.nothingToTrade': Nothing;
  'refusal.alreadyStated': Nothing;
  'refusal.alreadyAsked': Nothing;
  /** `type` echoes the unknown move or event type. */
  'refusal.unknownMove': { type: string };
  'refusal.notYourTurn': Nothing;
  /** `id` echoes an item id the scenario does not have. */
  'refusal.unknownItemId': { id: string };
  /** `item` is a real item id; `id` echoes an option id it does not have. */
  'refusal.unknownOptionId': { item: string; id: string };
  'refusal.proposalNamesOptions': Nothing;
  'refusal.tradeNamesChoices': Nothing;

  // ——— why a game setup was refused ———
  'setup.seedAndPlayers': Nothing;
  'setup.rounds': { min: number; max: number };
  'setup.playerKind': Nothing;
  /** `value` echoes what was asked for; the views list what exists. */
  'setup.unknownStrategy': { value: string };
  'setup.unknownDifficulty': { value: string };
  'setup.unknownPersonality': { value: string };
  'setup.namesPair': Nothing;
  'setup.nameText': Nothing;
  'setup.nameSpaces': Nothing;
  'setup.nameLength': { max: number };
  'setup.nameControl': Nothing;
  'setup.nameForHuman': Nothing;
  'setup.session': Nothing;
  /** The game's log holds the most events a game may (MAX_LOG_EVENTS): only a walk-away still fits. */
  'refusal.logFull': { max: number };
  'setup.nameDirection': Nothing;
  /** A recorded time limit per turn outside 1..max seconds. */
  'setup.clock': { min: number; max: number };
  /** A recorded seat number outside 1..max. */
  'setup.seat': { min: number; max: number };
  'setup.seedDirection': Nothing;
  /** A live class's teacher released a news event the scenario does not have. */
  'refusal.noSuchEvent': { event: string };
  'refusal.noSuchSide': Nothing;
  'refusal.takeoverNotComputer': Nothing;
  /** Live class: a move before the talks at this table are open, by a student with no table, or while the teacher has paused the class. */
  'refusal.talksNotOpen': Nothing;
  'refusal.noTable': Nothing;
  'refusal.classPaused': Nothing;
  // ——— the counterpart's answer to stonewalling and waste (docs/counterpart.md) ———
  /** `turns`: the other side's turns in a row without a move towards the speaker. */
  'reason.stonewallForgive': { turns: number };
  /** `floor`: the points it will not go below without a move; `risk`: chance in 100 it leaves next time. */
  'reason.stonewallPatience': { turns: number; floor: number; risk: number };
  'reason.stonewallWarning': { turns: number; floor: number };
  'reason.stonewallLeave': { turns: number };
  /** The items agreed so far leave no package the speaker can accept: it reopens `item`. */
  'reason.reopenPackage': { item: number };
  /** `yours`: the table's value to the speaker; `ours`: its proposal's, no worse for the other side. */
  'reason.betterForBoth': { yours: number; ours: number };

  // ——— every change says why (issue 10): trust `side` has in the other side, whole percent ———
  /** The proposal gives `side` more than the proposer's previous one. */
  'change.trustConceded': { side: SideIndex; from: number; to: number };
  /** The proposal gives `side` less than the proposer's previous one; `item`: where it took back most. */
  'change.trustTookBack': { side: SideIndex; from: number; to: number; item: number };
  'change.trustAccepted': { side: SideIndex; from: number; to: number };
  /** `item`: the tentatively agreed item just reopened. */
  'change.trustReopened': { side: SideIndex; from: number; to: number; item: number };
  'change.trustTrade': { side: SideIndex; from: number; to: number };
  /** News `event` moved trust. */
  'change.newsTrust': { side: SideIndex; from: number; to: number; event: string };
  /** News moved what `option` on `item` is worth to `side`, in points out of 100. */
  'change.newsValue': { side: SideIndex; item: number; option: number; from: number; to: number };
  /** News moved `side`'s walk-away, in points (one decimal). */
  'change.newsWalkAway': { side: SideIndex; from: number; to: number };
  /** The speaker's stated need rose since its last reply (points), because its trust fell from `trustFrom` to `trustTo` (percent). */
  'change.needRoseTrust': { from: number; to: number; trustFrom: number; trustTo: number };
  /** …because news moved values (`event`: the latest such news). */
  'change.needRoseNews': { from: number; to: number; event: string };
  /** …because the other side has not moved towards it (its fair-share floor, said with it). */
  'change.needRoseFirm': { from: number; to: number };
}

export type Code = keyof CodeParams;

/** A fact for a person to read: a code and its params. */
export type Said<C extends Code = Code> = C extends Code ? { code: C; params: CodeParams[C] } : never;

/** Every code, in the order they were added. Append only (see the file's comment). */
export const CODES = [
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
] as const satisfies readonly Code[];

// Every code in CodeParams is listed in CODES (a compile error names any that is not).
const listed: Record<Exclude<Code, (typeof CODES)[number]>, never> = {};
void listed;

/** Builds a record; the params' shape is checked against the code. */
export function said<C extends Code>(code: C, ...params: CodeParams[C] extends Nothing ? [] : [CodeParams[C]]): Said<C> {
  return { code, params: (params[0] ?? {}) as CodeParams[C] } as Said<C>;
}

export function isSaid(x: unknown): x is Said {
  return typeof x === 'object' && x !== null && typeof (x as Said).code === 'string' && (CODES as readonly string[]).includes((x as Said).code);
}
