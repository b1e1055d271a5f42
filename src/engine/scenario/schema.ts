/**
 * The scenario format: the single source of truth for both the TypeScript types
 * (`Scenario` below) and the JSON Schema published beside the scenarios
 * (public/scenarios/scenario.schema.json, written by `npm run schema`).
 *
 * This stage checks shape only. Meaning (ids that resolve, weights that sum to one, …)
 * is checked afterwards by ./meaning.ts, so every problem can be reported at once.
 * Objects are strict: a misspelt field is an error, not a silently ignored default.
 */
import { z } from 'zod';
import { LANGUAGE_TAG, translatableText, type Resolved } from './translations.ts';

// No code generation: zod's JIT compiles parsers with `new Function`, which a strict
// Content-Security-Policy forbids (and which only pays off for parsing many documents, while
// the game parses one scenario, once).
z.config({ jitless: true });

/**
 * The format version this engine writes and reads. Older files are upgraded on load by
 * ./migrations.ts (with a notice); newer ones are refused.
 *   1  the first format
 *   2  text fields may be translated ({ "en": "…", "fr": "…" }); `languages` lists the languages offered
 */
export const SCENARIO_FORMAT = 2;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'an id: lower-case letters, digits and hyphens, starting with a letter')
  .describe('An identifier: lower-case letters, digits and hyphens, starting with a letter.');

/** Text shown to players: a plain string (English), or { "en": "…", "fr": "…" } (./translations.ts). */
const text = translatableText().describe('Text shown to players: a string (English), or the same text in several languages { "en": "…", "fr": "…" }.');
const unit = z.number().min(0).max(1);
const signedUnit = z.number().min(-1).max(1);

/** Values keyed by side id, e.g. { "us": 0.8, "russia": 0.2 }. */
const perSide = z.record(id, unit).describe('A value per side id, each between 0 and 1.');

export const optionSchema = z.strictObject({
  id,
  label: text.describe('A short label, e.g. "Keep the 2015 hotline only".'),
  description: text,
  values: perSide.describe(
    'How much each side values this option, 0–1. Normalised per item: each side\'s best option on an item counts as 1.',
  ),
  effects: z
    .record(id, signedUnit)
    .optional()
    .describe('Effect on each third party, −1 (outraged) to +1 (delighted); missing parties are unaffected.'),
  /** Used to write the joint statement when this option is agreed. */
  statement: text.optional().describe('A sentence for the joint statement when this option is agreed.'),
});

export const itemSchema = z.strictObject({
  id,
  title: text,
  description: text,
  options: z.array(optionSchema).min(2, 'at least two options').describe('The option ladder, in order.'),
});

const walkAwaySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('statusQuo'),
    options: z.record(id, id).describe('For each item, the option that stands if there is no agreement.'),
    text: text.optional(),
  }),
  z.strictObject({
    kind: z.literal('reservation'),
    value: unit.describe('The utility (0–1) below which this side prefers no deal.'),
    text: text.optional(),
  }),
]);

const redLineSchema = z.strictObject({
  item: id,
  options: z.array(id).min(1).describe('Options on that item this side will never accept.'),
  text: text.describe('Why, in the side\'s words.'),
});

export const sideSchema = z.strictObject({
  id,
  name: text,
  leader: text,
  stakes: text.describe('Public: what this side has at stake (shown when choosing a side).'),
  brief: text.describe('Private: the side\'s confidential instructions.'),
  priorities: z.record(id, z.number().positive()).describe('Weight of each item for this side; the weights sum to 1.'),
  walkAway: walkAwaySchema,
  redLines: z.array(redLineSchema).default([]),
});

export const thirdPartySchema = z.strictObject({
  id,
  name: text,
  wants: text,
  cannotAccept: text,
  reactions: z.strictObject({
    pleased: text,
    uneasy: text,
    angry: text,
  }),
});

const triggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('round'),
    from: z.int().min(1).default(1),
    to: z.int().min(1).optional(),
  }),
  z.strictObject({
    kind: z.literal('thirdParty'),
    party: id,
    below: unit.optional(),
    above: unit.optional(),
  }),
  z.strictObject({
    kind: z.literal('reopened').describe('Fires when an item that was tentatively agreed is reopened.'),
    item: id.optional(),
  }),
  z.strictObject({
    kind: z.literal('proposed').describe('Fires when a proposal puts this option on the table.'),
    item: id,
    option: id,
  }),
]);

