/**
 * Lookups in records keyed by scenario ids. A plain object inherits keys such as "constructor"
 * (a legal id), so `record[id]` on a missing id would find Object's function instead of nothing
 * and hide the gap. Every record from a scenario or an event is read through these.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An id → index table with no prototype, so an unknown id can never resolve to an inherited key. */
export function indexTable(ids: readonly string[]): Record<string, number> {
  const table: Record<string, number> = Object.create(null);
  ids.forEach((id, i) => (table[id] = i));
  return table;
}
