/**
 * Text from people and files (names, seeds, scenario texts) is shown inside the game's own
 * sentences. The Unicode direction controls — embeddings, overrides and isolates — would reorder
 * more than their own text there: a U+202E showed "Bob jones" reversed and turned a seed into a
 * reversed header. They are taken out where such text comes in (or refused, where it must stay
 * exactly as given); right-to-left letters themselves are kept, and views isolate the text.
 */
export const DIRECTION_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function hasDirectionControls(text: string): boolean {
  return /[\u202a-\u202e\u2066-\u2069]/.test(text);
}

export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/** Every text in plain JSON data without direction controls (ids and numbers are untouched). */
export function stripDirectionControls<T>(data: T): T {
  if (typeof data === 'string') return withoutDirectionControls(data) as T;
  if (Array.isArray(data)) return data.map(stripDirectionControls) as T;
  if (data !== null && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, stripDirectionControls(v)])) as T;
  return data;
}
