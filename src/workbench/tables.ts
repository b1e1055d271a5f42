/**
 * The editing tables: sides (name, walk-away), then each item with its weights and its options
 * (label, value to each side, red lines, the status-quo option). Fields carry the format's own
 * descriptions (from the zod schema) as tooltips and its bounds as input limits. Typing edits
 * the scenario in place and calls `changed`; adding or removing rows calls `rebuild`.
 */
import { el } from '../game/ui/dom.ts';
import { globalRegistry } from 'zod/mini';
import { schemaParts } from '../engine/scenario/schema.ts';
import { addItem, addOption, english, items, type Raw, redLined, removeItem, removeOption, setRedLine, sides, withEnglish } from './raw.ts';

export interface Edits {
  changed: () => void;
  rebuild: () => void;
}

const { side: sideSchema, item: itemSchema, option: optionSchema } = schemaParts();
const described = (schema: Parameters<typeof globalRegistry.get>[0]) => globalRegistry.get(schema)?.description;
const help = {
  name: described(sideSchema.shape.name),
  priorities: described(sideSchema.shape.priorities),
  walkAway: described(sideSchema.shape.walkAway),
  redLines: described(sideSchema.shape.redLines),
  title: described(itemSchema.shape.title),
  label: described(optionSchema.shape.label),
  values: described(optionSchema.shape.values),
};

function textInput(value: string, set: (v: string) => void, e: Edits, attrs: Record<string, unknown> = {}): HTMLInputElement {
  const input = el('input', { type: 'text', value, ...attrs });
  input.addEventListener('input', () => (set(input.value), e.changed()));
  return input;
}

/** A number input; a blank or malformed entry is left for check to report (the field goes missing). */
function numberInput(value: unknown, set: (v: number | undefined) => void, e: Edits, attrs: Record<string, unknown> = {}): HTMLInputElement {
  const input = el('input', { type: 'number', min: 0, max: 1, step: 0.05, value: typeof value === 'number' ? String(value) : '', inputmode: 'decimal', ...attrs });
  input.addEventListener('input', () => {
    const n = input.valueAsNumber;
    set(Number.isFinite(n) ? n : undefined);
    e.changed();
  });
  return input;
}

