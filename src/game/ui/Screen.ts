/**
 * The base of every scene: one DOM root (real HTML text and buttons: Tab focus, Enter/Space,
 * screen readers) laid out by CSS, over a Phaser Graphics layer that paints what the DOM asks
 * for: panels (`data-panel`), meters (`data-meter`) and charts (`paintExtra`). The DOM is the
 * layout engine; Phaser draws beneath it at the boxes the DOM reports.
 */
import Phaser from 'phaser';
import { el } from './dom.ts';
import { COLORS } from './theme.ts';

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
  bar: { fill: 0x0f1c30, alpha: 1, stroke: COLORS.panelStroke, radius: 0 },
};

export abstract class Screen<Data = unknown> extends Phaser.Scene {
  protected root!: HTMLDivElement;
  protected g!: Phaser.GameObjects.Graphics;
  private cleanups: (() => void)[] = [];
  private focusKey: string | null = null;

  /** Builds the DOM for the current state into `this.root` (already emptied). */
  protected abstract render(data: Data): void;

  /** Keyboard shortcuts for this screen: key (lower case, or names like 'Escape') → action. */
  protected shortcuts(): Record<string, () => void> {
    return {};
  }

  /** Scene-specific drawing (charts), after panels and meters. */
  protected paintExtra(_g: Phaser.GameObjects.Graphics, _box: (el: Element) => Box): void {}

  /** Scene-specific setup before the first render (subscriptions, local state). */
  protected setup(_data: Data): void {}

  protected data_!: Data;

  create(data: Data): void {
    this.data_ = data ?? ({} as Data);
    this.cleanups = [];
    this.cameras.main.setBackgroundColor(COLORS.bg);
    this.g = this.add.graphics();
    this.root = el('div', { class: `screen screen-${this.sys.settings.key.toLowerCase()}`, 'data-scene': this.sys.settings.key });
    // The root lives in Phaser's DOM container (config `dom.createContainer`), which the Scale
    // Manager keeps over the canvas. It is not a DOMElement game object: those rewrite a 3D CSS
    // transform every frame, and Chromium's software compositor then leaves stale white tiles
    // over scrolling boxes.
    Object.assign(this.root.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'auto' });
    this.game.domContainer.appendChild(this.root);
    this.cleanups.push(() => this.root.remove());
    this.fit();
    const onResize = () => {
      this.fit();
      this.paint();
    };
    this.scale.on('resize', onResize);
    this.cleanups.push(() => this.scale.off('resize', onResize));
    // Painted things inside scrolling boxes follow the scroll.
    this.root.addEventListener('scroll', () => this.paint(), true);
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    document.addEventListener('keydown', onKey);
    this.cleanups.push(() => document.removeEventListener('keydown', onKey));
    this.events.once('shutdown', () => {
      for (const c of this.cleanups.splice(0)) c();
    });
    this.setup(this.data_);
    this.refresh();
  }

  /** Run on shutdown. */
  protected onShutdown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  private fit(): void {
    this.root.style.width = `${this.scale.width}px`;
    this.root.style.height = `${this.scale.height}px`;
  }

  /** Rebuilds the DOM, keeps keyboard focus on the same control, and repaints. */
  protected refresh(): void {
    const active = document.activeElement as HTMLElement | null;
    const key = active && this.root.contains(active) ? (active.dataset.key ?? null) : this.focusKey;
    this.root.replaceChildren();
    this.render(this.data_);
    this.focusKey = null;
    const target = key ? this.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
    const fallback = this.root.querySelector<HTMLElement>('[data-autofocus]');
    (target && !(target as HTMLButtonElement).disabled ? target : fallback)?.focus({ preventScroll: true });
    this.paint();
  }

  /** Focus this control after the next refresh. */
  protected focusNext(key: string): void {
    this.focusKey = key;
  }

  protected box(node: Element): Box {
    const r = node.getBoundingClientRect();
    const base = this.root.getBoundingClientRect();
    const scale = base.width / (this.root.offsetWidth || base.width || 1) || 1;
    return { x: (r.left - base.left) / scale, y: (r.top - base.top) / scale, w: r.width / scale, h: r.height / scale };
  }

  protected paint(): void {
    const g = this.g;
    g.clear();
    for (const node of this.root.querySelectorAll<HTMLElement>('[data-panel]')) {
      const style = PANEL_STYLES[node.dataset.panel ?? 'panel'] ?? PANEL_STYLES.panel;
      const b = this.box(node);
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
    for (const node of this.root.querySelectorAll<HTMLElement>('[data-meter]')) {
      const value = Math.max(0, Math.min(1, Number(node.dataset.meter)));
      const color = Number(node.dataset.meterColor ?? COLORS.accent);
      const b = this.box(node);
      if (b.w <= 0 || b.h <= 0) continue;
      const clip = node.closest('[data-clip]');
      if (clip) {
        const c = this.box(clip);
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
    this.paintExtra(g, (n) => this.box(n));
  }

  /** A modal dialog (native <dialog>: focus trap, Escape closes). Returns a close function. */
  protected dialog(title: string, body: (close: () => void) => (Node | null)[], opts: { testid?: string; wide?: boolean } = {}): () => void {
    const d = el('dialog', { class: `dialog${opts.wide ? ' wide' : ''}`, testid: opts.testid ?? 'dialog', 'aria-labelledby': 'dialog-title' });
    const close = () => {
      if (d.open) d.close();
    };
    d.addEventListener('close', () => d.remove());
    d.append(el('h2', { id: 'dialog-title' }, title), ...body(close).filter((n): n is Node => n !== null));
    this.root.append(d);
    d.showModal();
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return close;
  }

  protected go(key: string, data?: object): void {
    for (const d of this.root.querySelectorAll('dialog')) d.remove();
    this.scene.start(key, data);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (document.querySelector('dialog[open]')) return;
    const t = e.target as HTMLElement | null;
    const typing = t && (t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || (t.tagName === 'INPUT' && !['radio', 'checkbox'].includes((t as HTMLInputElement).type)));
    if (typing && e.key !== 'Escape') return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const fn = this.shortcuts()[key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  }
}
