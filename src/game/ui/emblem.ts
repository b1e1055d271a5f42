/**
 * A side's emblem and colour, from the scenario (sides[].emblem, sides[].color): Summit draws its
 * own simple figures — stripes, bands, a canton, a disc, a cross, a star — and never an image, so
 * every scenario's sides get marks of their own, and a side without an emblem gets none.
 * Headless geometry first (a 3:2 box), then two renderers: Phaser (the title) and SVG (the DOM).
 */
import type Phaser from 'phaser';
import { shapeOutline } from '../../charts/shapes.ts';
import type { Side } from '../../engine/index.ts';
import { COLORS } from './theme.ts';

export type Emblem = NonNullable<Side['emblem']>;

/** Colours of sides that name none: blue for the first, red for the second. */
const DEFAULT_SIDE_COLORS = [COLORS.us, COLORS.russia] as const;

const hex = (c: string): number => Number.parseInt(c.slice(1), 16);

/** The side's colour as a number (Phaser, meters), its own or the default for its place. */
export function sideColor(sides: readonly Pick<Side, 'color'>[], index: number): number {
  const c = sides[index]?.color;
  return c ? hex(c) : DEFAULT_SIDE_COLORS[index === 0 ? 0 : 1];
}

/** The side's colour for CSS. */
export function sideCss(sides: readonly Pick<Side, 'color'>[], index: number): string {
  return `#${sideColor(sides, index).toString(16).padStart(6, '0')}`;
}

type Part = { kind: 'rect'; x: number; y: number; w: number; h: number; color: string } | { kind: 'poly'; points: [number, number][]; color: string };

/** The emblem's parts in a W×H box, back to front. */
export function emblemParts(e: Emblem, W = 60, H = 40): Part[] {
  const [first, second = first] = e.colors;
  const rect = (x: number, y: number, w: number, h: number, color: string): Part => ({ kind: 'rect', x, y, w, h, color });
  switch (e.shape) {
    case 'stripes':
      return e.colors.map((c, i) => rect(0, (i * H) / e.colors.length, W, H / e.colors.length, c));
    case 'bands':
      return e.colors.map((c, i) => rect((i * W) / e.colors.length, 0, W / e.colors.length, H, c));
    case 'canton': {
      const rest = e.colors.length > 1 ? e.colors.slice(1) : [first];
      return [...rest.map((c, i) => rect(0, (i * H) / rest.length, W, H / rest.length, c)), rect(0, 0, W * 0.4, H * 0.5, first)];
    }
    case 'cross':
      return [rect(0, 0, W, H, first), rect(W * 0.42, 0, W * 0.16, H, second), rect(0, H * 0.38, W, H * 0.24, second)];
    case 'disc': {
      const points = Array.from({ length: 36 }, (_, i): [number, number] => [W / 2 + H * 0.28 * Math.cos((i * Math.PI) / 18), H / 2 + H * 0.28 * Math.sin((i * Math.PI) / 18)]);
      return [rect(0, 0, W, H, first), { kind: 'poly', points, color: second }];
    }
    case 'star':
      return [rect(0, 0, W, H, first), { kind: 'poly', points: shapeOutline('star', W / 2, H / 2, H * 0.34) ?? [], color: second }];
  }
}

/** Paints the emblem with Phaser at (x, y), `w` wide (3:2), with a thin frame so pale colours show. */
export function paintEmblem(g: Phaser.GameObjects.Graphics, e: Emblem, x: number, y: number, w: number): void {
  const h = (w * 2) / 3;
  const k = w / 60;
  for (const p of emblemParts(e)) {
    g.fillStyle(hex(p.color), 1);
    if (p.kind === 'rect') g.fillRect(x + p.x * k, y + p.y * k, p.w * k, p.h * k);
    else if (p.points.length) g.fillPoints(p.points.map(([px, py]) => ({ x: x + px * k, y: y + py * k })) as Phaser.Math.Vector2[], true); // Phaser reads only x and y
  }
  g.lineStyle(1, COLORS.panelStroke, 1);
  g.strokeRect(x, y, w, h);
}

const SVG = 'http://www.w3.org/2000/svg';

/** The emblem as an SVG element for the DOM (decorative: the side's name is always beside it). */
export function emblemSvg(e: Emblem, width = 36): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 60 40');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String((width * 2) / 3));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'emblem');
  svg.dataset.testid = 'emblem';
  // Beside a heading's text: set through the CSSOM (no stylesheet rule to keep in step with).
  svg.style.verticalAlign = '-0.1em';
  svg.style.marginRight = '0.45em';
  for (const p of emblemParts(e)) {
    const node = document.createElementNS(SVG, p.kind === 'rect' ? 'rect' : 'polygon');
    if (p.kind === 'rect') for (const [k, v] of Object.entries({ x: p.x, y: p.y, width: p.w, height: p.h })) node.setAttribute(k, String(v));
    else node.setAttribute('points', p.points.map(([x, y]) => `${x},${y}`).join(' '));
    node.setAttribute('fill', p.color);
    svg.append(node);
  }
  return svg;
}
