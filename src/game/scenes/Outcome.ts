/** Outcome: the joint statement generated from the agreed options, or the breakdown and why. */
import { debriefView, playerView } from '../../engine/index.ts';
import * as session from '../session.ts';
import { button, el, points } from '../ui/dom.ts';
import { endGuide } from '../ui/guide.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { words } from '../ui/say-here.ts';

export class Outcome extends Screen {
  constructor() {
    super('Outcome');
  }

  protected override shortcuts(): Record<string, () => void> {
    return { d: () => this.debrief() };
  }

  protected override setup(): void {
    endGuide(); // the guided round ends with the game
  }

  private debrief(): void {
    session.send({ type: 'debrief.open' });
  }

  protected render(): void {
    const c = session.scenario();
    const side = session.viewSide();
    const v = playerView(c, session.context(), side);
    const d = debriefView(c, session.context(), side);
    if (!v?.outcome || !d) return;
    const o = v.outcome;
    const s = c.scenario;
    const better = o.myPoints >= v.me.walkAwayPoints;
    const statement = d.outcome.statement;
    this.root.append(
      el(
        'div',
        { class: 'page outcome' },
        el('header', { class: 'page-head' }, el('p', { class: 'eyebrow' }, `${s.title} · ${v.me.name}`), el('h1', { testid: 'outcome-heading' }, t.outcomeHeading[o.kind])),
        el(
          'div',
          { class: 'outcome-grid' },
          statement
            ? el(
                'article',
                { class: 'statement', 'data-panel': 'paper', testid: 'joint-statement' },
                el('p', { class: 'statement-kicker' }, s.date),
                el('h2', null, t.jointStatementBy(s.sides[0].leader, s.sides[1].leader)),
                el('ol', null, ...statement.map((line) => el('li', null, line))),
              )
            : el(
                'article',
                { class: 'breakdown', 'data-panel': 'panel', testid: 'breakdown' },
                el('h2', null, t.whatHappened),
                el('p', null, words(o.reason)),
                o.deal && o.kind === 'partial' ? el('p', null, t.partialCovers) : null,
                v.me.walkAwayText ? el('p', { class: 'muted' }, v.me.walkAwayText) : null,
              ),
          el(
            'aside',
            { class: 'outcome-score', 'data-panel': 'panel' },
            el('h2', null, t.yourResult),
            el('p', { class: 'big-number', testid: 'outcome-my-points' }, `${points(o.myPoints)}`, el('small', null, t.ptsUnit)),
            el('p', null, t.walkAwayWas(points(v.me.walkAwayPoints)), el('strong', null, better ? t.betterThanNoDeal : t.worseThanNoDeal), t.fullStop),
            el('p', { class: 'muted' }, words(o.reason)),
            el('p', { class: 'muted' }, t.debriefTeaser),
            button(t.openDebrief, () => this.debrief(), { variant: 'primary big', shortcut: 'D', key: 'debrief', testid: 'open-debrief', 'data-autofocus': '' }),
          ),
        ),
      ),
    );
  }
}
