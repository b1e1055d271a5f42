/**
 * The base of every scene: one DOM root (real HTML text and buttons: Tab focus, Enter/Space,
 * screen readers) laid out by CSS, over a Phaser Graphics layer that paints what the DOM asks
 * for: panels (`data-panel`), meters (`data-meter`) and charts (`paintExtra`). The DOM is the
 * layout engine; Phaser draws beneath it at the boxes the DOM reports.
 */
import Phaser from 'phaser';
import { el } from './dom.ts';
import { focusControl, morphChildren } from './morph.ts';
import { isDismissed, takeNotice } from './notice.ts';
import { openDialog } from './dialog.ts';
import { boxIn, paintPanelsAndMeters, type Box } from './paint-layer.ts';
import { runShortcut } from './shortcut-keys.ts';
import { COLORS } from './theme.ts';
import { enableRenderOnDemand, requestFrames } from './render-on-demand.ts';

export type { Box } from './paint-layer.ts';

export abstract class Screen<Data = unknown> extends Phaser.Scene {
  protected root!: HTMLDivElement;
  protected g!: Phaser.GameObjects.Graphics;
  private cleanups: (() => void)[] = [];
  private focusKey: string | null = null;
  /** True until the scene's first render (the only one that is staged, see `refresh`). */
  private firstRender = true;
  /** Parts marked with a `data-stage` above this number are not shown yet (Infinity: all shown). */
  private stageLevel = Infinity;
  /** The pending reveal's animation frame, and the control to focus once it is shown. */
  private stageFrame = 0;
  private stageFocus: string | null = null;
  /** Staged parts not even built yet: an empty slot now, the real thing in its frame (`later`). */
  private lazy: { slot: HTMLElement; build: () => HTMLElement }[] = [];

