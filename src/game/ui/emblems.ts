/**
 * Third parties as emblems drawn for Summit, ringed by their reaction (the word beside the emblem
 * says it too, so colour is never the only signal). The scenario gives a party its emblem
 * (thirdParties[].emblem: a shape and colours, as for a side's, ./emblem.ts), drawn in a round
 * badge; a party without one gets an abstract shape with its initials, whose shape and colour follow
 * from its id, so every scenario has emblems without extra data. The caller names the picture.
 */
import type { ThirdPartyView } from '../../engine/index.ts';
import { emblemParts, type Emblem } from './emblem.ts';
import { svg, svgText } from './svg.ts';
import { COLORS, CSS_COLOR } from './theme.ts';

type Shape = 'circle' | 'shield' | 'hexagon' | 'diamond' | 'square';
const SHAPES: readonly Shape[] = ['shield', 'hexagon', 'circle', 'diamond', 'square'];
/** Muted fills from the game's palette family: distinct from one another, white initials stay legible on each. */
const FILLS = ['#3d5f8f', '#7a4b6e', '#3f7a6a', '#8a6a2e', '#5b5398', '#8d4b45', '#44708a'];

const OUTLINES: Record<Shape, () => SVGElement> = {
  circle: () => svg('circle', { cx: 20, cy: 20, r: 15 }),
  shield: () => svg('path', { d: 'M8 7 L32 7 L32 20 Q32 31 20 35 Q8 31 8 20 Z' }),
  hexagon: () => svg('path', { d: 'M20 4.5 L33.5 12.2 L33.5 27.8 L20 35.5 L6.5 27.8 L6.5 12.2 Z' }),
  diamond: () => svg('path', { d: 'M20 3.5 L36.5 20 L20 36.5 L3.5 20 Z' }),
  square: () => svg('rect', { x: 6.5, y: 6.5, width: 27, height: 27, rx: 6 }),
};

const REACTION_RING: Record<ThirdPartyView['reaction'], number> = { pleased: COLORS.good, uneasy: COLORS.warn, angry: COLORS.bad };

/** A small stable number from a text (the same id gives the same emblem on every device). */
function hash(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/**
 * "UN Special Envoy" → UN; "Syrian opposition" → SO; one word: its first letter and the next two
 * consonants ("Israel" → ISR, "Iran" → IRN), since its first two letters can spell something else
 * ("IS" reads as the Islamic State).
 */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const acronym = words.find((w) => w.length >= 2 && w.length <= 4 && w === w.toUpperCase() && /\p{L}/u.test(w));
  if (acronym) return acronym;
  const [first = '', second] = words;
  if (second) return ([...first][0] + [...second][0]).toUpperCase();
  const [head = '', ...rest] = [...first];
  const consonants = rest.filter((ch) => /\p{L}/u.test(ch) && !/[aeiouyàâäéèêëîïôöùûü]/iu.test(ch));
  return (head + consonants.slice(0, 2).join('')).toUpperCase();
}

export interface EmblemSpec {
  shape: Shape;
  fill: string;
  initials: string;
}

export function emblemSpec(p: Pick<ThirdPartyView, 'id' | 'name'>): EmblemSpec {
  const h = hash(p.id);
  return { shape: SHAPES[h % SHAPES.length], fill: FILLS[Math.floor(h / SHAPES.length) % FILLS.length], initials: initialsOf(p.name) };
}

/** The emblem as an <svg> (aria-hidden: the caller's label names it), its ring in the reaction's colour: the scenario's emblem if it gives one, else the initials. */
export function emblemArt(p: Pick<ThirdPartyView, 'id' | 'name' | 'reaction'>, given?: Emblem): SVGElement {
  const ring = CSS_COLOR(REACTION_RING[p.reaction]);
  const attrs = { viewBox: '0 0 40 40', class: `emblem ${p.reaction}`, 'aria-hidden': 'true', focusable: 'false' };
  if (given) {
    // The scenario's shape in a 40×40 box, cut to a round badge, then the ring on its edge.
    const clip = `party-emblem-${p.id}`;
    const parts = emblemParts(given, 40, 40).map((part) =>
      part.kind === 'rect'
        ? svg('rect', { x: part.x, y: part.y, width: part.w, height: part.h, fill: part.color })
        : svg('polygon', { points: part.points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' '), fill: part.color }),
    );
    return svg(
      'svg',
      attrs,
      svg('defs', {}, svg('clipPath', { id: clip }, svg('circle', { cx: 20, cy: 20, r: 16 }))),
      svg('g', { 'clip-path': `url(#${clip})` }, ...parts),
      svg('circle', { cx: 20, cy: 20, r: 16, fill: 'none', stroke: ring, 'stroke-width': 2.6 }),
    );
  }
  const spec = emblemSpec(p);
  const fill = OUTLINES[spec.shape]();
  fill.setAttribute('fill', spec.fill);
  fill.setAttribute('stroke', ring);
  fill.setAttribute('stroke-width', '2.6');
  const size = spec.initials.length > 2 ? 10.5 : 12.5;
  return svg(
    'svg',
    attrs,
    fill,
    svgText(spec.initials, { x: 20, y: 20, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': size, 'font-weight': 700, fill: '#f4f6fa', 'font-family': 'system-ui, sans-serif' }),
  );
}
