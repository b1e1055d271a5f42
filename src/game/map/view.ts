/**
 * One map on a screen: its own Graphics and its own camera, whose viewport is the part of the map's
 * box that is on screen (so a map in a scrolling column is clipped like the HTML around it). When
 * the entries change, the new ones fade in and the old ones out over a short animation, during
 * which it keeps the game loop awake (render-on-demand); then the loop sleeps again. With reduced
 * motion (the player's setting or the device's, ../ui/motion.ts) changes show at once.
 */
import type Phaser from 'phaser';
import type { Bounds } from '../../engine/map/geometry.ts';
import { motionReduced } from '../ui/motion.ts';
import { moving, requestFrames } from '../ui/render-on-demand.ts';
import type { Box } from '../ui/Screen.ts';
import type { MapEntry, Role, ScenarioMap } from './entries.ts';
import { paintMap } from './painter.ts';
import { region } from './region.ts';

/** A choice's layer fades in or out over this long (short: it follows a click). */
export const ANIMATION_MS = 280;

export interface MapSetup {
  bounds: Bounds;
  home: string;
  map: Pick<ScenarioMap, 'places' | 'lines'>;
  colors: Record<Role, number>;
}

export class MapView {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  /** Every entry drawn or fading: how far in it is (0–1) and where it is going. */
  private drawn = new Map<string, { entry: MapEntry; grow: number; target: 0 | 1 }>();
  private frame = 0;
  private last = 0;
  private painted = false;
  private where: { box: Box; clip: Box } | null = null;
  /** The part of the map in view (it follows what is drawn, see projection.ts fitBounds). */
  private bounds: Bounds;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly setup: MapSetup,
  ) {
    this.bounds = setup.bounds;
    this.g = scene.add.graphics();
    this.camera = scene.cameras.add(0, 0, 1, 1);
    this.camera.setVisible(false);
    scene.cameras.main.ignore(this.g);
    scene.events.once('shutdown', () => {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      moving(this, false);
    });
  }

  /** The entries to show now: new ones fade in, missing ones fade out (at once the first time, or with reduced motion). */
  show(entries: MapEntry[], bounds: Bounds = this.setup.bounds): void {
    this.bounds = bounds;
    const keys = new Set(entries.map((e) => e.key));
    const instant = !this.painted || motionReduced();
    for (const e of entries) {
      const d = this.drawn.get(e.key);
      if (d) {
        d.entry = e;
        d.target = 1;
      } else this.drawn.set(e.key, { entry: e, grow: instant ? 1 : 0, target: 1 });
    }
    for (const [key, d] of this.drawn) if (!keys.has(key)) d.target = 0;
    if (instant) {
      for (const [key, d] of this.drawn) {
        if (d.target === 0) this.drawn.delete(key);
        else d.grow = 1;
      }
    } else if (!this.frame && [...this.drawn.values()].some((d) => d.grow !== d.target)) {
      this.last = performance.now();
      this.frame = requestAnimationFrame((now) => this.step(now));
      moving(this, true);
    }
  }

  /** True while entries are fading in or out (tests wait for it). */
  get moving(): boolean {
    return this.frame !== 0;
  }

  /** Draws into `box`, showing only what lies inside `clip` (the visible part of its scrolling column). */
  paint(box: Box, clip: Box): void {
    this.where = { box, clip };
    this.draw();
  }

  private step(now: number): void {
    const dt = Math.min(100, now - this.last) / ANIMATION_MS;
    this.last = now;
    let still = true;
    for (const [key, d] of this.drawn) {
      d.grow = d.target > d.grow ? Math.min(1, d.grow + dt) : Math.max(0, d.grow - dt);
      if (d.grow === 0 && d.target === 0) this.drawn.delete(key);
      else if (d.grow !== d.target) still = false;
    }
    this.draw();
    this.frame = still ? 0 : requestAnimationFrame((t) => this.step(t));
    if (still) moving(this, false);
  }

  private draw(): void {
    const g = this.g;
    g.clear();
    const w = this.where;
    const x0 = w ? Math.max(w.box.x, w.clip.x) : 0;
    const y0 = w ? Math.max(w.box.y, w.clip.y) : 0;
    const x1 = w ? Math.min(w.box.x + w.box.w, w.clip.x + w.clip.w) : 0;
    const y1 = w ? Math.min(w.box.y + w.box.h, w.clip.y + w.clip.h) : 0;
    if (!w || x1 - x0 < 1 || y1 - y0 < 1) {
      this.camera.setVisible(false);
      return;
    }
    // The map's camera shows only the map's Graphics, inside the visible part of its box.
    for (const child of this.scene.children.list) if (child !== g) this.camera.ignore(child);
    this.camera.setViewport(Math.floor(x0), Math.floor(y0), Math.ceil(x1 - x0), Math.ceil(y1 - y0));
    this.camera.setScroll(Math.floor(x0), Math.floor(y0));
    this.camera.setVisible(true);
    paintMap(g, { ...this.setup, bounds: this.bounds, box: w.box, region: region(), entries: [...this.drawn.values()] });
    this.painted = true;
    requestFrames();
  }
}
