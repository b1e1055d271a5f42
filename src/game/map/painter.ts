/**
 * Draws a map into a box with Phaser Graphics: the countries, the scenario's reference lines and
 * places, then each entry in its role's pattern — the draft hatched, their offer dashed, what is
 * agreed solid — so no role depends on colour alone. `grow` (0–1) fades an entry in or out.
 */
import type Phaser from 'phaser';
import type { Bounds, Shape } from '../../engine/map/geometry.ts';
import type { LonLat } from '../../engine/map/schema.ts';
import type { Box } from '../ui/Screen.ts';
import type { MapEntry, Role, ScenarioMap } from './entries.ts';
import { dashes, hatch, type Pt, type Segment } from './patterns.ts';
import { projector } from './projection.ts';
import type { Region } from './region.ts';

export const MAP_COLORS = { sea: 0x0f2236, land: 0x1f2d42, home: 0x2a3d5a, border: 0x5f7899, river: 0x4f8fd0, ceasefire: 0xc39bd3, front: 0xe8a93b, place: 0xe8edf5 } as const;

export interface PaintInput {
  box: Box;
  bounds: Bounds;
  region: Region | null;
  /** The country drawn lighter (the one the talks are about). */
  home: string;
  map: Pick<ScenarioMap, 'places' | 'lines'>;
  entries: { entry: MapEntry; grow: number }[];
  /** The colour of each role (the player's side, the other side's, agreed). */
  colors: Record<Role, number>;
}

export function paintMap(g: Phaser.GameObjects.Graphics, input: PaintInput): void {
  const { box, bounds } = input;
  const at = projector(bounds, box);
  const pts = (ring: LonLat[]) => ring.map(at);
  g.fillStyle(MAP_COLORS.sea, 1);
  g.fillRect(box.x, box.y, box.w, box.h);
  for (const c of input.region?.countries ?? []) {
    for (const ring of c.rings) {
      const p = pts(ring);
      g.fillStyle(c.name === input.home ? MAP_COLORS.home : MAP_COLORS.land, 1);
      g.fillPoints(p as Phaser.Math.Vector2[], true);
      g.lineStyle(1, MAP_COLORS.border, 1);
      g.strokePoints(p as Phaser.Math.Vector2[], true);
    }
  }
  for (const line of input.map.lines) {
    const p = pts(line.path);
    if (line.kind === 'river') stroke(g, [p], 2, MAP_COLORS.river);
    else if (line.kind === 'ceasefire') segments(g, dashes(p, 7, 4), 2, MAP_COLORS.ceasefire);
    else if (line.kind === 'front') segments(g, dashes(p, 2, 3), 1.5, MAP_COLORS.front);
    else stroke(g, [p], 1, MAP_COLORS.border);
  }
  for (const { entry, grow } of input.entries) if (grow > 0) paintEntry(g, entry.shape, entry.role, input.colors[entry.role], grow, at);
  for (const place of input.map.places) paintPlace(g, place.kind, at(place.at));
}

function stroke(g: Phaser.GameObjects.Graphics, lines: Pt[][], width: number, color: number, alpha = 1): void {
  g.lineStyle(width, color, alpha);
  for (const l of lines) g.strokePoints(l as Phaser.Math.Vector2[], false);
}

function segments(g: Phaser.GameObjects.Graphics, segs: Segment[], width: number, color: number, alpha = 1): void {
  g.lineStyle(width, color, alpha);
  for (const [a, b] of segs) g.lineBetween(a.x, a.y, b.x, b.y);
}

/** An area, a path or a point in its role's pattern; `grow` scales its opacity (and a point's size). */
function paintEntry(g: Phaser.GameObjects.Graphics, shape: Shape, role: Role, color: number, grow: number, at: (p: LonLat) => Pt): void {
  if (shape.kind === 'area') {
    // The fringe (where reports disagree) first, fainter, then the area itself.
    if (shape.fringe) area(g, shape.fringe.map(at), role, color, grow * 0.5);
    area(g, shape.ring.map(at), role, color, grow);
  } else if (shape.kind === 'path') {
    const p = shape.points.map(at);
    if (role === 'agreed') stroke(g, [p], 4, color, grow);
    else if (role === 'offer') segments(g, dashes(p, 9, 5), 3.5, color, grow);
    else segments(g, dashes(p, 2.5, 3.5), 4, color, grow);
  } else {
    const { x, y } = at(shape.at);
    const r = 7 * (0.6 + 0.4 * grow);
    g.lineStyle(2.5, color, grow);
    if (role === 'agreed') {
      g.fillStyle(color, grow);
      g.fillRect(x - r, y - r, 2 * r, 2 * r);
    } else if (role === 'offer') g.strokePoints([pt(x, y - r - 2), pt(x + r + 2, y), pt(x, y + r + 2), pt(x - r - 2, y)] as Phaser.Math.Vector2[], true);
    else {
      g.strokeCircle(x, y, r);
      g.lineBetween(x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7);
      g.lineBetween(x - r * 0.7, y + r * 0.7, x + r * 0.7, y - r * 0.7);
    }
  }
}

const pt = (x: number, y: number): Pt => ({ x, y });

function area(g: Phaser.GameObjects.Graphics, p: Pt[], role: Role, color: number, alpha: number): void {
  if (role === 'agreed') {
    g.fillStyle(color, 0.5 * alpha);
    g.fillPoints(p as Phaser.Math.Vector2[], true);
    g.lineStyle(2, color, alpha);
    g.strokePoints(p as Phaser.Math.Vector2[], true);
  } else if (role === 'offer') {
    g.fillStyle(color, 0.14 * alpha);
    g.fillPoints(p as Phaser.Math.Vector2[], true);
    segments(g, dashes(p, 8, 5, true), 2.5, color, alpha);
  } else {
    segments(g, hatch(p, 6), 2, color, alpha);
    segments(g, dashes(p, 3, 3, true), 2, color, alpha);
  }
}

function paintPlace(g: Phaser.GameObjects.Graphics, kind: string, { x, y }: Pt): void {
  g.fillStyle(MAP_COLORS.place, 1);
  g.lineStyle(1.5, MAP_COLORS.sea, 1);
  if (kind === 'capital') {
    g.fillCircle(x, y, 4.5);
    g.strokeCircle(x, y, 4.5);
  } else if (kind === 'town') {
    g.fillCircle(x, y, 3);
  } else if (kind === 'crossing') {
    g.fillRect(x - 4, y - 1.5, 8, 3);
  } else if (kind === 'base') {
    g.fillTriangle(x, y - 5, x + 4.5, y + 3.5, x - 4.5, y + 3.5);
  }
}
