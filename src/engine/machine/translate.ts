/**
 * From id-based machine events to the rules' index-based moves. Unknown ids are refused with a
 * reason, never thrown.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import type { Move } from '../rules/state.ts';
import type { ItemChoice, MoveEvent } from './events.ts';
import { said, type Said } from '../words/codes.ts';

type Translated = { ok: true; move: Move } | { ok: false; reason: Said };

const isRefusal = (x: unknown): x is Said => typeof x === 'object' && x !== null && 'code' in x;

function itemOf(c: CompiledScenario, id: unknown): number | Said {
  const i = typeof id === 'string' ? c.itemIndex[id] : undefined;
  return i ?? said('refusal.unknownItemId', { id: String(id) });
}

function optionOf(c: CompiledScenario, item: number, id: unknown): number | Said {
  const o = typeof id === 'string' ? c.optionIndex[item][id] : undefined;
  return o ?? said('refusal.unknownOptionId', { item: c.domain.itemIds[item], id: String(id) });
}

function choiceOf(c: CompiledScenario, choice: ItemChoice | undefined): { item: number; option: number } | Said {
  if (!choice || typeof choice !== 'object') return said('refusal.tradeNamesChoices');
  const item = itemOf(c, choice.item);
  if (isRefusal(item)) return item;
  const option = optionOf(c, item, choice.option);
  return isRefusal(option) ? option : { item, option };
}

export function toMove(c: CompiledScenario, event: MoveEvent): Translated {
  const single = (id: unknown, make: (item: number) => Move): Translated => {
    const item = itemOf(c, id);
    return isRefusal(item) ? { ok: false, reason: item } : { ok: true, move: make(item) };
  };
  switch (event.type) {
    case 'offer.propose': {
      if (!event.options || typeof event.options !== 'object') return { ok: false, reason: said('refusal.proposalNamesOptions') };
      const options: (number | null)[] = c.domain.itemIds.map(() => null);
      for (const [itemId, optionId] of Object.entries(event.options)) {
        const item = itemOf(c, itemId);
        if (isRefusal(item)) return { ok: false, reason: item };
        const option = optionOf(c, item, optionId);
        if (isRefusal(option)) return { ok: false, reason: option };
        options[item] = option;
      }
      return { ok: true, move: { kind: 'propose', options } };
    }
    case 'offer.accept':
      return { ok: true, move: { kind: 'accept' } };
    case 'item.agree':
      return single(event.item, (item) => ({ kind: 'agreeItem', item }));
    case 'item.reopen':
      return single(event.item, (item) => ({ kind: 'reopenItem', item }));
    case 'trade.propose': {
      const give = choiceOf(c, event.give);
      if (isRefusal(give)) return { ok: false, reason: give };
      const want = choiceOf(c, event.want);
      if (isRefusal(want)) return { ok: false, reason: want };
      return { ok: true, move: { kind: 'proposeTrade', give, want } };
    }
    case 'trade.accept':
      return { ok: true, move: { kind: 'acceptTrade' } };
    case 'priority.state':
      return single(event.item, (item) => ({ kind: 'statePriority', item }));
    case 'priority.ask':
      return { ok: true, move: { kind: 'askPriority' } };
    case 'turn.pass':
      return { ok: true, move: { kind: 'pass' } };
    case 'talks.walkAway':
      return { ok: true, move: { kind: 'walkAway' } };
    default:
      return { ok: false, reason: said('refusal.unknownMove', { type: String((event as { type?: unknown }).type) }) };
  }
}
