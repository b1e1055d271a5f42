/**
 * Translatable scenario text (format 2). Any text field may be a plain string (English) or an
 * object of language → text, e.g. { "en": "Deconfliction", "fr": "Déconfliction" }, "en" required.
 * Loading resolves every text field to one language, falling back to English field by field, so
 * the compiled scenario has plain strings and nothing downstream knows translations exist.
 *
 * Which fields are text is read from the zod schema itself (a walk over schema and data side by
 * side), so a text field added to the schema later is translatable without touching this file.
 */
import * as z from 'zod/mini';
import type { PathSegment } from './problems.ts';

/** A language tag: "en", "fr", "pt-BR", "zh-Hant". */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const nonEmpty = z.string().check(z.minLength(1, 'a non-empty text'));

/** The object form of a text: English plus any other languages. */
export const translationsSchema = z.catchall(z.object({ en: nonEmpty.check(z.describe('The English text (required: the fallback for every language).')) }), nonEmpty).check(
  z.superRefine((value, ctx) => {
    for (const key of Object.keys(value))
      if (!LANGUAGE_TAG.test(key))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a language code; expected one such as "en", "fr" or "pt-BR"`,
          params: { code: 'text.language' },
        });
  }),
  z.describe('The same text in several languages: { "en": "…", "fr": "…" }; "en" is required.'),
);

export type Translations = { en: string; [language: string]: string };

/** A scenario value with every translatable text resolved to a plain string. */
export type Resolved<T> = T extends Translations ? string : T extends string | number | boolean | null | undefined ? T : { [K in keyof T]: Resolved<T[K]> };

/** A text field: a non-empty string, or its translations. */
export function translatableText() {
  return z.union([nonEmpty, translationsSchema]);
}

/** True for a text field's schema, however it was described or wrapped: its union holds translationsSchema. */
function isText(schema: z.ZodMiniType): boolean {
  const def = schema.def as { type: string; options?: readonly unknown[] };
  return def.type === 'union' && def.options !== undefined && def.options.includes(translationsSchema);
}

export interface TextReport {
  /** Text fields that lack some of the languages the scenario lists. */
  missing: { path: PathSegment[]; languages: string[] }[];
  /** Text fields with a language the scenario does not list (probably a typo such as "fn"). */
  unlisted: { path: PathSegment[]; languages: string[] }[];
}

/** A path built only when a report needs it: a walk visits every node, and most are fine. */
type Path = { parent: Path; key: PathSegment } | null;

function segments(path: Path): PathSegment[] {
  const out: PathSegment[] = [];
  for (let p = path; p !== null; p = p.parent) out.push(p.key);
  return out.reverse();
}

interface Walk {
  language: string;
  languages: readonly string[];
  report: TextReport;
}

function resolveText(value: string | Translations, path: Path, w: Walk): string {
  if (typeof value === 'string') {
    const missing = w.languages.filter((l) => l !== 'en');
    if (missing.length > 0) w.report.missing.push({ path: segments(path), languages: missing });
    return value;
  }
  const missing = w.languages.filter((l) => !Object.hasOwn(value, l));
  if (missing.length > 0) w.report.missing.push({ path: segments(path), languages: missing });
  const unlisted = Object.keys(value).filter((l) => !w.languages.includes(l));
  if (unlisted.length > 0) w.report.unlisted.push({ path: segments(path), languages: unlisted });
  return Object.hasOwn(value, w.language) ? value[w.language] : value.en;
}

function walk(schema: z.ZodMiniType, value: unknown, path: Path, w: Walk): unknown {
  if (value === undefined || value === null) return value;
  if (isText(schema)) return resolveText(value as string | Translations, path, w);
  const def = schema.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return walk(def.innerType as z.ZodMiniType, value, path, w);
    case 'object': {
      const shape = def.shape as Record<string, z.ZodMiniType>;
      // fromEntries defines own properties, so even a "__proto__" key stays plain data.
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, Object.hasOwn(shape, k) ? walk(shape[k], v, { parent: path, key: k }, w) : v]));
    }
    case 'record':
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, walk(def.valueType as z.ZodMiniType, v, { parent: path, key: k }, w)]));
    case 'array':
      return (value as unknown[]).map((v, i) => walk(def.element as z.ZodMiniType, v, { parent: path, key: i }, w));
    case 'tuple': {
      const items = def.items as z.ZodMiniType[];
      return (value as unknown[]).map((v, i) => (i < items.length ? walk(items[i], v, { parent: path, key: i }, w) : v));
    }
    case 'union': {
      // Discriminated unions (walk-aways, triggers): follow the variant the data names.
      const key = def.discriminator as string | undefined;
      if (key === undefined) return value;
      const tag = (value as Record<string, unknown>)[key];
      const variant = (def.options as z.ZodMiniType[]).find((o) => {
        const field = (o.def as unknown as { shape?: Record<string, z.ZodMiniType> }).shape?.[key];
        return (field?.def as { values?: unknown[] } | undefined)?.values?.includes(tag);
      });
      return variant ? walk(variant, value, path, w) : value;
    }
    default:
      return value;
  }
}

/**
 * Resolves every text field of `value` (already checked against `schema`) to `language`, falling
 * back to English; reports fields that lack a listed language. Pure: `value` is not changed.
 */
export function resolveTexts<T>(schema: z.ZodMiniType<T>, value: T, language: string, languages: readonly string[]): { value: Resolved<T>; report: TextReport } {
  const report: TextReport = { missing: [], unlisted: [] };
  return { value: walk(schema, value, null, { language, languages, report }) as Resolved<T>, report };
}
