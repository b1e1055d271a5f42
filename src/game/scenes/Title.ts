/**
 * Title: the scenario's title and setting; Play, How to play, Settings; the shipped scenarios and
 * a designer's own file (picker or drop); joining a class by code, and the teachers' page. Opened
 * from a class session link, it shows the teacher's locked settings and asks the student's name.
 */
import type Phaser from 'phaser';
import * as session from '../session.ts';
import { liveEntry } from '../../live/client/title-entry.ts';
import { classPanel } from '../ui/class-panel.ts';
import { joinCodeForm } from '../ui/join-code-form.ts';
import { button, el } from '../ui/dom.ts';
import { notify } from '../ui/notice.ts';
import { readScenarioFile, scenarioHref, scenarioList } from '../ui/scenario-picker.ts';
import { DEFAULT_SCENARIO } from '../scenario-url.ts';
import { openScenarioText } from './Preload.ts';
import { endGuide, startGuide } from '../ui/guide.ts';
import { controlsTable, howToPlay } from '../ui/help.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { coachField, difficultyField, languageField, textSizeField } from '../ui/settings-form.ts';
import { t } from '../ui/strings/index.ts';
import { COLORS } from '../ui/theme.ts';

/** The two-item tutorial scenario that How to play offers. */
const TUTORIAL = 'tutorial.json';

export class Title extends Screen {
  constructor() {
    super('Title');
  }

  /** Reads the class panel's inputs (set while a class session's panel is on screen). */
  private readClass: (() => ReturnType<ReturnType<typeof classPanel>['read']>) | null = null;

