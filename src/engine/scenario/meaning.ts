/**
 * Stage two of loading: the file has the right shape; does it make sense? Every check here
 * adds problems instead of stopping, so a designer sees everything wrong at once.
 */
import { problem, type Problem } from './problems.ts';
import type { Scenario } from './schema.ts';
import { own } from './own.ts';

const WEIGHT_TOLERANCE = 0.001;

function duplicates(ids: string[], at: (index: number) => PropertyKey[], what: string, out: Problem[]): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) out.push(problem('id.duplicate', at(i), `duplicate ${what} id "${id}" (first used at index ${first})`));
    else seen.set(id, i);
  });
}

function listIds(ids: Iterable<string>): string {
  return [...ids].map((i) => `"${i}"`).join(', ');
}

export function meaningProblems(s: Scenario): Problem[] {
  const out: Problem[] = [];
  const sideIds = s.sides.map((x) => x.id);
  const itemIds = s.items.map((x) => x.id);
  const partyIds = new Set(s.thirdParties.map((x) => x.id));
  const items = new Map(s.items.map((item) => [item.id, item]));
  const optionsOf = (itemId: string) => new Set(items.get(itemId)?.options.map((o) => o.id) ?? []);

  // English is every text's fallback, so a scenario always offers it.
  if (!s.languages.includes('en')) out.push(problem('languages.no-english', ['languages'], `"languages" must include "en" (every text has English, the fallback); found ${listIds(s.languages)}`));
  duplicates(s.languages, (i) => ['languages', i], 'language', out);
  duplicates(sideIds, (i) => ['sides', i, 'id'], 'side', out);
  duplicates(itemIds, (i) => ['items', i, 'id'], 'item', out);
  duplicates(
    s.thirdParties.map((x) => x.id),
    (i) => ['thirdParties', i, 'id'],
    'third party',
    out,
  );
  duplicates(
    s.events.map((x) => x.id),
    (i) => ['events', i, 'id'],
    'event',
    out,
  );
  duplicates(
    s.personalities.map((x) => x.id),
    (i) => ['personalities', i, 'id'],
    'personality',
    out,
  );

  const checkItemRef = (itemId: string, path: PropertyKey[]): boolean => {
    if (items.has(itemId)) return true;
    out.push(problem('ref.item', path, `no item has id "${itemId}"; expected one of ${listIds(itemIds)}`));
    return false;
  };
  const checkOptionRef = (itemId: string, optionId: string, path: PropertyKey[]): void => {
    if (!items.has(itemId)) return;
    if (!optionsOf(itemId).has(optionId)) out.push(problem('ref.option', path, `item "${itemId}" has no option "${optionId}"; expected one of ${listIds(optionsOf(itemId))}`));
  };
  const checkSideRef = (sideId: string, path: PropertyKey[]): void => {
    if (!sideIds.includes(sideId)) out.push(problem('ref.side', path, `no side has id "${sideId}"; expected ${listIds(sideIds)}`));
  };
  const checkPartyRef = (partyId: string, path: PropertyKey[]): void => {
    if (!partyIds.has(partyId)) out.push(problem('ref.party', path, `no third party has id "${partyId}"; expected one of ${listIds(partyIds)}`));
  };

  s.items.forEach((item, i) => {
    duplicates(
      item.options.map((o) => o.id),
      (k) => ['items', i, 'options', k, 'id'],
      'option',
      out,
    );
    item.options.forEach((option, k) => {
      for (const sideId of sideIds)
        if (own(option.values, sideId) === undefined)
          out.push(problem('values.missing', ['items', i, 'options', k, 'values', sideId], `missing the value of this option to "${sideId}" (a number 0–1)`));
      for (const key of Object.keys(option.values)) checkSideRef(key, ['items', i, 'options', k, 'values', key]);
      for (const key of Object.keys(option.effects ?? {})) checkPartyRef(key, ['items', i, 'options', k, 'effects', key]);
    });
    for (const sideId of sideIds) {
      if (item.options.every((o) => (own(o.values, sideId) ?? 0) === 0))
        out.push(problem('values.all-zero', ['items', i, 'options'], `every option is worth 0 to "${sideId}"; at least one must be worth more than 0`));
    }
  });

  s.sides.forEach((side, si) => {
    const base = ['sides', si];
    let sum = 0;
    for (const [itemId, w] of Object.entries(side.priorities)) {
      if (checkItemRef(itemId, [...base, 'priorities', itemId])) sum += w;
    }
    const missing = itemIds.filter((id) => own(side.priorities, id) === undefined);
    for (const id of missing) out.push(problem('weights.missing', [...base, 'priorities', id], `missing the weight of item "${id}" (a positive number)`));
    if (missing.length === 0 && Math.abs(sum - 1) > WEIGHT_TOLERANCE) out.push(problem('weights.sum', [...base, 'priorities'], `the weights must add up to 1; they add up to ${+sum.toFixed(4)}`));

    const w = side.walkAway;
    if (w.kind === 'statusQuo') {
      for (const id of itemIds)
        if (own(w.options, id) === undefined) out.push(problem('walkaway.missing', [...base, 'walkAway', 'options', id], `missing the option that stands for item "${id}" if there is no agreement`));
      for (const [itemId, optionId] of Object.entries(w.options))
        if (checkItemRef(itemId, [...base, 'walkAway', 'options', itemId])) checkOptionRef(itemId, optionId, [...base, 'walkAway', 'options', itemId]);
    }
    side.redLines.forEach((line, li) => {
      const path = [...base, 'redLines', li];
      if (!checkItemRef(line.item, [...path, 'item'])) return;
      line.options.forEach((o, oi) => checkOptionRef(line.item, o, [...path, 'options', oi]));
      if (optionsOf(line.item).size > 0 && [...optionsOf(line.item)].every((o) => line.options.includes(o)))
        out.push(problem('redline.everything', [...path, 'options'], `the red line rules out every option of "${line.item}", so no agreement is possible`));
    });
  });

  s.events.forEach((event, ei) => {
    const path = ['events', ei];
    const t = event.trigger;
    if (t.kind === 'thirdParty') {
      checkPartyRef(t.party, [...path, 'trigger', 'party']);
      if (t.below === undefined && t.above === undefined) out.push(problem('event.threshold', [...path, 'trigger'], 'a third-party trigger needs "below" or "above"'));
    }
    if (t.kind === 'round') {
      if (t.to !== undefined && t.to < t.from) out.push(problem('event.rounds', [...path, 'trigger', 'to'], `"to" (${t.to}) must not be before "from" (${t.from})`));
      if (t.from > s.deadline.rounds)
        out.push(problem('event.rounds', [...path, 'trigger', 'from'], `round ${t.from} is after the deadline (${s.deadline.rounds} rounds), so the event can never fire`));
      // A window past the deadline usually means the deadline was shortened and the event forgotten.
      else if (t.to !== undefined && t.to > s.deadline.rounds)
        out.push(
          problem(
            'event.rounds',
            [...path, 'trigger', 'to'],
            `round ${t.to} is after the deadline (${s.deadline.rounds} rounds): the last round is ${s.deadline.rounds}; set "to" to ${s.deadline.rounds} or less, or leave it out (it defaults to the deadline)`,
          ),
        );
    }
    if (t.kind === 'reopened' && t.item !== undefined) checkItemRef(t.item, [...path, 'trigger', 'item']);
    if (t.kind === 'proposed' && checkItemRef(t.item, [...path, 'trigger', 'item'])) checkOptionRef(t.item, t.option, [...path, 'trigger', 'option']);
    event.effects.values?.forEach((v, vi) => {
      const vp = [...path, 'effects', 'values', vi];
      checkSideRef(v.side, [...vp, 'side']);
      if (checkItemRef(v.item, [...vp, 'item'])) checkOptionRef(v.item, v.option, [...vp, 'option']);
    });
    for (const key of Object.keys(event.effects.thirdParties ?? {})) checkPartyRef(key, [...path, 'effects', 'thirdParties', key]);
  });

  if (s.rules.opener !== undefined) checkSideRef(s.rules.opener, ['rules', 'opener']);

  for (const id of itemIds) if (own(s.debrief.items, id) === undefined) out.push(problem('debrief.missing', ['debrief', 'items', id], `missing what really happened on item "${id}"`));
  for (const [itemId, d] of Object.entries(s.debrief.items)) if (checkItemRef(itemId, ['debrief', 'items', itemId])) checkOptionRef(itemId, d.realOption, ['debrief', 'items', itemId, 'realOption']);

  return out;
}
