/**
 * The table's map (the Table scene's hook): the panel below the cards — on phones a tab beside
 * them — showing the player's draft, the counterpart's offer and what is agreed, with its legend
 * and its list in words. Choosing an option updates it in place and animates the change.
 */
import type Phaser from 'phaser';
import type { PlayerView } from '../../engine/index.ts';
import { shapePoints } from '../../engine/map/geometry.ts';
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import type { Box } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { COLORS, SIDE_COLORS } from '../ui/theme.ts';
import { hasMap, tableEntries, type Role } from './entries.ts';
import { declutter, mapCredit, mapFrame, mapLegend, mapList } from './panel.ts';
import { fitBounds } from './projection.ts';
import { loadRegion } from './region.ts';
import { MapView, type MapSetup } from './view.ts';

/** The country the talks are about, drawn lighter than its neighbours. */
export const HOME = 'Syria';

export function roleColors(side: 0 | 1): Record<Role, number> {
  return { draft: SIDE_COLORS[side], offer: SIDE_COLORS[side === 0 ? 1 : 0], agreed: COLORS.good };
}

export class TableMap {
  /** On phones: the cards or the map. */
  tab: 'cards' | 'map' = 'cards';
  private readonly view: MapView | null = null;
  private readonly setup: MapSetup | null = null;

  /** Redraws the table (the map enlarged, or its data arrived). */
  private readonly refresh: () => void;

  constructor(scene: Phaser.Scene, side: 0 | 1, refresh: () => void) {
    this.refresh = refresh;
    const s = session.scenario().scenario;
    if (!hasMap(s) || !s.map) return;
    this.setup = { bounds: s.map.bounds, home: HOME, map: s.map, colors: roleColors(side) };
    this.view = new MapView(scene, this.setup);
    let alive = true;
    scene.events.once('shutdown', () => {
      alive = false;
    });
    loadRegion(() => alive && refresh());
  }

  /** The phone's tab row (hidden by CSS on wider screens, where both show). */
  tabs(refresh: () => void): HTMLElement | null {
    if (!this.view) return null;
    const tab = (id: 'cards' | 'map', label: string) =>
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: `tab${this.tab === id ? ' active' : ''}`,
          'aria-selected': this.tab === id ? 'true' : 'false',
          key: `main-tab-${id}`,
          testid: `tab-${id}`,
          on: {
            click: () => {
              this.tab = id;
              refresh();
            },
          },
        },
        label,
      );
    return el('div', { class: 'map-tabs tab-row', role: 'tablist', 'aria-label': t.mapTabsLabel }, tab('cards', t.mapTabCards), tab('map', t.mapTabMap));
  }

  /** The map panel for this state of the table (null: the scenario has no map). */
  panel(v: PlayerView, draft: Readonly<Record<string, string>>): HTMLElement | null {
    if (!this.view || !this.setup) return null;
    const entries = tableEntries(session.scenario().scenario, v, draft);
    const { map, colors } = this.setup;
    const bounds = fitBounds(
      this.setup.bounds,
      entries.flatMap((e) => shapePoints(e.shape)),
    );
    this.view.show(entries, bounds);
    return el(
      'section',
      { class: 'map-panel', testid: 'map-panel', 'aria-label': t.mapTabMap },
      mapFrame('table', this.setup.bounds, bounds, map, entries),
      el(
        'div',
        { class: 'map-side' },
        mapLegend(colors),
        mapList('map-list', entries, map, colors, t.mapNothing),
        el(
          'div',
          { class: 'map-foot' },
          mapCredit(),
          // On wider screens the map sits small below the cards: this shows it in their place (phones have the tabs).
          button(this.tab === 'map' ? t.mapShowCards : t.mapEnlarge, () => this.toggle(), { variant: 'small ghost map-enlarge', key: 'map-enlarge', testid: 'map-enlarge' }),
        ),
      ),
    );
  }

  private toggle(): void {
    this.tab = this.tab === 'map' ? 'cards' : 'map';
    this.refresh();
  }

  /** After a choice changed only the draft: the list and the frame's record in place, the picture animated. */
  update(root: HTMLElement, v: PlayerView, draft: Readonly<Record<string, string>>): void {
    const panel = root.querySelector('[data-testid="map-panel"]');
    const fresh = this.panel(v, draft);
    if (!panel || !fresh) return;
    panel.replaceWith(fresh);
    // The new place names are laid out in the next frame: thin them out then (no repaint follows a choice).
    requestAnimationFrame(() => fresh.querySelectorAll('.map-frame').forEach(declutter));
  }

  /** Paints the map where the DOM put its frame, clipped to the scrolling column around it. */
  paint(root: HTMLElement, box: (n: Element) => Box): void {
    const frame = root.querySelector('[data-map="table"]');
    if (!this.view) return;
    if (!frame) {
      this.view.paint({ x: 0, y: 0, w: 0, h: 0 }, { x: 0, y: 0, w: 0, h: 0 });
      return;
    }
    declutter(frame);
    this.view.paint(box(frame), box(frame.closest('[data-clip]') ?? root));
  }

  get moving(): boolean {
    return this.view?.moving ?? false;
  }
}
