/**
 * A seat's view in two parts, so a move costs a few kilobytes on the wire rather than the whole
 * brief again: `fixed` (the texts of the student's own side, the other side's public face and the
 * agenda's words, which do not change during a game) is sent when a client (re)connects; the
 * `live` rest after every move. mergeView(splitView(v)) gives v back exactly.
 */
import type { PlayerView } from '../engine/index.ts';

export interface FixedView {
  thirdParties: { id: string; name: string; wants: string }[];
  me: PlayerView['me'];
  them: PlayerView['them'];
  deadlineText: string;
  items: { id: string; title: string; description: string; options: { id: string; label: string; description: string }[] }[];
}

type LiveParty = Omit<PlayerView['thirdParties'][number], 'name' | 'wants'>;
type LiveItem = Omit<PlayerView['items'][number], 'title' | 'description' | 'options'> & { options: Omit<PlayerView['items'][number]['options'][number], 'label' | 'description'>[] };
export type LiveView = Omit<PlayerView, 'me' | 'them' | 'deadlineText' | 'items' | 'thirdParties'> & { items: LiveItem[]; thirdParties: LiveParty[] };

export function splitView(v: PlayerView): { fixed: FixedView; live: LiveView } {
  const { me, them, deadlineText, items, thirdParties, ...rest } = v;
  return {
    fixed: {
      thirdParties: thirdParties.map((p) => ({ id: p.id, name: p.name, wants: p.wants })),
      me,
      them,
      deadlineText,
      items: items.map((i) => ({ id: i.id, title: i.title, description: i.description, options: i.options.map((o) => ({ id: o.id, label: o.label, description: o.description })) })),
    },
    live: {
      ...rest,
      thirdParties: thirdParties.map(({ name: _n, wants: _w, ...p }) => p),
      items: items.map(({ title: _t, description: _d, options, ...i }) => ({ ...i, options: options.map(({ label: _l, description: _od, ...o }) => o) })),
    },
  };
}

export function mergeView(fixed: FixedView, live: LiveView): PlayerView {
  const { items, thirdParties, ...rest } = live;
  return {
    ...rest,
    thirdParties: thirdParties.map((p, k) => ({ ...p, name: fixed.thirdParties[k].name, wants: fixed.thirdParties[k].wants })),
    me: fixed.me,
    them: fixed.them,
    deadlineText: fixed.deadlineText,
    items: items.map((i, k) => {
      const f = fixed.items[k];
      return { ...i, title: f.title, description: f.description, options: i.options.map((o, j) => ({ ...o, label: f.options[j].label, description: f.options[j].description })) };
    }),
  } as PlayerView;
}
