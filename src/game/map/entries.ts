/**
 * What the map shows: each layer of each option in play, with its role — the player's draft,
 * the counterpart's offer, what is agreed (the table), or the player's deal and the real one
 * (the debrief). Pure: reads the scenario and the player's view, never the hidden state.
 */
import type { PlayerView, Scenario } from '../../engine/index.ts';
import { compileLayer, type LayerSpec, type Shape } from '../../engine/map/geometry.ts';

export type Role = 'draft' | 'offer' | 'agreed';
/** A scenario's map with its texts resolved. */
export type ScenarioMap = NonNullable<Scenario['map']>;

export interface MapEntry {
  /** Stable across refreshes: the animation knows an entry it has already drawn. */
  key: string;
  role: Role;
  item: string;
  itemTitle: string;
  optionLabel: string;
  label: string;
  shape: Shape;
}

/** True when some option of the scenario has map layers (and the scenario has a map to draw them on). */
export function hasMap(s: Scenario): boolean {
  return !!s.map && s.items.some((it) => it.options.some((o) => (o.map?.length ?? 0) > 0));
}

function entriesOf(s: Scenario, role: Role, picks: { item: string; option: string }[]): MapEntry[] {
  const map = s.map;
  if (!map) return [];
  const out: MapEntry[] = [];
  for (const { item, option } of picks) {
    const it = s.items.find((i) => i.id === item);
    const o = it?.options.find((x) => x.id === option);
    if (!it || !o) continue;
    (o.map ?? []).forEach((layer, n) => {
      const c = compileLayer(layer as LayerSpec, map.lines, map.places);
      if (c.ok) out.push({ key: `${role}:${item}:${option}:${n}`, role, item, itemTitle: it.title, optionLabel: o.label, label: layer.label, shape: c.shape });
    });
  }
  return out;
}

/** The table's map: agreed items, then their offer, then the draft (drawn in that order, the draft on top). */
export function tableEntries(s: Scenario, v: PlayerView, draft: Readonly<Record<string, string>>): MapEntry[] {
  const agreed: { item: string; option: string }[] = [];
  const offer: { item: string; option: string }[] = [];
  const mine: { item: string; option: string }[] = [];
  for (const it of v.items) {
    if (it.status === 'tentative' && it.agreedOption) {
      agreed.push({ item: it.id, option: it.agreedOption });
      continue;
    }
    const theirs = v.table?.by === 'them' ? v.table.options[it.id] : undefined;
    if (theirs) offer.push({ item: it.id, option: theirs });
    if (draft[it.id]) mine.push({ item: it.id, option: draft[it.id] });
  }
  return [...entriesOf(s, 'agreed', agreed), ...entriesOf(s, 'offer', offer), ...entriesOf(s, 'draft', mine)];
}

/** A deal (item → option) on the debrief's map, drawn as agreed. */
export function dealEntries(s: Scenario, deal: { item: string; option: string }[]): MapEntry[] {
  return entriesOf(s, 'agreed', deal);
}