const valueShiftSchema = z.strictObject({
  side: id,
  item: id,
  option: id,
  delta: signedUnit.describe('Added to the option\'s value for that side (clamped to 0–1).'),
});

export const eventSchema = z.strictObject({
  id,
  title: text,
  text,
  probability: unit.describe('Chance, each round its trigger holds, that it fires.'),
  trigger: triggerSchema,
  once: z.boolean().default(true),
  effects: z.strictObject({
    trust: signedUnit.optional().describe('Added to both sides\' trust (0–1).'),
    values: z.array(valueShiftSchema).optional(),
    thirdParties: z.record(id, signedUnit).optional().describe('Added to each named party\'s satisfaction.'),
  }),
});

export const STRATEGIES = ['hardliner', 'boulware', 'linear', 'conceder', 'tit-for-tat', 'logroller'] as const;
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;

export const personalitySchema = z.strictObject({
  id,
  name: text,
  description: text,
  strategy: z.enum(STRATEGIES),
  difficulty: z.enum(DIFFICULTIES).optional().describe('Which difficulty setting picks this personality.'),
  concession: z
    .number()
    .min(0)
    .max(10)
    .optional()
    .describe('Concession exponent e of f(t) = t^(1/e): below 1 holds firm (Boulware), above 1 concedes early.'),
});

const debriefItemSchema = z.strictObject({
  realOption: id.describe('The option closest to what was actually agreed.'),
  text: text.describe('What really happened on this item.'),
  reportedly: z.boolean().default(false).describe('True when the account rests on disputed reports.'),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(SCENARIO_FORMAT).describe(`The scenario format version (${SCENARIO_FORMAT}); older files are upgraded when loaded.`),
  languages: z
    .array(z.string().regex(LANGUAGE_TAG, 'a language code such as "en", "fr" or "pt-BR"'))
    .min(1)
    .describe('The languages the scenario\'s texts are written in, e.g. ["en", "fr"]; "en" is required. Every text needs "en"; a listed language missing from a text falls back to English (check warns).'),
  id,
  title: text,
  date: text,
  setting: text,
  briefing: text.describe('The opening briefing shared by both sides.'),
  sides: z.tuple([sideSchema, sideSchema]).describe('Exactly two sides.'),
  items: z.array(itemSchema).min(1),
  thirdParties: z.array(thirdPartySchema).default([]),
  deadline: z.strictObject({
    rounds: z.int().min(1).max(100),
    text: text.describe('What the deadline is, e.g. "the presidents meet in Da Nang".'),
  }),
  rules: z
    .strictObject({
      partialStatement: z
        .boolean()
        .default(false)
        .describe('If true, items agreed tentatively by the deadline stand even when others are not.'),
      opener: id.optional().describe('The side that moves first; defaults to the first side.'),
    })
    .default({ partialStatement: false }),
  events: z.array(eventSchema).default([]),
  personalities: z.array(personalitySchema).min(1),
  debrief: z.strictObject({
    summary: text,
    items: z.record(id, debriefItemSchema),
    questions: z.array(text).min(1),
    sources: z.array(z.strictObject({ title: text, url: z.url() })).default([]),
  }),
});

/** A scenario as the engine uses it: every text resolved to one language (plain strings). */
export type Scenario = Resolved<z.output<typeof scenarioSchema>>;
/** A scenario file as written, texts possibly translated. */
export type ScenarioSource = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Side = Scenario['sides'][number];
export type Item = Scenario['items'][number];
export type Option = Item['options'][number];
export type ThirdParty = Scenario['thirdParties'][number];
export type ScenarioEvent = Scenario['events'][number];
export type Personality = Scenario['personalities'][number];
export type Strategy = (typeof STRATEGIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The JSON Schema that editors use for autocompletion (published beside the scenarios). */
export function scenarioJsonSchema(): object {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'scenario.schema.json',
    title: `Summit scenario, format ${SCENARIO_FORMAT}`,
  };
}