function table(head: string[], rows: Node[][], label: string): HTMLTableElement {
  return el(
    'table',
    { class: 'wb-table', 'aria-label': label },
    el('thead', null, el('tr', null, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, ...rows.map((r) => el('tr', null, ...r.map((c, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : null, c))))),
  );
}

function sidesTable(s: Raw, e: Edits): HTMLElement {
  const rows = sides(s).map((side) => {
    const w = (side.walkAway ??= { kind: 'reservation', value: 0.3 });
    const kind = el(
      'select',
      { 'aria-label': `${side.id} walk-away kind`, title: help.walkAway },
      el('option', { value: 'reservation', selected: w.kind === 'reservation' }, 'a utility'),
      el('option', { value: 'statusQuo', selected: w.kind === 'statusQuo' }, 'the status quo'),
    );
    kind.addEventListener('change', () => {
      // The side's words about walking away stay, whichever kind it becomes.
      const words = w.text === undefined ? {} : { text: w.text };
      side.walkAway =
        kind.value === 'statusQuo' ? { kind: 'statusQuo', options: Object.fromEntries(items(s).map((it) => [it.id, it.options[0]?.id])), ...words } : { kind: 'reservation', value: 0.3, ...words };
      e.rebuild();
    });
    const value =
      w.kind === 'reservation'
        ? numberInput(w.value, (v) => (w.value = v), e, { 'aria-label': `${side.id} walk-away value`, title: 'The utility (0–1) below which this side prefers no deal.' })
        : el('span', { class: 'muted' }, 'its option on each item is marked ◉ below');
    return [el('code', null, side.id), textInput(english(side.name), (v) => (side.name = withEnglish(side.name, v)), e, { 'aria-label': `${side.id} name`, title: help.name }), kind, value];
  });
  return el('section', { class: 'wb-card' }, el('h2', null, 'Sides'), el('div', { class: 'wb-scroll' }, table(['Side', 'Name', 'Walk-away', 'Value'], rows, 'Sides')));
}

function itemBlock(s: Raw, i: number, e: Edits): HTMLElement {
  const item = items(s)[i];
  const ss = sides(s);
  const weights = ss.map((side) =>
    el(
      'label',
      { class: 'wb-weight' },
      `weight for ${side.id} `,
      numberInput(side.priorities?.[item.id], (v) => (side.priorities = { ...side.priorities, [item.id]: v }), e, { 'aria-label': `${side.id} weight of ${item.id}`, title: help.priorities }),
    ),
  );
  const rows = item.options.map((o: Raw, k: number) => [
    el('code', null, o.id),
    textInput(english(o.label), (v) => (o.label = withEnglish(o.label, v)), e, { 'aria-label': `${item.id} ${o.id} label`, title: help.label }),
    ...ss.map((side) => numberInput(o.values?.[side.id], (v) => (o.values = { ...o.values, [side.id]: v }), e, { 'aria-label': `${item.id} ${o.id} value to ${side.id}`, title: help.values })),
    ...ss.map((side) => {
      const box = el('input', { type: 'checkbox', checked: redLined(side, item.id, o.id), 'aria-label': `${side.id} red line on ${item.id} ${o.id}`, title: help.redLines });
      box.addEventListener('change', () => (setRedLine(side, item.id, o.id, box.checked), e.changed()));
      return box;
    }),
    ...ss.map((side) => {
      if (side.walkAway?.kind !== 'statusQuo') return el('span', { class: 'muted' }, '–');
      const radio = el('input', { type: 'radio', name: `sq-${side.id}-${item.id}`, checked: side.walkAway.options?.[item.id] === o.id, 'aria-label': `${side.id} status quo on ${item.id}: ${o.id}` });
      radio.addEventListener('change', () => ((side.walkAway.options = { ...side.walkAway.options, [item.id]: o.id }), e.changed()));
      return radio;
    }),
    el('button', { type: 'button', class: 'wb-small', 'aria-label': `remove option ${o.id}`, disabled: item.options.length <= 2, on: { click: () => (removeOption(s, i, k), e.rebuild()) } }, '✕'),
  ]);
  const head = ['Option', 'Label', ...ss.map((x) => `Value to ${x.id}`), ...ss.map((x) => `✕ ${x.id} red line`), ...ss.map((x) => `◉ ${x.id} status quo`), 'Remove'];
  return el(
    'section',
    { class: 'wb-card', 'data-item': item.id },
    el(
      'h3',
      null,
      el('code', null, item.id),
      ' ',
      textInput(english(item.title), (v) => (item.title = withEnglish(item.title, v)), e, { 'aria-label': `${item.id} title`, title: help.title, class: 'wb-title' }),
    ),
    el('div', { class: 'wb-weights' }, ...weights),
    el('div', { class: 'wb-scroll' }, table(head, rows, `Options of ${item.id}`)),
    el(
      'div',
      { class: 'wb-actions' },
      el('button', { type: 'button', on: { click: () => (addOption(s, i), e.rebuild()) } }, 'Add an option'),
      el('button', { type: 'button', disabled: items(s).length <= 1, on: { click: () => (removeItem(s, i), e.rebuild()) } }, 'Remove this item'),
    ),
  );
}

export function editTables(s: Raw, e: Edits): HTMLElement {
  return el(
    'div',
    { class: 'wb-tables' },
    sidesTable(s, e),
    el('h2', null, 'Agenda'),
    ...items(s).map((_, i) => itemBlock(s, i, e)),
    el('button', { type: 'button', on: { click: () => (addItem(s), e.rebuild()) } }, 'Add an item'),
  );
}