  protected override setup(): void {
    endGuide();
    // A designer's own scenario file, dropped anywhere on the title screen.
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const f = e.dataTransfer?.files[0];
      if (!f) return;
      e.preventDefault();
      void this.openFile(f);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    this.onShutdown(() => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    });
    // How to play's tutorial link opens the tutorial scenario with ?guide=1: start its guided round.
    const params = new URLSearchParams(location.search);
    if (params.get('guide') === '1') {
      params.delete('guide');
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
      queueMicrotask(() => this.guided());
    }
  }

  /** Opens a scenario file from this computer: its title screen, or its problems. */
  private async openFile(f: File): Promise<void> {
    const read = await readScenarioFile(f);
    if (!this.sys.isActive()) return;
    if ('error' in read) {
      notify(read.error, 'warning');
      this.refresh();
      return;
    }
    const file = `local:${read.name}`;
    const problems = openScenarioText(file, read.text);
    if (problems) return session.send({ type: 'scenario.failed', file: read.name, problems, local: true });
    notify(t.openedLocalFile(read.name));
  }

  protected override rendered(): void {
    // For the web benchmark (navigation → interactive title): a standard User Timing mark, at
    // the first frame drawn once the title's buttons are in the page.
    this.game.events.once('postrender', () => performance.mark('summit:title-interactive'));
  }

  protected override shortcuts(): Record<string, () => void> {
    const keys: Record<string, () => void> = { p: () => this.play(), h: () => this.help(), o: () => this.settings(), '?': () => this.help(), F1: () => this.help() };
    if (session.policy().canChangeScenario) Object.assign(keys, { c: () => this.scenarios(), j: () => this.joinDialog() });
    return keys;
  }

  private play(): void {
    if (session.classSettings()) return this.startClass();
    session.send({ type: 'play' });
  }

  /** Start in a class session: the flow applies the teacher's rule for the side (or lets the student choose). */
  private startClass(): void {
    const entry = this.readClass?.();
    if (entry) session.send({ type: 'play', names: entry.names, seat: entry.seat });
  }

  private scenarios(): void {
    this.dialog(t.scenariosTitle, (close) => scenarioList(session.file(), (f) => void this.openFile(f), close), { testid: 'scenarios-dialog', wide: true });
  }

  /** A class code typed in: the page reopens as the teacher's link would. */
  private joinDialog(): void {
    this.dialog(t.joinTitle, joinCodeForm, { testid: 'join-dialog' });
  }

  private help(): void {
    this.dialog(
      t.howToPlay,
      (close) => [
        el(
          'div',
          { class: 'guided-offer' },
          el('p', null, el('strong', null, t.newToSummit), t.guidedOffer),
          button(
            t.guidedStart,
            () => {
              close();
              this.guided();
            },
            { variant: 'primary', 'data-autofocus': '', testid: 'guided-start', key: 'guided-start' },
          ),
        ),
        session.file() === TUTORIAL ? null : el('p', { class: 'muted' }, t.tutorialOffer, el('a', { href: `${scenarioHref(TUTORIAL)}&guide=1`, testid: 'tutorial-link' }, t.openTutorial)),
        ...howToPlay(),
        el('h3', null, t.controls),
        controlsTable(),
        el('div', { class: 'dialog-actions' }, button(t.gotIt, close, { testid: 'help-close' })),
      ],
      { testid: 'help-dialog', wide: true },
    );
  }

  /** The guided first round: the real game as the first side, with coach cards (ui/guide.ts). */
  private guided(): void {
    startGuide();
    session.send({ type: 'guided' });
    if (!session.hasGame()) endGuide();
  }

  private settings(focus?: string): void {
    this.dialog(
      t.settings,
      (close) => [
        difficultyField(),
        textSizeField(() => {
          this.refresh();
          this.paint();
        }),
        coachField(),
        // A new language redraws the title, and this dialog in the new words, its choice still focused.
        languageField(() => {
          close();
          this.refresh();
          this.settings(`language-${session.getSettings().language}`);
        }),
        el('div', { class: 'dialog-actions' }, button(t.done, close, { 'data-autofocus': '', variant: 'primary' })),
      ],
      { testid: 'settings-dialog' },
    );
    if (focus) this.root.querySelector<HTMLElement>(`dialog [data-key="${CSS.escape(focus)}"]`)?.focus();
  }

  protected render(): void {
    const s = session.scenario().scenario;
    const cls = session.classSettings();
    let menu: HTMLElement;
    if (cls) {
      const { panel, read } = classPanel(cls.settings, () => this.startClass());
      this.readClass = read;
      menu = el(
        'div',
        { class: 'menu class' },
        panel,
        el(
          'div',
          { class: 'menu-row' },
          button(t.howToPlay, () => this.help(), { shortcut: 'H', key: 'help', testid: 'how-to-play' }),
          button(t.settings, () => this.settings(), { shortcut: 'O', key: 'settings', testid: 'settings' }),
        ),
      );
      queueMicrotask(() => this.root.querySelector<HTMLElement>('#class-name-0')?.focus());
    } else {
      this.readClass = null;
      menu = el(
        'div',
        { class: 'menu-stack' },
        el(
          'div',
          { class: 'menu', role: 'group', 'aria-label': t.mainMenu },
          button(t.play, () => this.play(), { variant: 'primary big', shortcut: 'P', key: 'play', testid: 'play', 'data-autofocus': '' }),
          button(t.howToPlay, () => this.help(), { shortcut: 'H', key: 'help', testid: 'how-to-play' }),
          button(t.settings, () => this.settings(), { shortcut: 'O', key: 'settings', testid: 'settings' }),
        ),
        el(
          'div',
          { class: 'menu-row', role: 'group', 'aria-label': t.moreMenu },
          button(t.scenariosMenu, () => this.scenarios(), { variant: 'ghost small', shortcut: 'C', key: 'scenarios', testid: 'scenarios' }),
          button(t.joinClassMenu, () => this.joinDialog(), { variant: 'ghost small', shortcut: 'J', key: 'join', testid: 'join' }),
          liveEntry(
            () => session.showLive('Live', null),
            () => this.refresh(),
          ),
          el('a', { class: 'btn ghost small', href: 'teacher.html', testid: 'teacher-link' }, el('span', { class: 'btn-label' }, t.forTeachers)),
        ),
      );
    }
    const tutorialNext =
      session.file() === TUTORIAL ? el('p', { class: 'hint' }, t.tutorialDone, el('a', { href: scenarioHref(DEFAULT_SCENARIO), testid: 'real-summit-link' }, t.playRealSummit)) : null;
    this.root.append(
      el(
        'div',
        { class: `title-layout${cls ? ' class' : ''}` },
        el(
          'section',
          { class: 'title-text' },
          el('p', { class: 'eyebrow' }, t.titleEyebrow),
          el('h1', { class: 'game-title', testid: 'scenario-title' }, s.title),
          el('p', { class: 'dateline' }, s.date),
          el('p', { class: 'setting' }, s.setting),
          menu,
          tutorialNext,
          el('p', { class: 'hint' }, cls ? t.titleHintClass : t.titleHint),
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
