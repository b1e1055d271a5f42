/**
 * Writes docs/scenario-fields.md, the designers' field reference, from the same zod schema that
 * checks scenarios (through its JSON Schema), with an example of each field taken from the shipped
 * scenarios. `npm run docs`; a test fails when the published file is stale, so the reference can
 * never drift from what the loader accepts.
 */
import fs from 'node:fs';
import { scenarioJsonSchema, SCENARIO_FORMAT } from '../engine/index.ts';
import { LANGUAGE_TAG } from '../engine/scenario/translations.ts';

export const DOCS_PATH = 'docs/scenario-fields.md';
/** Where examples come from, in order of preference. */
const EXAMPLE_FILES = ['danang-2017.json', 'southwest-2017.json', 'tutorial.json'];
const ID_PATTERN = '^[a-z][a-z0-9-]*$';

type Json = Record<string, any>;

interface Row {
  field: string;
  type: string;
  required: string;
  description: string;
  example: string;
}

interface Section {
  path: string;
  /** For a variant of a "kind" union: the kind. */
  kind?: string;
  description?: string;
  rows: Row[];
}

const isText = (s: Json): boolean => Array.isArray(s.anyOf) && s.anyOf.some((o: Json) => o.type === 'object' && o.properties?.en);
const isObject = (s: Json): boolean => s.type === 'object' && s.properties !== undefined;
const variants = (s: Json): Json[] | null => (Array.isArray(s.oneOf) && s.oneOf.every((o: Json) => o.properties?.kind?.const) ? s.oneOf : null);

function range(s: Json): string {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? `>${s.exclusiveMinimum}` : undefined);
  const hi = s.maximum !== undefined && s.maximum < 1e9 ? s.maximum : undefined;
  const n = (x: number | string) => String(x).replace('-', '−').replace('>', '> ');
  if (lo !== undefined && hi !== undefined) return ` ${n(lo)} to ${n(hi)}`;
  if (lo !== undefined) return typeof lo === 'string' ? ` ${n(lo)}` : ` ≥ ${n(lo)}`;
  return '';
}

function typeOf(s: Json, sectionLink?: string): string {
  if (isText(s)) return 'text';
  const v = variants(s);
  if (v) return `object, one of: ${v.map((o) => `\`kind: "${o.properties.kind.const}"\``).join(', ')}${sectionLink ? ` (${sectionLink})` : ''}`;
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((e: unknown) => `\`${JSON.stringify(e)}\``).join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.pattern === ID_PATTERN) return 'id';
      if (s.pattern === LANGUAGE_TAG.source) return 'language code (`en`, `fr`, `pt-BR`)';
      if (s.format === 'uri') return 'web address';
      return s.pattern ? `text matching \`${s.pattern}\`` : 'string';
    case 'integer':
      return `whole number${range(s)}`;
    case 'number':
      return `number${range(s)}`;
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      if (Array.isArray(s.prefixItems)) return `list of exactly ${s.prefixItems.length} ${typeOf(s.prefixItems[0], sectionLink)}`;
      const least = s.minItems ? ` (at least ${s.minItems})` : '';
      return `list of ${typeOf(s.items, sectionLink)}${least}`;
    }
    case 'object':
      if (s.properties) return sectionLink ? `object (${sectionLink})` : 'object';
      if (s.additionalProperties && typeof s.additionalProperties === 'object')
        return `object: ${s.propertyNames?.pattern === ID_PATTERN ? 'id' : 'key'} → ${typeOf(s.additionalProperties, sectionLink)}`;
      return 'object';
  }
  return 'value';
}

/** Values of the example scenarios at a path: `[]` walks every list entry, `<id>` every key. */
function valuesAt(roots: unknown[], segments: string[]): unknown[] {
  let values = roots;
  for (const seg of segments) {
    values = values.flatMap((v) => {
      if (v === null || typeof v !== 'object') return [];
      if (seg === '[]') return Array.isArray(v) ? v : [];
      if (seg === '<id>') return Array.isArray(v) ? [] : Object.values(v);
      return Object.hasOwn(v, seg) ? [(v as Json)[seg]] : [];
    });
  }
  return values;
}

function exampleText(value: unknown): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value);
  if (json.length <= 48) return `\`${json}\``;
  if (typeof value === 'string') return `\`${JSON.stringify(`${value.slice(0, 40).trimEnd()}…`)}\``;
  // A long object or list of plain values: its first entry is example enough, if it is short.
  const first = Array.isArray(value)
    ? typeof value[0] !== 'object'
      ? JSON.stringify([value[0]]).replace(/]$/, ', …]')
      : null
    : value !== null && typeof value === 'object'
      ? firstEntry(value as Json)
      : null;
  return first !== null && first.length <= 56 ? `\`${first}\`` : '';
}

function firstEntry(o: Json): string | null {
  const [k, v] = Object.entries(o)[0] ?? [];
  return k === undefined || (typeof v === 'object' && v !== null) ? null : JSON.stringify({ [k]: v }).replace(/}$/, ', …}');
}

function anchor(path: string, kind?: string): string {
  return `#${`${path}${kind ? ` kind ${kind}` : ''}`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-')}`;
}

