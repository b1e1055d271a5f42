/**
 * Plain-language lines for the history log, from the scenario's own labels.
 */
import type { SideIndex } from '../model/domain.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { Move } from './state.ts';

export function packageText(c: CompiledScenario, options: readonly (number | null)[]): string {
  return options
    .flatMap((o, i) => (o === null ? [] : [`${c.scenario.items[i].title}: ${c.scenario.items[i].options[o].label}`]))
    .join('; ');
}

export function describeMove(c: CompiledScenario, side: SideIndex, move: Move): string {
  const who = c.scenario.sides[side].name;
  const item = (i: number) => c.scenario.items[i].title;
  const option = (i: number, o: number) => c.scenario.items[i].options[o].label;
  switch (move.kind) {
    case 'propose':
      return `${who} proposes: ${packageText(c, move.options)}.`;
    case 'accept':
      return `${who} accepts the proposal on the table.`;
    case 'agreeItem':
      return `${who} agrees tentatively on ${item(move.item)}.`;
    case 'reopenItem':
      return `${who} reopens ${item(move.item)}, which had been tentatively agreed.`;
    case 'proposeTrade':
      return `${who} offers a trade: "${option(move.give.item, move.give.option)}" on ${item(move.give.item)} if the other side accepts "${option(move.want.item, move.want.option)}" on ${item(move.want.item)}.`;
    case 'acceptTrade':
      return `${who} accepts the trade.`;
    case 'statePriority':
      return `${who} says ${item(move.item)} matters most to it.`;
    case 'askPriority':
      return `${who} asks what matters most to the other side.`;
    case 'pass':
      return `${who} passes.`;
    case 'walkAway':
      return `${who} walks away from the talks.`;
  }
}
