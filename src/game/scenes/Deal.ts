/**
 * The deal moment: when an acceptance closes the talks, a short beat — "Deal!", the envoy
 * agreeing (against the computer), the seal with its handshake — before the outcome. The flow
 * machine holds the beat and ends it (flow/app-machine.ts, state `deal`); this scene only shows it
 * and lets the player skip it with a key, a tap or its button. It is announced to screen readers.
 */
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import { sealArt } from '../ui/seal-art.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { CSS_COLOR, SIDE_COLORS } from '../ui/theme.ts';
import { envoyFigure } from './table/envoy-panel.ts';

export class Deal extends Screen {
  constructor() {
    super('Deal');
  }

  protected override shortcuts(): Record<string, () => void> {
    const skip = () => this.skip();
    return { Enter: skip, ' ': skip, Escape: skip, c: skip };
  }

  protected override setup(): void {
    this.skipped = false;
    this.root.addEventListener('pointerdown', () => this.skip());
  }

  private skipped = false;

  private skip(): void {
    if (this.skipped) return;
    this.skipped = true;
    session.send({ type: 'deal.continue' });
  }

  protected render(): void {
    const sides = session.scenario().scenario.sides;
    const v = session.viewFor(session.viewSide());
    const a = sides[0].name;
    const b = sides[1].name;
    this.root.append(
      el(
        'div',
        { class: 'center-stack deal', 'data-panel': 'raised', testid: 'deal' },
        el('p', { class: 'eyebrow' }, t.dealEyebrow),
        // Announced as it appears (heading and sentence): the one thing a screen-reader user must not miss here.
        el('div', { role: 'alert', testid: 'deal-announce' }, el('h1', { class: 'deal-heading', testid: 'deal-heading' }, t.dealHeading), el('p', { class: 'deal-announce' }, t.dealAnnounce(a, b))),
        el(
          'div',
          { class: 'deal-art' },
          v?.them.counterpart ? envoyFigure(v, 'agreeing', 'large') : null,
          el('div', { class: 'seal', role: 'img', 'aria-label': t.dealSealLabel(a, b), testid: 'deal-seal' }, sealArt(CSS_COLOR(SIDE_COLORS[0]), CSS_COLOR(SIDE_COLORS[1]))),
        ),
        button(t.dealContinue, () => this.skip(), { variant: 'primary big', shortcut: 'C', key: 'deal-continue', testid: 'deal-continue', 'data-autofocus': '' }),
      ),
    );
  }
}
