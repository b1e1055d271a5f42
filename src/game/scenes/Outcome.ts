/** Outcome: the joint statement generated from the agreed options, or the breakdown and why. */
import { debriefView, playerView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { button, el, points } from '../ui/dom.ts';
import { Screen } from '../ui/Screen.ts';

export interface OutcomeData {
  side: session.SideIndex;
}

const HEADINGS = {
  agreement: 'Agreement: a joint statement',
  partial: 'A partial statement',
  breakdown: 'No deal: the deadline passed',
  walkout: 'No deal: the talks collapsed',
} as const;

export class Outcome extends Screen<OutcomeData> {
  constructor() {
    super('Outcome');
  }

  protected override shortcuts(): Record<string, () => void> {
    return { d: () => this.debrief() };
  }

  private debrief(): void {
    if (session.phase() === 'outcome') session.send({ type: 'debrief.open' });
    this.go('Debrief', { side: this.data_.side });
  }

  protected render(data: OutcomeData): void {
    const c = session.scenario();
    const v = playerView(c, session.context(), data.side);
    const d = debriefView(c, session.context(), data.side);
    if (!v?.outcome || !d) return;
    const o = v.outcome;
    const s = c.scenario;
    const better = o.myPoints >= v.me.walkAwayPoints;
    const statement = d.outcome.statement;
    this.root.append(
      el(
        'div',
        { class: 'page outcome' },
        el('header', { class: 'page-head' }, el('p', { class: 'eyebrow' }, `${s.title} · ${v.me.name}`), el('h1', { testid: 'outcome-heading' }, HEADINGS[o.kind])),
        el(
          'div',
          { class: 'outcome-grid' },
          statement
            ? el(
                'article',
                { class: 'statement', 'data-panel': 'paper', testid: 'joint-statement' },
                el('p', { class: 'statement-kicker' }, s.date),
                el('h2', null, `Joint statement by ${s.sides[0].leader} and ${s.sides[1].leader}`),
                el('ol', null, ...statement.map((line) => el('li', null, line))),
              )
            : el(
                'article',
                { class: 'breakdown', 'data-panel': 'panel', testid: 'breakdown' },
                el('h2', null, 'What happened'),
                el('p', null, o.reason),
                o.deal && o.kind === 'partial' ? el('p', null, 'Only the items agreed before the deadline are covered; the rest fall back on the status quo.') : null,
                v.me.walkAwayText ? el('p', { class: 'muted' }, v.me.walkAwayText) : null,
              ),
          el(
            'aside',
            { class: 'outcome-score', 'data-panel': 'panel' },
            el('h2', null, 'Your result'),
            el('p', { class: 'big-number', testid: 'outcome-my-points' }, `${points(o.myPoints)}`, el('small', null, ' pts')),
            el('p', null, `Your walk-away was ${points(v.me.walkAwayPoints)} pts: `, el('strong', null, better ? '✓ better than no deal' : '✕ worse than no deal'), '.'),
            el('p', { class: 'muted' }, o.reason),
            el('p', { class: 'muted' }, 'The debrief reveals what the deal was worth to the other side, every deal you could have made, and what really happened.'),
            button('Open the debrief', () => this.debrief(), { variant: 'primary big', shortcut: 'D', key: 'debrief', testid: 'open-debrief', 'data-autofocus': '' }),
          ),
        ),
      ),
    );
  }
}
