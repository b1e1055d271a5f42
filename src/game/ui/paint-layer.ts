/**
 * What the Phaser layer paints beneath a screen's HTML: panels where the DOM has `data-panel`
 * (in the style it names) and meters where it has `data-meter` (value 0–1, colour, mark).
 * The DOM lays out; this draws at the boxes it reports.
 */
import type Phaser from 'phaser';
import { COLORS } from './theme.ts';

/** A box in a screen root's pixels. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const PANEL_STYLES: Record<string, { fill: number; alpha: number; stroke: number; radius: number; accent?: number }> = {
  panel: { fill: COLORS.panel, alpha: 0.96, stroke: COLORS.panelStroke, radius: 10 },
  card: { fill: COLORS.card, alpha: 1, stroke: COLORS.panelStroke, radius: 10 },
  raised: { fill: COLORS.raised, alpha: 1, stroke: COLORS.accent, radius: 10 },
  us: { fill: COLORS.card, alpha: 1, stroke: COLORS.us, radius: 12, accent: COLORS.us },
  russia: { fill: COLORS.card, alpha: 1, stroke: COLORS.russia, radius: 12, accent: COLORS.russia },
  banner: { fill: 0x3a2a0c, alpha: 1, stroke: COLORS.accent, radius: 8, accent: COLORS.accent },
  paper: { fill: 0xf4efe3, alpha: 1, stroke: COLORS.accent, radius: 6 },
  /** A darker reading pane; scrolling text columns use it instead of a CSS background (see styles.css). */
  inset: { fill: 0x111e33, alpha: 1, stroke: COLORS.panelStroke, radius: 10 },
  bar: { fill: 0x0f1c30, alpha: 1, stroke: COLORS.panelStroke, radius: 0 },
};

/** Where `node` is inside `root`, in the root's own (unscaled) pixels: where Phaser paints. */
export function boxIn(root: HTMLElement, node: Element): Box {
  const r = node.getBoundingClientRect();
  const base = root.getBoundingClientRect();
  const scale = base.width / (root.offsetWidth || base.width || 1) || 1;
  return { x: (r.left - base.left) / scale, y: (r.top - base.top) / scale, w: r.width / scale, h: r.height / scale };
}

/** Paints every panel and meter in `root`, skipping nodes `hidden` says are not laid out yet. */
export function paintPanelsAndMeters(g: Phaser.GameObjects.Graphics, root: HTMLElement, box: (n: Element) => Box, hidden: (n: Element) => boolean): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-panel]')) {
    if (hidden(node)) continue;
    const style = PANEL_STYLES[node.dataset.panel ?? 'panel'] ?? PANEL_STYLES.panel;
    const b = box(node);
    if (b.w <= 0 || b.h <= 0) continue;
    g.fillStyle(style.fill, style.alpha);
    if (style.radius > 0) g.fillRoundedRect(b.x, b.y, b.w, b.h, style.radius);
    else g.fillRect(b.x, b.y, b.w, b.h);
    g.lineStyle(1, style.stroke, 1);
    if (style.radius > 0) g.strokeRoundedRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1, style.radius);
    else g.lineBetween(b.x, b.y + b.h - 0.5, b.x + b.w, b.y + b.h - 0.5);
    if (style.accent !== undefined) {
      g.fillStyle(style.accent, 1);
      g.fillRoundedRect(b.x, b.y, 6, b.h, { tl: style.radius, bl: style.radius, tr: 0, br: 0 });
    }
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-meter]')) {
    if (hidden(node)) continue;
    const value = Math.max(0, Math.min(1, Number(node.dataset.meter)));
    const color = Number(node.dataset.meterColor ?? COLORS.accent);
    const b = box(node);
    if (b.w <= 0 || b.h <= 0) continue;
    const clip = node.closest('[data-clip]');
    if (clip) {
      const c = box(clip);
      if (b.y < c.y - 0.5 || b.y + b.h > c.y + c.h + 0.5) continue;
    }
    const r = Math.min(b.h / 2, 6);
    g.fillStyle(COLORS.track, 1);
    g.fillRoundedRect(b.x, b.y, b.w, b.h, r);
    if (value > 0) {
      g.fillStyle(color, 1);
      g.fillRoundedRect(b.x, b.y, Math.max(b.h, b.w * value), b.h, r);
    }
    const mark = node.dataset.meterMark;
    if (mark !== undefined) {
      const mx = b.x + b.w * Math.max(0, Math.min(1, Number(mark)));
      g.lineStyle(2, COLORS.text, 1);
      g.lineBetween(mx, b.y - 3, mx, b.y + b.h + 3);
    }
    g.lineStyle(1, COLORS.panelStroke, 1);
    g.strokeRoundedRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1, r);
  }
}
