/**
 * A scenario's lesson kit as a document: the teacher guide (objectives, run sheets, activities,
 * debrief script, misconceptions, exit ticket, rubric) and the student materials (case file at two
 * levels, timeline, glossary, the human cost, primary sources, role cards). The same document is
 * read on screen and printed; each part is a <section data-part="…"> so a print can pick parts.
 */
import type { CompiledScenario, LessonKit } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';
import type { KitWords } from './lesson-kit-words.ts';

export type KitPart = 'guide' | 'students' | 'roles';

type RunSheet = LessonKit['runSheets'][number];

function section(part: KitPart, testid: string, title: string, ...body: (HTMLElement | null)[]): HTMLElement | null {
  return body.some((b) => b !== null) ? el('section', { class: `kit-section kit-s-${testid}`, 'data-part': part, testid: `kit-${testid}` }, el('h2', null, title), ...body) : null;
}

function list(items: readonly string[], ordered = false, cls?: string): HTMLElement | null {
  if (items.length === 0) return null;
  return el(ordered ? 'ol' : 'ul', cls ? { class: cls } : null, ...items.map((i) => el('li', null, i)));
}

const standards = (codes: readonly string[]) => el('span', { class: 'kit-standards' }, codes.join(' · '));

/** A run sheet as a timed table; each period's minutes start again at 0. */
function runSheet(sheet: RunSheet, w: KitWords): HTMLElement {
  let clock = 0;
  let period = 1;
  const rows = sheet.steps.map((step) => {
    if (clock >= sheet.periodMinutes) {
      clock = 0;
      period++;
    }
    const from = clock;
    clock += step.minutes;
    return el(
      'tr',
      null,
      el('td', { class: 'kit-time' }, sheet.periods > 1 ? w.periodTime(period, from, clock) : w.time(from, clock)),
      el('th', { scope: 'row' }, step.title),
      el('td', null, step.detail),
    );
  });
  return el(
    'article',
    { class: 'kit-run-sheet', testid: `kit-run-${sheet.periods}-${sheet.mode}` },
    el('h3', null, sheet.title, ' ', el('span', { class: 'kit-tag' }, w.runTag(sheet.periods, sheet.periodMinutes, sheet.mode))),
    el('table', { class: 'kit-table' }, el('thead', null, el('tr', null, el('th', null, w.minutes), el('th', null, w.step), el('th', null, w.whatHappens))), el('tbody', null, ...rows)),
  );
}

/** Each option's values to both sides, beside the designer's reason for them. */
function whyNumbers(c: CompiledScenario, kit: LessonKit, w: KitWords): HTMLElement | null {
  const why = kit.whyTheseNumbers;
  if (!why) return null;
  const [a, b] = c.scenario.sides;
  const pct = (v: number | undefined) => (v === undefined ? '—' : String(Math.round(v * 100)));
  return section(
    'guide',
    'why',
    w.whyTheseNumbers,
    el('p', { class: 'kit-note' }, why.note),
    ...c.scenario.items.map((item) =>
      el(
        'table',
        { class: 'kit-table kit-why' },
        el('caption', null, item.title),
        el('thead', null, el('tr', null, el('th', null, w.option), el('th', null, a.name), el('th', null, b.name), el('th', null, w.why))),
        el(
          'tbody',
          null,
          ...item.options.map((o) =>
            el(
              'tr',
              null,
              el('th', { scope: 'row' }, o.label),
              el('td', { class: 'kit-num', 'data-label': a.name }, pct(o.values[a.id])),
              el('td', { class: 'kit-num', 'data-label': b.name }, pct(o.values[b.id])),
              el('td', null, why.options[item.id]?.[o.id] ?? ''),
            ),
          ),
        ),
      ),
    ),
  );
}

