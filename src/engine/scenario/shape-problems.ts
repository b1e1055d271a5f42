/**
 * Turns zod's shape issues into designer-facing problems: a stable code, the JSON path and a
 * plain sentence saying what was expected and what was found.
 */
import type * as z from 'zod/mini';
import { problem, type Problem } from './problems.ts';
import { fieldsAt, nearMiss } from './schema-fields.ts';

const quoted = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

function unknownField(key: string, path: readonly PropertyKey[], root: unknown): string {
  const guess = nearMiss(key, path, root);
  const fields = fieldsAt(path, root);
  const list = fields.length > 0 ? `fields here: ${fields.join(', ')}` : '';
  return guess ? `unknown field "${key}"; did you mean "${guess}"?${list ? ` (${list})` : ''}` : `unknown field "${key}" (misspelt, or not part of this format${list ? `; ${list}` : ''})`;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'string') return v.length > 40 ? `the text "${v.slice(0, 37)}…"` : `the text "${v}"`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return 'an object';
}

const typeNames: Record<string, string> = {
  string: 'a text (in double quotes)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  tuple: 'a list [ … ]',
  record: 'an object { … }',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function bound(issue: { minimum?: unknown; maximum?: unknown; origin?: string; inclusive?: boolean }, small: boolean): string {
  const n = Number(small ? issue.minimum : issue.maximum);
  const cmp = small ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
  switch (issue.origin) {
    case 'array':
      return `a list with ${cmp} ${n} ${n === 1 ? 'entry' : 'entries'}`;
    case 'string':
      return n === 1 && small ? 'a non-empty text' : `a text of ${cmp} ${n} characters`;
    default:
      return `a number ${cmp} ${n}`;
  }
}

export function shapeProblems(error: z.core.$ZodError, root: unknown): Problem[] {
  return issueProblems(error.issues, [], root);
}

type Issue = z.core.$ZodError['issues'][number];

/** `prefix`: where a union branch's issues (whose paths are relative to the union) sit in the file. */
function issueProblems(issues: readonly Issue[], prefix: readonly PropertyKey[], root: unknown): Problem[] {
  const out: Problem[] = [];
  for (const raw of issues) {
    const issue = { ...raw, path: [...prefix, ...raw.path] } as Issue;
    const found = valueAt(root, issue.path);
    const foundText = `found ${describeValue(found)}`;
    switch (issue.code) {
      case 'invalid_type':
        out.push(
          found === undefined
            ? problem('shape.missing', issue.path, `required field is missing: expected ${typeNames[issue.expected] ?? issue.expected}`)
            : problem('shape.type', issue.path, `expected ${typeNames[issue.expected] ?? issue.expected}, ${foundText}`),
        );
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(problem('shape.unknown-field', [...issue.path, key], unknownField(key, issue.path, root)));
        break;
      case 'too_small':
        out.push(problem('shape.too-small', issue.path, `expected ${bound(issue, true)}, ${foundText}`));
        break;
      case 'too_big':
        out.push(problem('shape.too-big', issue.path, `expected ${bound(issue, false)}, ${foundText}`));
        break;
      case 'invalid_format':
        out.push(problem('shape.format', issue.path, `expected ${issue.format === 'url' ? 'a web address (https://…)' : issue.message}, ${foundText}`));
        break;
      case 'invalid_value':
        out.push(problem('shape.choice', issue.path, `expected one of ${quoted(issue.values)}, ${foundText}`));
        break;
      case 'invalid_union': {
        if (issue.errors.length > 0 && !('discriminator' in issue)) {
          // A text field: a string or its translations { "en": … }. Report against the form the designer chose.
          if (found === undefined) out.push(problem('shape.missing', issue.path, 'required field is missing: expected a text (in double quotes)'));
          else if (typeof found === 'string') out.push(...issueProblems(issue.errors[0], issue.path, root));
          else if (found !== null && typeof found === 'object' && !Array.isArray(found)) out.push(...issueProblems(issue.errors[1], issue.path, root));
          else out.push(problem('shape.type', issue.path, `expected a text (in double quotes) or its translations { "en": "…", "fr": "…" }, ${foundText}`));
          break;
        }
        // zod points either at the variant object or, when the discriminator is unknown, at its "kind".
        const atKind = issue.path.at(-1) === 'kind';
        const objectPath = atKind ? issue.path.slice(0, -1) : issue.path;
        const kind = atKind ? found : (found as { kind?: unknown } | undefined)?.kind;
        const kinds = (issue as { options?: unknown[] }).options ?? [];
        const choices = kinds.length > 0 ? `one of ${quoted(kinds)}` : '';
        out.push(
          kind === undefined
            ? problem('shape.variant', [...objectPath, 'kind'], `expected a "kind" field saying which variant this is${choices ? `, ${choices}` : ''}`)
            : problem('shape.variant', objectPath, `unknown kind ${JSON.stringify(kind)}${choices ? `: expected ${choices}` : ''}`),
        );
        break;
      }
      case 'invalid_key':
        // zod/mini has no locale loaded: these are the words zod's English one gave, as designers know them.
        out.push(problem('shape.invalid', issue.path, `Invalid key in ${issue.origin}`));
        break;
      case 'custom': {
        const code = (issue.params as { code?: unknown } | undefined)?.code;
        out.push(problem(typeof code === 'string' ? code : 'shape.invalid', issue.path, issue.message));
        break;
      }
      default:
        out.push(problem('shape.invalid', issue.path, issue.message));
    }
  }
  return out;
}
