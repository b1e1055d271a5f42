/** Hand-over (two players on one device): hides everything until the next player is ready. */
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';

export interface HandoverData {
  side: session.SideIndex;
  next: 'Briefing' | 'Table';
}

export class Handover extends Screen<HandoverData> {
  constructor() {
    super('Handover');
  }

  protected override shortcuts(): Record<string, () => void> {
    return { c: () => this.continue() };
  }

  private continue(): void {
    session.send({ type: 'handover.continue' });
  }

  protected render(data: HandoverData): void {
    const side = session.scenario().scenario.sides[data.side];
    const other = session.scenario().scenario.sides[data.side === 0 ? 1 : 0];
    const what = data.next === 'Briefing' ? t.handoverBrief : t.handoverTable;
    this.root.append(
      el(
        'div',
        { class: 'center-stack handover', 'data-panel': data.side === 0 ? 'us' : 'russia', testid: 'handover' },
        el('p', { class: 'eyebrow' }, t.twoPlayersOnDevice),
        el('h1', null, t.passDevice(side.name)),
        el('p', null, t.handoverLookAway(other.name, side.name, what)),
        button(t.continueAs(side.name), () => this.continue(), { variant: 'primary big', shortcut: 'C', key: 'continue', testid: 'handover-continue', 'data-autofocus': '' }),
      ),
    );
  }
}
