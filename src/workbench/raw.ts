/**
 * The scenario as written (the JSON file, texts possibly translated), and the small edits the
 * workbench makes to it. Edits keep the file's other parts untouched, so a downloaded file is the
 * designer's own file with only the changed numbers and texts different.
 */
export type Raw = Record<string, any>;

/** A text field's English (the language every text has). */
export function english(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && typeof (text as Raw).en === 'string') return (text as Raw).en;
  return '';
}

/** Sets a text's English, keeping its translations. */
export function withEnglish(text: unknown, value: string): unknown {
  return text && typeof text === 'object' && !Array.isArray(text) ? { ...(text as Raw), en: value } : value;
}

export function sides(s: Raw): Raw[] {
  return Array.isArray(s.sides) ? s.sides : [];
}

export function items(s: Raw): Raw[] {
  return Array.isArray(s.items) ? s.items : [];
}

/** A new id not yet used among `taken`: `option-3`. */
export function freshId(prefix: string, taken: string[]): string {
  for (let k = taken.length + 1; ; k++) if (!taken.includes(`${prefix}-${k}`)) return `${prefix}-${k}`;
}

/** Red-lined by `side` on `item`? */
export function redLined(side: Raw, itemId: string, optionId: string): boolean {
  return (side.redLines ?? []).some((l: Raw) => l.item === itemId && (l.options ?? []).includes(optionId));
}

/** Adds or removes one option from a side's red line on an item (the line goes when empty). */
export function setRedLine(side: Raw, itemId: string, optionId: string, on: boolean): void {
  side.redLines ??= [];
  let line = side.redLines.find((l: Raw) => l.item === itemId);
  if (on && !line) side.redLines.push((line = { item: itemId, options: [], text: "TODO: why, in the side's words." }));
  if (!line) return;
  line.options = on ? [...new Set([...line.options, optionId])] : line.options.filter((o: string) => o !== optionId);
  if (line.options.length === 0) side.redLines = side.redLines.filter((l: Raw) => l !== line);
}

export function addOption(s: Raw, itemIndex: number): void {
  const item = items(s)[itemIndex];
  const id = freshId(
    'option',
    item.options.map((o: Raw) => o.id),
  );
  item.options.push({ id, label: 'New option', description: 'TODO: what this option commits the sides to.', values: Object.fromEntries(sides(s).map((x) => [x.id, 0.5])) });
}

/** Removes an option and every reference to it (walk-aways and the real outcome fall back on the first option). */
export function removeOption(s: Raw, itemIndex: number, optionIndex: number): void {
  const item = items(s)[itemIndex];
  if (item.options.length <= 2) return;
  const [gone] = item.options.splice(optionIndex, 1);
  for (const side of sides(s)) {
    setRedLine(side, item.id, gone.id, false);
    if (side.walkAway?.kind === 'statusQuo' && side.walkAway.options?.[item.id] === gone.id) side.walkAway.options[item.id] = item.options[0].id;
  }
  const real = s.debrief?.items?.[item.id];
  if (real?.realOption === gone.id) real.realOption = item.options[0].id;
}

export function addItem(s: Raw): void {
  const id = freshId(
    'item',
    items(s).map((i) => i.id),
  );
  const values = (v: number) => Object.fromEntries(sides(s).map((x, k) => [x.id, k === 0 ? v : 1 - v]));
  s.items.push({
    id,
    title: 'New item',
    description: 'TODO: what is being decided.',
    options: [
      { id: 'none', label: 'No agreement', description: 'TODO: nothing changes.', values: values(0.5) },
      { id: 'deal', label: 'A deal', description: 'TODO: what this option commits the sides to.', values: values(1) },
    ],
  });
  for (const side of sides(s)) {
    side.priorities = { ...side.priorities, [id]: 0.1 };
    if (side.walkAway?.kind === 'statusQuo') side.walkAway.options = { ...side.walkAway.options, [id]: 'none' };
  }
  s.debrief ??= {};
  s.debrief.items = { ...s.debrief.items, [id]: { realOption: 'none', text: 'TODO: what really happened.' } };
}

/** Removes an item and every reference to it; events that name it are left for check to point out. */
export function removeItem(s: Raw, itemIndex: number): void {
  if (items(s).length <= 1) return;
  const [gone] = s.items.splice(itemIndex, 1);
  for (const side of sides(s)) {
    delete side.priorities?.[gone.id];
    if (side.walkAway?.kind === 'statusQuo') delete side.walkAway.options?.[gone.id];
    side.redLines = (side.redLines ?? []).filter((l: Raw) => l.item !== gone.id);
  }
  delete s.debrief?.items?.[gone.id];
}
