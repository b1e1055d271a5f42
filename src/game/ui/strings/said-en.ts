/**
 * English words for the engine's records (what was done, what the counterpart says, why a move
 * was refused, how the talks ended). Names and texts come from the scenario (said-names.ts).
 */
// Not the engine's index: it would bring the whole engine (zod too) into the first chunk.
import { DIFFICULTIES } from '../../../engine/scenario/difficulties.ts';
import { STRATEGIES } from '../../../engine/strategy/registry.ts';
import type { SaidWords, StrategyNames } from './said-names.ts';

const and = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
/** A name quoted inside what someone says: single quotes, since the history quotes the whole reply in double ones. */
const q = (x: string) => `‘${x}’`;

export const enSaid: SaidWords = {
  'move.propose': (p, n) =>
    `${n.side(p.side)} proposes: ${n
      .package(p.options)
      .map(([i, o]) => `${i}: ${o}`)
      .join('; ')}.`,
  'move.accept': (p, n) => `${n.side(p.side)} accepts the proposal on the table.`,
  'move.agreeItem': (p, n) => `${n.side(p.side)} agrees tentatively on ${n.item(p.item)}.`,
  'move.reopenItem': (p, n) => `${n.side(p.side)} reopens ${n.item(p.item)}, which had been tentatively agreed.`,
  'move.proposeTrade': (p, n) =>
    `${n.side(p.side)} offers a trade: ${q(n.option(p.give.item, p.give.option))} on ${n.item(p.give.item)} if the other side accepts ${q(n.option(p.want.item, p.want.option))} on ${n.item(p.want.item)}.`,
  'move.acceptTrade': (p, n) => `${n.side(p.side)} accepts the trade.`,
  'move.statePriority': (p, n) => `${n.side(p.side)} says what matters most to it: ${n.item(p.item)}.`,
  'move.askPriority': (p, n) => `${n.side(p.side)} asks what matters most to the other side.`,
  'move.pass': (p, n) => `${n.side(p.side)} passes.`,
  'move.walkAway': (p, n) => `${n.side(p.side)} walks away from the talks.`,
  'move.answers': (p, n) => `${n.side(p.side)} answers.`,
  news: (p, n) => `${n.event(p.event).title}: ${n.event(p.event).text}`,

  'reason.walkOut': (p) => `We are leaving the table. Our trust in you has fallen to ${p.trust} out of 100; we cannot rely on what is agreed here.`,
  'reason.accepted': (p) => `We accept. This package is worth ${p.value} points to us, above what we need now, and better than walking away (${p.walkAway}).`,
  'reason.partialAccepted': (p, n) => `We can agree on ${and(p.items.map(n.item))} for now, as long as the rest of the package comes right. Nothing is final until everything is agreed.`,
  'reason.tradeAccepted': (p, n) =>
    `Agreed: ${n.item(p.give.item)} at ${q(n.option(p.give.item, p.give.option))} for ${n.item(p.want.item)} at ${q(n.option(p.want.item, p.want.option))}. With the rest settled well, that still leaves us ${p.value} points.`,
  'reason.nothingToOffer': (p) => `We have nothing new to offer this round; ${p.roundsLeft} rounds remain.`,
  'reason.declinedTrade': (p) => `That trade does not work for us: with it we could not reach the ${p.target} points we need at this stage.`,
  'reason.redLine': (p, n) => `${q(n.option(p.item, p.option))} on ${n.item(p.item)} crosses our red line. ${n.redLine(p.side, p.item)}`.trim(),
  'reason.tableValue': (p) => `Your package is worth ${p.value} points to us; at this stage we need about ${p.target}.`,
  // The item's title opens the sentence: its capital letter then reads as English, not as a name pasted in.
  'reason.stickingPoint': (p, n) => `${n.item(p.item)} is the sticking point.`,
  'reason.partialTooLittle': (p) => `Your partial offer leaves too little for us once the rest is filled in: we need about ${p.target} points.`,
  'reason.agreeAsProposed': (p, n) => `We can agree on ${and(p.items.map(n.item))} as you propose.`,
  'reason.counterValue': (p) => `We propose a package worth ${p.value} points to us.`,
  'reason.mirror': () => 'We will move as far as you move.',
  'reason.canWait': (p) => `We can wait: ${p.roundsLeft} rounds remain before the deadline.`,
  'reason.timeAlmostUp': () => 'Time is almost up.',
  'reason.priorityWithheld': () => 'We would rather not show our hand yet: trust between us is still too low.',
  'reason.priorityTop': (p, n) => `To be frank: what matters most to us is ${q(n.item(p.item))}.`,

  'outcome.agreement': () => 'Every item is agreed.',
  'outcome.partial': (p) => `The deadline arrived with ${p.agreed} of ${p.total} items agreed; the partial statement covers those.`,
  'outcome.breakdown': (_p, n) => `The deadline arrived (${n.deadline()}) without a full agreement, so each side falls back on its walk-away.`,
  'outcome.walkout': (p, n) => `${n.side(p.side)} walked away from the talks.`,

  'refusal.talksOver': () => 'the talks are over',
  'refusal.proposalLength': (p) => `a proposal needs one entry per item (${p.items})`,
  'refusal.noSuchOption': (p, n) => `item ${q(n.item(p.item))} has no option ${p.option}`,
  'refusal.tentativeItem': (p, n) => `${q(n.item(p.item))} is tentatively agreed; reopen it before proposing something else`,
  'refusal.coversNothing': () => 'the proposal covers no open item',
  'refusal.nothingToAccept': () => 'there is no proposal from the other side to accept',
  'refusal.noSuchItem': () => 'no such item',
  'refusal.alreadyTentative': (p, n) => `${q(n.item(p.item))} is already tentatively agreed`,
  'refusal.nothingToAgree': (p, n) => `the other side has not proposed anything on ${q(n.item(p.item))} to agree to`,
  'refusal.notTentative': (p, n) => `${q(n.item(p.item))} is not tentatively agreed`,
  'refusal.tradeTwoItems': () => 'a trade names two items',
  'refusal.tradeSameItem': () => 'a trade links two different items',
  'refusal.tradeOptions': () => 'a trade names an option on each item',
  'refusal.tradeTentative': (p, n) => `${q(n.item(p.item))} is tentatively agreed; reopen it first`,
  'refusal.nothingToTrade': () => 'there is no trade from the other side to accept',
  'refusal.alreadyStated': () => 'you have already stated a priority this round',
  'refusal.alreadyAsked': () => 'you have already asked this round',
  'refusal.unknownMove': (p) => `unknown move ${q(p.type)}`,
  'refusal.notYourTurn': () => 'it is not your turn',
  'refusal.unknownItemId': (p) => `no item ${q(p.id)}`,
  'refusal.unknownOptionId': (p) => `item ${q(p.item)} has no option ${q(p.id)}`,
  'refusal.proposalNamesOptions': () => 'a proposal names an option for each item it covers',
  'refusal.tradeNamesChoices': () => 'a trade names an item and an option on each side',

  'setup.seedAndPlayers': () => 'a game needs a seed and a player for each side',
  'setup.rounds': (p) => `the number of rounds must be a whole number from ${p.min} to ${p.max}`,
  'setup.playerKind': () => 'each player is "human" or "computer"',
  'setup.unknownStrategy': (p) => `no strategy ${q(p.value)}; expected one of ${STRATEGIES.join(', ')}`,
  'setup.unknownDifficulty': (p) => `no difficulty ${q(p.value)}; expected one of ${DIFFICULTIES.join(', ')}`,
  'setup.unknownPersonality': (p, n) => `no counterpart personality ${q(p.value)}; expected one of ${n.personalityIds().join(', ')}`,
  'setup.namesPair': () => 'names come as a pair, one per side (null where there is none)',
  'setup.nameText': () => 'a player name is text',
  'setup.nameSpaces': () => 'a player name has no spaces at either end and is not empty (use null for no name)',
  'setup.nameLength': (p) => `a player name is at most ${p.max} characters`,
  'setup.nameControl': () => 'a player name cannot contain control characters or line breaks',
  'setup.nameForHuman': () => 'only a side a person plays can have a player name',
  'setup.session': () => 'a session id is eight hexadecimal digits',
  'setup.nameDirection': () => 'a player name cannot contain direction controls (they reverse the text around it)',
  'setup.seedDirection': () => 'a seed cannot contain direction controls (they reverse the text around it)',
  'refusal.noSuchEvent': (p) => `the scenario has no news event ${q(p.event)}`,
  'refusal.noSuchSide': () => 'a side is 0 or 1',
  'refusal.takeoverNotComputer': () => 'only a computer player can take over a side',
  'refusal.talksNotOpen': () => 'the talks are not open yet',
  'refusal.noTable': () => 'you have no table yet',
  'refusal.classPaused': () => 'the teacher has paused the class',
  'setup.clock': (p) => `the time limit per turn must be a whole number of seconds from ${p.min} to ${p.max}`,
  'setup.seat': (p) => `the seat number must be a whole number from ${p.min} to ${p.max}`,
  'refusal.logFull': (p) => `this game has reached the most moves a game can hold (${p.max}): walk away to end it`,
  'reason.stonewallForgive': (p) => `You have not moved towards us in ${p.turns} rounds. We will keep giving ground, but a deal needs both of us to move.`,
  'reason.stonewallPatience': (p) =>
    `You have not moved towards us in ${p.turns} rounds. Without a move from you we will not go below ${p.floor} points, a fair share of the gains, and our patience is running out: a ${p.risk} in 100 chance that we leave next time.`,
  'reason.stonewallWarning': (p) =>
    `You have not moved towards us in ${p.turns} rounds. We will not go below ${p.floor} points, a fair share of the gains. If you do not move on your next turn, we leave the table.`,
  'reason.stonewallLeave': (p) => `You have not moved towards us in ${p.turns} rounds, as we warned. We are leaving the table.`,
  'reason.reopenPackage': (p, n) => `We agreed to ${n.item(p.item)} only as part of a whole package; with the rest as it stands, we must reopen it.`,
  'reason.betterForBoth': (p) => `Your package is worth ${p.yours} points to us and we could accept it, but this one should suit you at least as well and gives us ${p.ours}.`,
  'change.trustConceded': (p, n) => `${n.side(p.side)}'s trust: ${p.from} % → ${p.to} %, because this offer gives ${n.side(p.side)} more than the previous one.`,
  'change.trustTookBack': (p, n) => `${n.side(p.side)}'s trust: ${p.from} % → ${p.to} %, because this offer takes back on ${n.item(p.item)}: it gives ${n.side(p.side)} less than the previous one.`,
  'change.trustAccepted': (p, n) => `${n.side(p.side)}'s trust: ${p.from} % → ${p.to} %, because its package was accepted.`,
  'change.trustReopened': (p, n) => `${n.side(p.side)}'s trust: ${p.from} % → ${p.to} %, because ${n.item(p.item)} was reopened after being agreed.`,
  'change.trustTrade': (p, n) => `${n.side(p.side)}'s trust: ${p.from} % → ${p.to} %, because a trade was agreed.`,
  'change.newsTrust': (p, n) => `${n.side(p.side)}'s trust: ${p.from} % → ${p.to} %, after the news (${n.event(p.event).title}).`,
  'change.newsValue': (p, n) => `To ${n.side(p.side)}, ${q(n.option(p.item, p.option))} (${n.item(p.item)}): ${p.from} → ${p.to} points.`,
  'change.newsWalkAway': (p, n) => `${n.side(p.side)}'s walk-away: ${p.from} → ${p.to} points.`,
  'change.needRoseTrust': (p) => `We now need about ${p.to} points, not ${p.from}: our trust in you fell from ${p.trustFrom} % to ${p.trustTo} %.`,
  'change.needRoseNews': (p, n) => `We now need about ${p.to} points, not ${p.from}: the news (${n.event(p.event).title}) changed what the options are worth to us.`,
  'change.needRoseFirm': (p) => `We now need about ${p.to} points, not ${p.from}: you have not moved towards us.`,
};

export const enStrategyNames: StrategyNames = {
  hardliner: 'Hardliner',
  boulware: 'Boulware (holds firm until late)',
  linear: 'Steady (concedes evenly)',
  conceder: 'Conceder (gives ground early)',
  'tit-for-tat': 'Tit-for-tat (mirrors your moves)',
  logroller: 'Logroller (trades across items)',
};
