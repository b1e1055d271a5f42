/**
 * Which fields the format allows at a place in a file, read from the zod schema itself (so it
 * never drifts), and the nearest of them to a misspelt one: for `unknown field` problems.
 */
import { closest, distance } from 'fastest-levenshtein';
import type * as z from 'zod/mini';
import { schemaParts } from './schema.ts';

interface Def {
  type: string;
  innerType?: Node;
  in?: Node;
  shape?: Record<string, Node>;
  element?: Node;
  items?: Node[];
  valueType?: Node;
  options?: Node[];
  values?: unknown[];
}
type Node = { _zod: { def: Def } };

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'pipe']);

function unwrap(node: Node): Def {
  let d = node._zod.def;
  while (WRAPPERS.has(d.type)) d = (d.innerType ?? d.in)!._zod.def;
  return d;
}

/** A union's branch that fits the value: the variant its "kind" names, or the object form of a text. */
function branch(d: Def, value: unknown): Def | undefined {
  const objects = (d.options ?? []).map(unwrap).filter((o) => o.type === 'object');
  const kind = (value as { kind?: unknown } | null)?.kind;
  return (
    objects.find((o) => o.shape?.kind && unwrap(o.shape.kind).values?.includes(kind)) ??
    (objects.length === 1 ? objects[0] : undefined) ??
    (d.options ?? []).map(unwrap).find((o) => o.type === 'record')
  );
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The object schema at `path` of `root` (a scenario as written), or undefined where there is none. */
function objectAt(path: readonly PropertyKey[], root: unknown): Def | undefined {
  let d: Def | undefined = unwrap(schemaParts().scenario as unknown as Node);
  const resolve = (at: number): Def | undefined => (d?.type === 'union' ? branch(d, valueAt(root, path.slice(0, at))) : d);
  for (let i = 0; i < path.length && d; i++) {
    d = resolve(i);
    const k = path[i];
    const next: Node | undefined =
      d?.type === 'object' ? d.shape?.[String(k)] : d?.type === 'array' ? d.element : d?.type === 'tuple' ? d.items?.[Number(k)] : d?.type === 'record' ? d.valueType : undefined;
    d = next && unwrap(next);
  }
  d = resolve(path.length);
  return d?.type === 'object' ? d : undefined;
}

/** The fields allowed in the object at `path`, in the schema's order. */
export function fieldsAt(path: readonly PropertyKey[], root: unknown): string[] {
  return Object.keys(objectAt(path, root)?.shape ?? {});
}

/**
 * What a misspelt field most likely meant: a close spelling among the fields not yet used, or else
 * the one required field that is missing (`"happy"` where `"pleased"` belongs).
 */
export function nearMiss(field: string, path: readonly PropertyKey[], root: unknown): string | undefined {
  const d = objectAt(path, root);
  if (!d?.shape) return undefined;
  const present = valueAt(root, path);
  const used = new Set(present !== null && typeof present === 'object' ? Object.keys(present) : []);
  const free = Object.keys(d.shape).filter((k) => !used.has(k));
  if (free.length === 0) return undefined;
  const near = closest(
    field.toLowerCase(),
    free.map((k) => k.toLowerCase()),
  );
  const match = free.find((k) => k.toLowerCase() === near)!;
  if (distance(field.toLowerCase(), near) <= Math.max(1, Math.ceil(Math.min(field.length, match.length) / 3))) return match;
  const missing = free.filter((k) => !(d.shape![k] as unknown as z.ZodMiniType).safeParse(undefined).success);
  return missing.length === 1 ? missing[0] : undefined;
}
