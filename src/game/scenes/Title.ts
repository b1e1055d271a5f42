/** Title: the scenario's title and setting; Play, How to play, Settings. */
import type Phaser from 'phaser';
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import { warmFonts } from '../ui/fonts.ts';
import { endGuide, startGuide } from '../ui/guide.ts';
import { controlsTable, howToPlay } from '../ui/help.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { coachField, difficultyField, textSizeField } from '../ui/settings-form.ts';
import { COLORS } from '../ui/theme.ts';

export class Title extends Screen {
  constructor() {
    super('Title');
  }

  protected override setup(): void {
    session.backToSetup();
    endGuide();
  }

  protected override rendered(): void {
    // For the web benchmark (navigation → interactive title): a standard User Timing mark, at
    // the first frame drawn once the title's buttons are in the page.
    this.game.events.once('postrender', () => performance.mark('summit:title-interactive'));
    warmFonts();
  }

  protected override shortcuts(): Record<string, () => void> {
    return { p: () => this.play(), h: () => this.help(), o: () => this.settings(), '?': () => this.help(), F1: () => this.help() };
  }

  private play(): void {
    this.go('SideChoice');
  }

  private help(): void {
    this.dialog(
      'How to play',
      (close) => [
        el(
          'div',
          { class: 'guided-offer' },
          el('p', null, el('strong', null, 'New to Summit? '), 'Play your first round with a coach beside you: the real game, with notes that show what to read and what to press, then it is over to you.'),
          button(
            'Play a guided first round',
            () => {
              close();
              this.guided();
            },
            { variant: 'primary', 'data-autofocus': '', testid: 'guided-start', key: 'guided-start' },
          ),
        ),
        ...howToPlay(),
        el('h3', null, 'Controls'),
        controlsTable(),
        el('div', { class: 'dialog-actions' }, button('Got it', close, { testid: 'help-close' })),
      ],
      { testid: 'help-dialog', wide: true },
    );
  }

  /** The guided first round: the real game as the first side, with coach cards (ui/guide.ts). */
  private guided(): void {
    session.rollSeedUnlessFixed();
    const refusal = session.startGame({ kind: 'solo', side: 0 });
    if (refusal) return;
    startGuide();
    this.go('Briefing', { side: 0 });
  }

  private settings(): void {
    this.dialog(
      'Settings',
      (close) => [
        difficultyField(),
        textSizeField(() => {
          this.refresh();
          this.paint();
        }),
        coachField(),
        el('div', { class: 'dialog-actions' }, button('Done', close, { 'data-autofocus': '', variant: 'primary' })),
      ],
      { testid: 'settings-dialog' },
    );
  }

  protected render(): void {
    const s = session.scenario().scenario;
    this.root.append(
      el(
        'div',
        { class: 'title-layout' },
        el(
          'section',
          { class: 'title-text' },
          el('p', { class: 'eyebrow' }, 'Summit · a negotiation game'),
          el('h1', { class: 'game-title', testid: 'scenario-title' }, s.title),
          el('p', { class: 'dateline' }, s.date),
          el('p', { class: 'setting' }, s.setting),
          el(
            'div',
            { class: 'menu', role: 'group', 'aria-label': 'Main menu' },
            button('Play', () => this.play(), { variant: 'primary big', shortcut: 'P', key: 'play', testid: 'play', 'data-autofocus': '' }),
            button('How to play', () => this.help(), { shortcut: 'H', key: 'help', testid: 'how-to-play' }),
            button('Settings', () => this.settings(), { shortcut: 'O', key: 'settings', testid: 'settings' }),
          ),
          el('p', { class: 'hint' }, 'Keyboard: Tab moves between buttons, Enter presses one. Press ? for all controls.'),
        ),
        el('div', { class: 'title-art', 'data-art': '', 'aria-hidden': 'true' }),
      ),
    );
  }

  protected override paintExtra(g: Phaser.GameObjects.Graphics, box: (el: Element) => Box): void {
    const art = this.root.querySelector('[data-art]');
    if (!art) return;
    const b = box(art);
    if (b.w < 80 || b.h < 80) return;
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h / 2;
    const rx = Math.min(b.w * 0.42, 260);
    const ry = rx * 0.55;
    // Faint globe grid behind the table.
    g.lineStyle(1, COLORS.grid, 0.5);
    for (let k = 1; k <= 4; k++) g.strokeEllipse(cx, cy, rx * 0.55 * k, rx * 0.55 * k, 96);
    g.lineBetween(cx - rx * 1.1, cy, cx + rx * 1.1, cy);
    g.lineBetween(cx, cy - rx * 1.1, cx, cy + rx * 1.1);
    // Chairs, three a side, in each side's colour.
    for (let k = -1; k <= 1; k++) {
      const yy = cy + k * ry * 0.55;
      g.fillStyle(COLORS.us, 1);
      g.fillRoundedRect(cx - rx - 34, yy - 14, 26, 28, 6);
      g.fillStyle(COLORS.russia, 1);
      g.fillRoundedRect(cx + rx + 8, yy - 14, 26, 28, 6);
    }
    // The table.
    g.fillStyle(0x2b1f12, 1);
    g.fillEllipse(cx, cy + 6, rx * 2, ry * 2, 96);
    g.fillStyle(0x5a3f22, 1);
    g.fillEllipse(cx, cy, rx * 2, ry * 2, 96);
    g.lineStyle(3, COLORS.accent, 1);
    g.strokeEllipse(cx, cy, rx * 2, ry * 2, 96);
    // Four agenda papers.
    for (let k = 0; k < 4; k++) {
      const px = cx - rx * 0.6 + k * rx * 0.4;
      g.fillStyle(0xf2ead8, 1);
      g.fillRect(px - 18, cy - 24, 36, 48);
      g.fillStyle(0x9a8f78, 1);
      for (let l = 0; l < 4; l++) g.fillRect(px - 12, cy - 16 + l * 9, 24, 3);
    }
    // Two small flags on stands.
    const flag = (x: number, stripes: number[]) => {
      g.fillStyle(0xcfd6e0, 1);
      g.fillRect(x, cy - ry - 50, 3, 50);
      stripes.forEach((c, i) => {
        g.fillStyle(c, 1);
        g.fillRect(x + 3, cy - ry - 50 + i * 8, 40, 8);
      });
    };
    flag(cx - rx * 0.5, [0xb22234, 0xffffff, 0xb22234]);
    g.fillStyle(0x3c3b6e, 1);
    g.fillRect(cx - rx * 0.5 + 3, cy - ry - 50, 16, 12);
    flag(cx + rx * 0.5 - 43, [0xffffff, 0x0039a6, 0xd52b1e]);
  }
}