  /**
   * Screens that re-render after every move (the table) update the live DOM in place instead of
   * replacing it: only the nodes that changed are restyled and laid out again, which keeps the
   * task after a move short. Their listeners must come from el()'s `on` (see adoptListeners).
   */
  protected updatesInPlace = false;

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
    this.firstRender = true;
    this.notice = null;
    this.departing = false;
    this.stageLevel = Infinity;
    this.cameras.main.setBackgroundColor(COLORS.bg);
    this.g = this.add.graphics();
    // `data-scene` is set once the screen is laid out and painted (after the first `refresh`).
    this.root = el('div', { class: `screen screen-${this.sys.settings.key.toLowerCase()}` });
    // The root lives in Phaser's DOM container (config `dom.createContainer`), which the Scale
    // Manager keeps over the canvas. It is not a DOMElement game object: those rewrite a 3D CSS
    // transform every frame.
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
    const onKey = (e: KeyboardEvent) => runShortcut(e, this.shortcuts());
    document.addEventListener('keydown', onKey);
    this.cleanups.push(() => document.removeEventListener('keydown', onKey));
    // A click or tap shows every staged part at once, before the click lands.
    this.root.addEventListener('pointerdown', () => this.revealStages(), true);
    this.cleanups.push(() => {
      cancelAnimationFrame(this.stageFrame);
      this.stageLevel = Infinity;
      clearTimeout(this.firstRefresh);
      this.firstRefresh = 0;
      cancelAnimationFrame(this.paintFrame);
      this.paintFrame = 0;
    });
    this.events.once('shutdown', () => {
      for (const c of this.cleanups.splice(0)) c();
    });
    this.setup(this.data_);
    enableRenderOnDemand();
    // Phaser starts a scene inside its animation frame, after shutting the last one down and
    // before drawing. Building the new screen's HTML in a task of its own keeps that frame short;
    // the layout then falls in the next frame, with the staged parts after it (see `refresh`).
    this.firstRefresh = window.setTimeout(() => this.refresh(), 0);
  }

  /** Set by depart(): the scene is on its way out and renders nothing more. */
  private departing = false;

  /** The notice shown on this screen, if any (ui/notice.ts). */
  private notice: HTMLElement | null = null;

  /** The pending first render (0 once done). */
  private firstRefresh = 0;

  /** Called once the screen's first render is laid out, focused and painted. */
  protected rendered(): void {}

  /** Run on shutdown. */
  protected onShutdown(fn: () => void): void {
    this.cleanups.push(fn);
  }

  private fit(): void {
    this.root.style.width = `${this.scale.width}px`;
    this.root.style.height = `${this.scale.height}px`;
  }

  /**
   * Rebuilds the DOM, keeps keyboard focus on the same control, and repaints.
   *
   * A scene's first render is staged: parts marked `data-stage="1"`, `"2"`, … are laid out and
   * shown one animation frame after another instead of all in the frame that opens the screen.
   * The first layout of a screen is the expensive one (new text to shape, cold caches); staging
   * keeps each frame's share of it short, so no main-thread task grows long. A refresh while
   * parts are still hidden keeps them hidden for their turn. A part that input needs at once is
   * shown at once (`revealStages`: pointer presses, and scenes that move focus into a part).
   */
  protected refresh(): void {
    // On the way to another screen (depart), a pending render would only waste a frame, or take a
    // notice meant for the next screen.
    if (this.departing) return;
    const first = this.firstRender;
    clearTimeout(this.firstRefresh);
    this.firstRefresh = 0;
    const active = document.activeElement as HTMLElement | null;
    const key = active && this.root.contains(active) ? (active.dataset.key ?? null) : (this.focusKey ?? (this.stageLevel !== Infinity ? this.stageFocus : null));
    if (this.firstRender) this.stageLevel = 0;
    this.firstRender = false;
    if (!first && this.updatesInPlace && this.stageLevel === Infinity) this.renderInPlace();
    else {
      this.root.replaceChildren();
      this.lazy = [];
      this.render(this.data_);
    }
    // A notice for this screen ("your game was resumed") stays through refreshes until dismissed.
    if (first) this.notice = takeNotice();
    if (this.notice && !isDismissed(this.notice)) this.root.append(this.notice);
    this.focusKey = null;
    const level = this.stageLevel;
    const staged = level === Infinity ? [] : [...this.root.querySelectorAll<HTMLElement>('[data-stage]')].filter((n) => Number(n.dataset.stage) > level);
    for (const n of staged) n.classList.add('staged');
    if (staged.length === 0) this.endStaging();
    else this.stageFocus = key;
    if (first) {
      // Focusing and painting need the layout: leave both to the next frame, which lays the new
      // HTML out anyway, rather than force that layout here in the task that built it.
      this.stageFrame = requestAnimationFrame(() => {
        this.stageFrame = 0;
        focusControl(this.root, key);
        this.paint();
        if (this.stageLevel !== Infinity) this.stageFrame = requestAnimationFrame(() => this.revealNext());
        // The screen is laid out, focused and painted: it is ready for the player (and for tests).
        this.root.dataset.scene = this.sys.settings.key;
        this.rendered();
      });
      return;
    }
    if (staged.length > 0 && !this.stageFrame) this.stageFrame = requestAnimationFrame(() => this.revealNext());
    // Likewise after a move: this task ran the rules and rebuilt the HTML; the next frame lays it
    // out, and focus and paint go with that layout instead of forcing it here.
    this.paintFocus = key;
    if (!this.paintFrame)
      this.paintFrame = requestAnimationFrame(() => {
        this.paintFrame = 0;
        if (!this.root.contains(document.activeElement)) focusControl(this.root, this.paintFocus);
        this.paint();
      });
  }

  /** Renders into a detached copy of the root, then morphs the live root to match it. */
  private renderInPlace(): void {
    const live = this.root;
    const next = live.cloneNode(false) as HTMLDivElement;
    this.root = next;
    try {
      this.lazy = [];
      this.render(this.data_);
    } finally {
      this.root = live;
    }
    morphChildren(live, next);
  }

  /** The pending after-refresh frame, and the control it gives focus back to. */
  private paintFrame = 0;
  private paintFocus: string | null = null;

  private endStaging(): void {
    if (this.stageLevel === Infinity) return;
    cancelAnimationFrame(this.stageFrame);
    this.stageFrame = 0;
    this.stageLevel = Infinity;
  }

  /**
   * A part of the screen built only when its stage comes (on the first render; at once on later
   * ones): until then an empty slot with `slotAttrs` (say, the class that places it in a grid).
   */
  protected later(stage: number, build: () => HTMLElement, slotAttrs: { class?: string; [attr: string]: unknown } = {}): HTMLElement {
    if (this.stageLevel === Infinity || stage <= this.stageLevel) return build();
    const slot = el('div', { ...slotAttrs, 'data-stage': String(stage), 'aria-hidden': 'true' });
    slot.classList.add('staged');
    this.lazy.push({ slot, build });
    return slot;
  }

  /** Shows a staged part: builds it if it was left for later, else lets it be laid out. */
  private show(n: HTMLElement): void {
    const lazy = this.lazy.find((l) => l.slot === n);
    if (lazy) n.replaceWith(lazy.build());
    else n.classList.remove('staged');
  }

  /** Shows the next staged part (one per animation frame). */
  private revealNext(): void {
    this.stageFrame = 0;
    const hidden = [...this.root.querySelectorAll<HTMLElement>('.staged')];
    const next = Math.min(...hidden.map((n) => Number(n.dataset.stage)));
    for (const n of hidden) if (Number(n.dataset.stage) === next) this.show(n);
    // (A part built just now may hold later parts of its own.)
    if (this.root.querySelector('.staged')) {
      this.stageLevel = next;
      this.stageFrame = requestAnimationFrame(() => this.revealNext());
    } else this.endStaging();
    if (!this.root.contains(document.activeElement)) focusControl(this.root, this.stageFocus);
    this.paint();
  }

  /** Shows staged parts up to this stage now (all of them by default), leaving later ones for their frames. */
  protected revealStages(upTo = Infinity): void {
    if (this.stageLevel === Infinity || upTo <= this.stageLevel) return;
    const due = () => [...this.root.querySelectorAll<HTMLElement>('.staged')].filter((n) => Number(n.dataset.stage) <= upTo);
    for (let now = due(); now.length > 0; now = due()) for (const n of now) this.show(n);
    if (!this.root.querySelector('.staged')) this.endStaging();
    else {
      this.stageLevel = upTo;
      if (!this.stageFrame) this.stageFrame = requestAnimationFrame(() => this.revealNext());
    }
    if (!this.root.contains(document.activeElement)) focusControl(this.root, this.stageFocus);
    this.paint();
  }

  /** Focus this control after the next refresh. */
  protected focusNext(key: string): void {
    this.focusKey = key;
  }

  protected box(node: Element): Box {
    return boxIn(this.root, node);
  }

  protected paint(): void {
    requestFrames();
    const g = this.g;
    g.clear();
    // Measuring inside a staged part would lay it out early: its turn comes in a later frame.
    const hidden = (node: Element) => this.stageLevel !== Infinity && node.parentElement?.closest('.staged') != null;
    paintPanelsAndMeters(g, this.root, (n) => this.box(n), hidden);
    this.paintExtra(g, (n) => this.box(n));
  }

  /** A modal dialog (native <dialog>: focus trap, Escape closes). Returns a close function. */
  protected dialog(title: string, body: (close: () => void) => (Node | null)[], opts: { testid?: string; wide?: boolean } = {}): () => void {
    return openDialog(this.root, title, body, opts);
  }

  /** The scene router (scenes/router.ts) is about to start the next screen: this one renders nothing more. */
  depart(): void {
    // Parts still waiting for their frame will never be needed.
    this.departing = true;
    this.endStaging();
    for (const d of this.root.querySelectorAll('dialog')) d.remove();
  }
}
