/**
 * A scenario's identity for logs, saves and result codes: a hash of what changes play, and only
 * that. Fields are taken by an ALLOWLIST — ids, values, weights, walk-aways, red lines, rules,
 * events and their effects, personalities — so prose, translations and any field added later
 * (a lesson kit, notes for teachers) stay outside it unless they are listed here on purpose.
 * A typo fixed in a briefing keeps every save and code; a changed value refuses them, naming
 * what changed: beside the whole hash, each section (an item, a side, an event, …) has a short
 * digest of its own, which logs and codes carry.
 */
import type { Scenario } from './schema.ts';
import { hashText } from './text-hash.ts';

/** A section of the play data: `key` names it ("item:geneva", "side:us", "rules", …). */
export interface PlaySection {
  key: string;
  /** Four hex digits: enough to tell which sections changed (the whole hash decides whether any did). */
  digest: string;
}

export interface PlayIdentity {
  /** Fourteen hex digits over every section, in order. */
  hash: string;
  sections: PlaySection[];
}

/** JSON with object keys sorted: the order a designer wrote a record's keys in changes nothing. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The play data, section by section, each built field by field from the allowlist. */
function playSections(s: Scenario): [string, unknown][] {
  return [
    // Order matters to play: codes number items, options, counterparts by place, and events are checked in file order.
    ['order', { id: s.id, sides: s.sides.map((x) => x.id), items: s.items.map((i) => i.id), events: s.events.map((e) => e.id), personalities: s.personalities.map((p) => p.id) }],
    ['rules', { rounds: s.deadline.rounds, partialStatement: s.rules.partialStatement, opener: s.rules.opener ?? s.sides[0].id }],
    ...s.sides.map((side): [string, unknown] => [
      `side:${side.id}`,
      {
        priorities: side.priorities,
        walkAway: side.walkAway.kind === 'reservation' ? { kind: side.walkAway.kind, value: side.walkAway.value } : { kind: side.walkAway.kind, options: side.walkAway.options },
        redLines: side.redLines.map((l) => ({ item: l.item, options: l.options })),
      },
    ]),
    ...s.items.map((item): [string, unknown] => [`item:${item.id}`, item.options.map((o) => ({ id: o.id, values: o.values, effects: o.effects ?? {} }))]),
    ['parties', s.thirdParties.map((p) => p.id)],
    ...s.events.map((e): [string, unknown] => [`event:${e.id}`, { probability: e.probability, trigger: e.trigger, once: e.once, effects: e.effects }]),
    ...s.personalities.map((p): [string, unknown] => [`personality:${p.id}`, { strategy: p.strategy, difficulty: p.difficulty ?? null, concession: p.concession ?? null }]),
  ];
}

export function playIdentity(s: Scenario): PlayIdentity {
  const parts = playSections(s).map(([key, value]) => [key, stableJson(value)] as const);
  return {
    hash: hashText(JSON.stringify(parts)),
    sections: parts.map(([key, json]) => ({ key, digest: hashText(`${key}\u0000${json}`).slice(-4) })),
  };
}

/** The digests as one string (four hex digits each, in section order), as logs and codes carry them. */
export function packDigests(sections: readonly PlaySection[]): string {
  return sections.map((x) => x.digest).join('');
}

/**
 * Which of this scenario's sections a log or code made on another version does not match: the
 * sections it changed or added (by key). `removed` counts the old sections nothing here matches.
 */
export function changedSections(sections: readonly PlaySection[], packed: string): { changed: string[]; removed: number } {
  const old = new Map<string, number>();
  for (const d of packed.match(/[0-9a-f]{4}/g) ?? []) old.set(d, (old.get(d) ?? 0) + 1);
  const changed: string[] = [];
  for (const x of sections) {
    const n = old.get(x.digest) ?? 0;
    if (n > 0) old.set(x.digest, n - 1);
    else changed.push(x.key);
  }
  return { changed, removed: [...old.values()].reduce((a, b) => a + b, 0) };
}
