/** Side choice: the US or Russia (leader, stakes and goals), or both sides on one device. */
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { words } from '../ui/say-here.ts';
import { difficultyField } from '../ui/settings-form.ts';

export interface SideChoiceData {
  /** In a class session: the student's name, typed on the title screen. */
  name?: string;
}

export class SideChoice extends Screen<SideChoiceData> {
  constructor() {
    super('SideChoice');
  }

  protected override shortcuts(): Record<string, () => void> {
    const keys: Record<string, () => void> = { '1': () => this.choose(0), '2': () => this.choose(1), Escape: () => this.back(), b: () => this.back() };
    if (session.policy().canHotseat) keys['3'] = () => this.hotseat();
    return keys;
  }

  private choose(side: session.SideIndex): void {
    session.send({ type: 'side.choose', side });
    this.showRefusal();
  }

  private hotseat(): void {
    session.send({ type: 'side.hotseat' });
    this.showRefusal();
  }

  private back(): void {
    session.send({ type: 'back' });
  }

  /** A game the engine refused to set up stays here, with the reason. */
  private showRefusal(): void {
    const reason = session.refusal();
    if (reason) this.root.querySelector('[data-refusal]')?.replaceChildren(words(reason));
  }

  protected render(): void {
    const s = session.scenario().scenario;
    const sideCard = (i: session.SideIndex) => {
      const side = s.sides[i];
      return el(
        'article',
        { class: 'side-card', 'data-panel': i === 0 ? 'us' : 'russia', testid: `side-${side.id}`, 'data-stage': String(i + 1) },
        el('p', { class: 'eyebrow' }, t.sideNumber(i + 1)),
        el('h2', null, side.name),
        el('p', { class: 'leader' }, side.leader),
        el('h3', null, t.stakesAndGoals),
        el('p', null, side.stakes),
        button(t.playAs(side.name), () => this.choose(i), { variant: 'primary', shortcut: String(i + 1), key: `side-${i}`, testid: `choose-${side.id}`, ...(i === 0 ? { 'data-autofocus': '' } : {}) }),
      );
    };
    this.root.append(
      el(
        'div',
        { class: 'page' },
        el('header', { class: 'page-head' }, el('p', { class: 'eyebrow' }, s.title), el('h1', null, t.chooseSide)),
        el('div', { class: 'side-grid' }, sideCard(0), sideCard(1)),
        !session.policy().canHotseat
          ? el('p', { class: 'muted class-note', 'data-stage': '3' }, t.classSideNote)
          : el(
              'div',
              { class: 'side-extra', 'data-stage': '3' },
              el('section', { class: 'extra-card', 'data-panel': 'panel' }, el('h2', null, t.againstComputer), el('p', { class: 'muted' }, t.againstComputerNote), difficultyField()),
              el(
                'section',
                { class: 'extra-card', 'data-panel': 'panel' },
                el('h2', null, t.twoPlayersOnDevice),
                el('p', { class: 'muted' }, t.twoPlayersNote(s.sides[0].name, s.sides[1].name)),
                button(t.twoPlayers, () => this.hotseat(), { shortcut: '3', key: 'hotseat', testid: 'choose-hotseat' }),
              ),
            ),
        el('p', { class: 'refusal', role: 'alert', 'data-refusal': '' }),
        el(
          'div',
          { class: 'page-foot' },
          button(t.back, () => this.back(), { shortcut: 'Esc', key: 'back', variant: 'ghost' }),
        ),
      ),
    );
  }
}
