/**
 * The debrief's maps (the Debrief scene's hook): the player's deal and what really happened,
 * side by side at the same scale, each with its list in words.
 */
import type Phaser from 'phaser';
import type { DebriefView } from '../../engine/index.ts';
import { shapePoints } from '../../engine/map/geometry.ts';
import * as session from '../session.ts';
import { el } from '../ui/dom.ts';
import type { Box } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { dealEntries, hasMap, type MapEntry, type Role } from './entries.ts';
import { declutter, mapCredit, mapFrame, mapList } from './panel.ts';
import { fitBounds } from './projection.ts';
import { loadRegion } from './region.ts';
import { HOME } from './table-map.ts';
import { MapView } from './view.ts';

const REAL_COLOR = 0xc39bd3;

export class DebriefMap {
  private readonly views: { mine: MapView; real: MapView } | null = null;

  constructor(scene: Phaser.Scene, refresh: () => void) {
    const s = session.scenario().scenario;
    if (!hasMap(s) || !s.map) return;
    const setup = (agreed: number) => ({ bounds: s.map!.bounds, home: HOME, map: s.map!, colors: { draft: agreed, offer: agreed, agreed } as Record<Role, number> });
    this.views = { mine: new MapView(scene, setup(0x5cbf6a)), real: new MapView(scene, setup(REAL_COLOR)) };
    let alive = true;
    scene.events.once('shutdown', () => {
      alive = false;
    });
    loadRegion(() => alive && refresh());
  }

  section(d: DebriefView, hideReal: boolean): HTMLElement | null {
    const s = session.scenario().scenario;
    if (!this.views || !s.map) return null;
    const mineDeal = d.items.flatMap((it) => {
      const option = s.items.find((i) => i.id === it.id)?.options.find((o) => o.label === it.mine);
      return option ? [{ item: it.id, option: option.id }] : [];
    });
    const realDeal = s.items.map((it) => ({ item: it.id, option: s.debrief.items[it.id]?.realOption ?? '' }));
    const mine = dealEntries(s, mineDeal);
    const real = hideReal ? [] : dealEntries(s, realDeal);
    const bounds = fitBounds(
      s.map.bounds,
      [...mine, ...real].flatMap((e) => shapePoints(e.shape)),
    );
    this.views.mine.show(mine, bounds);
    this.views.real.show(real, bounds);
    const figure = (name: 'mine' | 'real', caption: string, entries: MapEntry[], color: number, empty: string) =>
      el(
        'figure',
        { testid: `debrief-map-${name}` },
        el('figcaption', null, caption),
        mapFrame(name, s.map!.bounds, bounds, s.map!, entries),
        mapList(`debrief-map-list-${name}`, entries, { lines: [] }, { draft: color, offer: color, agreed: color }, empty, false),
      );
    return el(
      'section',
      { class: 'debrief-maps', testid: 'debrief-maps' },
      el('h2', null, t.mapDebriefTitle),
      el(
        'div',
        { class: 'map-pair' },
        figure('mine', t.mapYourDeal, mine, 0x5cbf6a, mineDeal.length ? t.mapRealNothing : t.mapNoDeal),
        hideReal ? null : figure('real', d.realLabel ?? t.realDeal, real, REAL_COLOR, t.mapRealNothing),
      ),
      mapCredit(),
    );
  }

  paint(root: HTMLElement, box: (n: Element) => Box): void {
    if (!this.views) return;
    for (const name of ['mine', 'real'] as const) {
      const frame = root.querySelector(`[data-map="${name}"]`);
      const none = { x: 0, y: 0, w: 0, h: 0 };
      if (frame) declutter(frame);
      this.views[name].paint(frame ? box(frame) : none, frame ? box(frame.closest('[data-clip], .scroll') ?? root) : none);
    }
  }
}