function guide(c: CompiledScenario, kit: LessonKit, w: KitWords): (HTMLElement | null)[] {
  return [
    section('guide', 'overview', w.overview, el('p', null, kit.overview)),
    section(
      'guide',
      'objectives',
      w.objectives,
      el('ol', { class: 'kit-objectives' }, ...kit.objectives.map((o) => el('li', null, o.text, ' ', standards(o.standards)))),
      el('p', { class: 'kit-note' }, w.standardsNote),
    ),
    section('guide', 'run-sheets', w.runSheets, ...kit.runSheets.map((s) => runSheet(s, w))),
    section('guide', 'before', w.beforeGame, list(kit.beforeGame)),
    section('guide', 'after', w.afterGame, list(kit.afterGame)),
    section(
      'guide',
      'debrief-script',
      w.debriefScript,
      el(
        'ol',
        { class: 'kit-script' },
        ...kit.debriefScript.map((q) =>
          el(
            'li',
            null,
            el('p', { class: 'kit-question' }, q.question),
            el('p', null, el('strong', null, w.expected), ' ', q.expected),
            q.misconception ? el('p', null, el('strong', null, w.misconception), ' ', q.misconception) : null,
          ),
        ),
      ),
    ),
    section(
      'guide',
      'misconceptions',
      w.misconceptions,
      kit.misconceptions.length ? el('dl', { class: 'kit-terms' }, ...kit.misconceptions.flatMap((m) => [el('dt', null, m.term), el('dd', null, m.definition)])) : null,
    ),
    whyNumbers(c, kit, w),
    section('guide', 'exit-ticket', w.exitTicket, list(kit.exitTicket, true)),
    section(
      'guide',
      'rubric',
      w.rubric,
      kit.rubric.length
        ? el(
            'table',
            { class: 'kit-table kit-rubric' },
            el('thead', null, el('tr', null, el('th', null, w.criterion), el('th', null, w.standards), el('th', null, w.evidence))),
            el('tbody', null, ...kit.rubric.map((r) => el('tr', null, el('td', null, r.text), el('td', null, r.standards.join(', ')), el('td', { class: 'kit-blank' }, '')))),
          )
        : null,
      kit.rubric.length ? el('p', { class: 'kit-note' }, w.rubricNote) : null,
    ),
  ];
}

function students(kit: LessonKit, w: KitWords): (HTMLElement | null)[] {
  const paragraphs = (ps: readonly string[]) => ps.map((p) => el('p', null, p));
  return [
    kit.caseFile ? section('students', 'case-basic', w.caseBasic, ...paragraphs(kit.caseFile.basic)) : null,
    kit.caseFile ? section('students', 'case-advanced', w.caseAdvanced, ...paragraphs(kit.caseFile.advanced)) : null,
    section('students', 'maps', w.maps, ...kit.maps.map((m) => el('figure', { class: 'kit-map' }, el('img', { src: `scenarios/${m.src}`, alt: m.alt }), el('figcaption', null, m.caption)))),
    section(
      'students',
      'timeline',
      w.timeline,
      kit.timeline.length
        ? el('table', { class: 'kit-table kit-timeline' }, el('tbody', null, ...kit.timeline.map((t) => el('tr', null, el('th', { scope: 'row' }, t.date), el('td', null, t.event)))))
        : null,
    ),
    section('students', 'glossary', w.glossary, kit.glossary.length ? el('dl', { class: 'kit-terms' }, ...kit.glossary.flatMap((g) => [el('dt', null, g.term), el('dd', null, g.definition)])) : null),
    section('students', 'human-cost', w.humanCost, kit.humanCost ? el('p', null, kit.humanCost) : null),
    section(
      'students',
      'sources',
      w.primarySources,
      kit.sourcesActivity ? el('p', { class: 'kit-activity' }, kit.sourcesActivity) : null,
      ...kit.primarySources.map((s) => el('blockquote', { class: 'kit-source' }, el('p', { class: 'kit-source-title' }, s.title), el('p', null, s.excerpt), el('p', { class: 'kit-url' }, s.url))),
    ),
    section(
      'roles',
      'role-cards',
      w.roleCards,
      kit.roleCards.length
        ? el(
            'div',
            { class: 'kit-cards' },
            ...kit.roleCards.map((r) =>
              el(
                'article',
                { class: 'kit-card' },
                el('h3', null, r.party),
                el('p', null, el('strong', null, w.interests), ' ', r.interests),
                el('p', null, el('strong', null, w.redLines), ' ', r.redLines),
                el('p', { class: 'kit-statement' }, el('strong', null, w.statement), ' ', r.statement),
              ),
            ),
          )
        : null,
    ),
  ];
}

/** The whole kit of one scenario, in the language it was loaded in. */
export function lessonKitView(c: CompiledScenario, w: KitWords): HTMLElement {
  const kit = c.scenario.lessonKit;
  const head = [el('p', { class: 'eyebrow' }, w.eyebrow), el('h1', { class: 'kit-title' }, c.scenario.title), el('p', { class: 'kit-date' }, c.scenario.date)];
  if (!kit) return el('article', { class: 'lesson-kit', testid: 'lesson-kit', lang: c.language }, ...head, el('p', { class: 'kit-missing', testid: 'kit-missing' }, w.noKit));
  return el('article', { class: 'lesson-kit', testid: 'lesson-kit', lang: c.language }, ...head, ...guide(c, kit, w), ...students(kit, w));
}
