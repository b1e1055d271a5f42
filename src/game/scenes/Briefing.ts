/**
 * Briefing: the player's private priorities (bars), walk-away, red lines, the third parties and
 * what they want, and the deadline.
 */
import { wholePercent } from '../../engine/index.ts';
import * as session from '../session.ts';
import { button, el } from '../ui/dom.ts';
import { briefingStep, endGuide, guideCard, placeGuide, type GuideStep } from '../ui/guide.ts';
import { Screen } from '../ui/Screen.ts';
import { t } from '../ui/strings/index.ts';
import { counterpartName } from '../ui/say-here.ts';
import { SIDE_COLORS } from '../ui/theme.ts';

export interface BriefingData {
  side: session.SideIndex;
}

export class Briefing extends Screen<BriefingData> {
  constructor() {
    super('Briefing');
  }

  protected override shortcuts(): Record<string, () => void> {
    return { s: () => this.done(), b: () => this.done() };
  }

  private done(): void {
    if (session.isLive()) session.liveBriefingDone(this.data_.side);
    else session.send({ type: 'briefing.done' });
  }

  private guide: { step: GuideStep; card: HTMLElement } | null = null;

  protected override paintExtra(): void {
    if (this.guide) placeGuide(this.root, this.guide.card, this.guide.step);
  }

  protected render(data: BriefingData): void {
    const c = session.scenario();
    const v = session.viewFor(data.side);
    if (!v) return;
    const step = briefingStep(v);
    this.guide = step
      ? {
          step,
          card: guideCard(
            step,
            () => {},
            () => {
              endGuide();
              this.refresh();
            },
          ),
        }
      : null;
    const redLineLabel = (item: string, option: string) => {
      const it = v.items.find((i) => i.id === item);
      return it?.options.find((o) => o.id === option)?.label ?? option;
    };
    const sorted = [...v.items].sort((a, b) => b.myWeight - a.myWeight);
    this.root.append(
      el(
        'div',
        { class: 'page briefing' },
        el(
          'header',
          { class: 'page-head row' },
          el('div', null, el('p', { class: 'eyebrow' }, t.privateBrief(v.me.name)), el('h1', null, t.teamOf(v.me.leader))),
          button(t.startNegotiating, () => this.done(), { variant: 'primary', shortcut: 'S', key: 'start', testid: 'start-negotiating', 'data-autofocus': '' }),
        ),
        el(
          'div',
          { class: 'brief-grid' },
          el(
            'section',
            { class: 'brief-col scroll', 'data-panel': 'inset', tabindex: '0', 'aria-label': t.briefAndSituation },
            el('h2', null, t.yourBrief),
            el('p', { testid: 'my-brief' }, v.me.brief),
            el('h2', null, t.theSituation),
            el('p', { class: 'muted' }, c.scenario.briefing),
          ),
          el(
            'section',
            { class: 'brief-col', 'data-panel': 'panel', 'data-clip': '', 'data-stage': '1', 'data-guide': 'priorities', tabindex: '0', 'aria-label': t.prioritiesWalkAwayRedLines },
            el('h2', null, t.yourPriorities),
            el(
              'ul',
              { class: 'priority-list', testid: 'priorities' },
              ...sorted.map((it) => {
                const pct = wholePercent(it.myWeight);
                return el(
                  'li',
                  null,
                  el('span', { class: 'priority-name' }, it.title),
                  el('span', {
                    class: 'priority-bar',
                    'data-meter': String(it.myWeight / sorted[0].myWeight),
                    'data-meter-color': String(SIDE_COLORS[data.side]),
                    role: 'meter',
                    'aria-valuenow': String(pct),
                    'aria-valuemin': '0',
                    'aria-valuemax': '100',
                    'aria-label': t.itemPriority(it.title),
                  }),
                  el('span', { class: 'priority-pct' }, `${pct}%`),
                );
              }),
            ),
            el('h2', null, t.yourWalkAway),
            el('p', null, el('strong', { testid: 'walk-away-points' }, t.points(v.me.walkAwayPoints)), t.walkAwayExplained),
            v.me.walkAwayText ? el('p', { class: 'muted' }, v.me.walkAwayText) : null,
            el('h2', null, t.yourRedLines),
            v.me.redLines.length === 0
              ? el('p', { class: 'muted' }, t.noRedLines)
              : el(
                  'ul',
                  { class: 'redlines' },
                  ...v.me.redLines.map((r) => el('li', null, el('strong', null, t.never(r.options.map((o) => redLineLabel(r.item, o)).join(' / '))), el('span', { class: 'muted' }, r.text))),
                ),
          ),
          el(
            'section',
            { class: 'brief-col', 'data-panel': 'panel', 'data-stage': '2' },
            el('h2', null, t.acrossTheTable),
            el('p', null, el('strong', null, `${v.them.name}: `), v.them.leader),
            v.them.counterpart
              ? el('p', { class: 'muted' }, el('strong', null, counterpartName(v.them.counterpart)), v.them.counterpart.description ? ` — ${v.them.counterpart.description}` : '')
              : el('p', { class: 'muted' }, t.playedByClassmate),
            el('h2', null, t.deadline),
            el('p', { testid: 'deadline' }, el('strong', null, t.roundsCount(v.rounds)), v.deadlineText),
            el('h2', null, t.whoIsWatching),
            el(
              'ul',
              { class: 'party-wants scroll', tabindex: '0', 'aria-label': t.thirdParties },
              ...v.thirdParties.map((p) => el('li', null, el('strong', null, p.name), el('span', { class: 'muted' }, p.wants))),
            ),
          ),
        ),
      ),
      ...(this.guide ? [this.guide.card] : []),
    );
  }
}
