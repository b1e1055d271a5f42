/**
 * The printable handout (shown only when printing, see teacher.css @media print): the class
 * chart, the class's choices beside what really happened, and the scenario's discussion questions.
 */
import type { ClassStatistics, CompiledScenario } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';
import { percentText as pct, tt } from './strings/index.ts';

export function handout(c: CompiledScenario, stats: ClassStatistics, chart: HTMLElement, legend: HTMLElement): HTMLElement {
  const s = c.scenario;
  const agreements = stats.deals.filter((d) => d.agreed).length;
  return el(
    'article',
    { class: 'handout', testid: 'handout' },
    el('p', { class: 'eyebrow' }, tt.handoutEyebrow),
    el('h1', null, s.title),
    el('p', { class: 'handout-date' }, s.date),
    el('p', { class: 'handout-lede' }, tt.handoutLede(stats.games, pct(stats.agreementRate), stats.outcomes.partial, stats.outcomes.breakdown + stats.outcomes.walkout)),
    el('div', { class: 'handout-chart' }, chart, legend),
    el('h2', null, tt.whatReallyHappened),
    el('p', null, s.debrief.summary),
    el(
      'table',
      { class: 'handout-items' },
      el('thead', null, el('tr', null, el('th', null, tt.handoutItem), el('th', null, tt.handoutMost), el('th', null, tt.whatReallyHappened))),
      el(
        'tbody',
        null,
        ...stats.items.map((item, i) => {
          const top = [...item.options].sort((a, b) => b.share - a.share)[0];
          const real = s.items[i].options.find((o) => o.id === item.real)!;
          const d = s.debrief.items[item.id];
          return el(
            'tr',
            null,
            el('th', { scope: 'row' }, item.title),
            el('td', null, agreements && top.share > 0 ? `${top.label} (${pct(top.share)})` : '—'),
            el('td', null, el('strong', null, real.label), d ? el('p', null, d.text, d.reportedly ? tt.reportedly : '') : null),
          );
        }),
      ),
    ),
    el('h2', null, tt.questions),
    el('ol', { class: 'handout-questions', testid: 'handout-questions' }, ...s.debrief.questions.map((q) => el('li', null, q))),
    s.debrief.sources.length ? el('h2', null, tt.sources) : null,
    s.debrief.sources.length ? el('ul', { class: 'handout-sources' }, ...s.debrief.sources.map((src) => el('li', null, `${src.title} — ${src.url}`))) : null,
  );
}
