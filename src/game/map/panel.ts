/**
 * The map's HTML: the frame Phaser paints into (with place names as real text over it), the
 * legend (each role's pattern and word), and the list that says in words everything the map
 * shows — the text equivalent a screen reader or keyboard user reads instead of the picture.
 */
import type { Bounds } from '../../engine/map/geometry.ts';
import { el } from '../ui/dom.ts';
import { t } from '../ui/strings/index.ts';
import { CSS_COLOR } from '../ui/theme.ts';
import type { MapEntry, Role, ScenarioMap } from './entries.ts';
import { aspect, fraction } from './projection.ts';
import { region, regionFailed } from './region.ts';
import './map.css';

/** The frame Phaser draws the map in, shaped like the `full` map, showing `bounds`: `name` tells one map from another on a screen (data-map). */
export function mapFrame(name: string, full: Bounds, bounds: Bounds, map: Pick<ScenarioMap, 'places'>, entries: MapEntry[]): HTMLElement {
  const status = region() ? null : el('p', { class: 'map-status muted small' }, regionFailed() ? t.mapFailed : t.mapLoading);
  return el(
    'div',
    {
      class: 'map-frame',
      'data-map': name,
      // What is drawn, for tests and tools: role:item:option:layer, one per entry.
      'data-map-entries': entries.map((e) => e.key).join(' '),
      role: 'img',
      'aria-label': t.mapLabel,
      style: { aspectRatio: String(aspect(full).toFixed(4)) },
    },
    ...map.places.flatMap((p) => {
      const { fx, fy } = fraction(bounds, p.at);
      if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return [];
      return el('span', { class: `map-place ${p.kind}${fx > 0.72 ? ' flip' : ''}`, 'aria-hidden': 'true', style: { left: `${(fx * 100).toFixed(2)}%`, top: `${(fy * 100).toFixed(2)}%` } }, p.name);
    }),
    status,
  );
}

export function mapLegend(colors: Record<Role, number>, roles: Role[] = ['draft', 'offer', 'agreed']): HTMLElement {
  return el(
    'ul',
    { class: 'map-legend', testid: 'map-legend' },
    ...roles.map((r) => el('li', null, el('span', { class: `map-swatch ${r}`, style: { color: CSS_COLOR(colors[r]) }, 'aria-hidden': 'true' }), `${t.mapRole[r]} (${t.mapRolePattern[r]})`)),
  );
}

/** Every entry in words, with its role; then the reference lines always drawn. */
export function mapList(testid: string, entries: MapEntry[], map: Pick<ScenarioMap, 'lines'>, colors: Record<Role, number>, empty: string, withRole = true): HTMLElement {
  return el(
    'ul',
    { class: 'map-list scroll', testid, tabindex: '0', 'aria-label': t.mapListLabel },
    ...(entries.length === 0 ? [el('li', { class: 'muted' }, empty)] : []),
    ...entries.map((e) =>
      el(
        'li',
        { 'data-role': e.role, 'data-item': e.item },
        el('span', { class: `map-swatch ${e.role}`, style: { color: CSS_COLOR(colors[e.role]) }, 'aria-hidden': 'true' }),
        withRole ? el('strong', null, `${t.mapRole[e.role]} · `) : null,
        t.mapEntry(e.itemTitle, e.label),
      ),
    ),
    map.lines.length ? el('li', { class: 'muted small' }, t.mapAlsoShown(map.lines.map((l) => l.name).join('; '))) : null,
  );
}

export function mapCredit(): HTMLElement {
  return el('p', { class: 'map-credit muted small' }, t.mapCredit);
}

const PRIORITY = ['capital', 'crossing', 'base', 'town', 'region'];

/**
 * Hides place names that would overlap one already shown (capitals first, names of regions last),
 * and any that would stick out of the frame. Run where the layout is read anyway (the paint).
 */
export function declutter(frame: Element): void {
  const labels = [...frame.querySelectorAll<HTMLElement>('.map-place')];
  for (const l of labels) l.style.visibility = '';
  const rank = (l: HTMLElement) => PRIORITY.findIndex((k) => l.classList.contains(k));
  const outer = frame.getBoundingClientRect();
  const kept: DOMRect[] = [];
  for (const l of labels.sort((a, b) => rank(a) - rank(b))) {
    const r = l.getBoundingClientRect();
    const off = r.left < outer.left || r.right > outer.right || r.top < outer.top || r.bottom > outer.bottom;
    if (off || kept.some((k) => r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top)) l.style.visibility = 'hidden';
    else kept.push(r);
  }
}