function heading(path: string, kind?: string): string {
  return `${path}${kind ? ` (kind "${kind}")` : ''}`;
}

/** Documents an object schema at `path` (segments for example lookup), and everything nested in it. */
function collect(s: Json, path: string, segments: string[], out: Section[], examples: unknown[], kind?: string): void {
  const section: Section = { path, kind, description: s.description, rows: [] };
  out.push(section);
  const instances = valuesAt(examples, segments).filter((v) => kind === undefined || (v as Json)?.kind === kind);
  const nested: (() => void)[] = [];
  for (const [name, raw] of Object.entries<Json>(s.properties)) {
    const childPath = path === '(top level)' ? name : `${path}.${name}`;
    let link: string | undefined;
    // Where the nested objects live, if any: an object, a list of objects, a tuple, a record, a "kind" union.
    const inner = raw.type === 'array' ? (raw.prefixItems?.[0] ?? raw.items) : raw.type === 'object' && !raw.properties ? raw.additionalProperties : raw;
    const step = raw.type === 'array' ? '[]' : raw.type === 'object' && !raw.properties ? '<id>' : null;
    const innerPath = step === '[]' ? `${childPath}[]` : step === '<id>' ? `${childPath}.<id>` : childPath;
    const innerSegments = step ? [...segments, name, step] : [...segments, name];
    if (inner && typeof inner === 'object' && !isText(inner)) {
      const v = variants(inner);
      if (v) {
        link = `see ${v.map((o) => `[${o.properties.kind.const}](${anchor(innerPath, o.properties.kind.const)})`).join(', ')}`;
        nested.push(() => v.forEach((o) => collect({ ...o, description: o.description ?? inner.description }, innerPath, innerSegments, out, examples, o.properties.kind.const)));
      } else if (isObject(inner)) {
        link = `see [${innerPath}](${anchor(innerPath)})`;
        nested.push(() => collect(inner, innerPath, innerSegments, out, examples));
      }
    }
    const example = instances.map((v) => (v !== null && typeof v === 'object' ? (v as Json)[name] : undefined)).find((v) => v !== undefined);
    const def = raw.default !== undefined ? `no (default \`${JSON.stringify(raw.default)}\`)` : 'no';
    section.rows.push({
      field: `\`${name}\``,
      type: typeOf(raw, link),
      required: s.required?.includes(name) ? 'yes' : def,
      description: raw.description ?? '',
      example: exampleText(example),
    });
  }
  for (const n of nested) n();
}

const cell = (t: string) => t.replace(/\|/g, '\\|');

export function fieldsDocText(): string {
  const schema = scenarioJsonSchema() as Json;
  const examples = EXAMPLE_FILES.map((f) => JSON.parse(fs.readFileSync(`public/scenarios/${f}`, 'utf8')));
  const sections: Section[] = [];
  collect(schema, '(top level)', [], sections, examples);
  const lines = [
    '# Scenario fields',
    '',
    `<!-- Generated by \`npm run docs\` from src/engine/scenario/schema.ts (format ${SCENARIO_FORMAT}). Do not edit: change the schema's descriptions and regenerate. -->`,
    '',
    `Every field of a scenario file, format ${SCENARIO_FORMAT}, as the loader checks it. Examples come from the shipped`,
    `scenarios (${EXAMPLE_FILES.map((f) => `\`public/scenarios/${f}\``).join(', ')}). How the fields shape a negotiation, and`,
    'how to check and tune a scenario: [the designer guide](designer-guide.md).',
    '',
    'Kinds of value:',
    '',
    '- **id**: lower-case letters, digits and hyphens, starting with a letter (`buffer-zone`). Ids of one',
    '  kind (items, options of one item, sides, parties, events, personalities) must be unique.',
    '- **text**: shown to players. Either a string (English) or the same text in several languages,',
    '  `{ "en": "Ceasefire", "fr": "Cessez-le-feu" }`; `"en"` is required and is the fallback for a',
    '  language a text lacks. List the languages in the top-level `languages` field.',
    '- **number 0 to 1**: values, probabilities, thresholds. Effects and shifts run from −1 to 1.',
    '- Fields marked "no" may be left out; a default, if any, is shown. Any field not listed here is an',
    '  error (a misspelt field is never silently ignored).',
    '',
    '## Contents',
    '',
    ...sections.map((s) => `- [${heading(s.path, s.kind)}](${anchor(s.path, s.kind)})`),
  ];
  for (const s of sections) {
    lines.push('', `## ${heading(s.path, s.kind)}`, '');
    if (s.description && s.path !== '(top level)') lines.push(s.description, '');
    lines.push('| Field | Type | Required | Meaning | Example |', '| --- | --- | --- | --- | --- |');
    for (const r of s.rows) lines.push(`| ${[r.field, r.type, r.required, r.description, r.example].map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('write-docs.ts')) {
  fs.mkdirSync('docs', { recursive: true });
  fs.writeFileSync(DOCS_PATH, fieldsDocText());
  console.log(`wrote ${DOCS_PATH}`);
}
