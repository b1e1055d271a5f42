/**
 * The scenario format: the single source of truth for both the TypeScript types
 * (`Scenario` below) and the JSON Schema published beside the scenarios
 * (public/scenarios/scenario.schema.json, written by `npm run schema`).
 *
 * This stage checks shape only. Meaning (ids that resolve, weights that sum to one, …)
 * is checked afterwards by ./meaning.ts, so every problem can be reported at once.
 * Objects are strict: a misspelt field is an error, not a silently ignored default.
 */
import * as z from 'zod/mini'; // zod's tree-shakable form: the same checks at a third of the classic API's weight in the game
import { lessonKitSchema } from './lesson-kit.ts';
import { LANGUAGE_TAG, type Resolved } from './translations.ts';
import { STRATEGIES } from '../strategy/registry.ts';
import { DIFFICULTIES } from './difficulties.ts';
import { mapSchema, optionMapSchema } from '../map/schema.ts';
import { lookSchemas } from './look-schema.ts';
import { idSchema, textSchema } from './base-fields.ts';

export { EMBLEM_SHAPES } from './look-schema.ts';

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

// Codes write both by index: append only (tests/engine/registries.test.ts). Strategies live in
// their own registry (../strategy/registry.ts): a new one is a file and a registration line.
export { STRATEGIES } from '../strategy/registry.ts';
export { DIFFICULTIES } from './difficulties.ts';

/**
 * The schemas, built on first use rather than when the module loads: building them is most of
 * zod's cost, and the game opens its shipped, build-checked scenarios without them
 * (./checked.ts); only a file a user gives, the command line and the tools need them.
 */
function build() {
  const id = idSchema();
  const text = textSchema();
  const unit = z.number().check(z.gte(0), z.lte(1));
  const signedUnit = z.number().check(z.gte(-1), z.lte(1));

  /** Values keyed by side id, e.g. { "us": 0.8, "russia": 0.2 }. */
  const perSide = z.record(id, unit).check(z.describe('A value per side id, each between 0 and 1.'));

  const optionSchema = z.strictObject({
    id: id.check(z.describe('The option\'s id, unique within its item (e.g. "none", "restore").')),
    label: text.check(z.describe('A short label, e.g. "Keep the 2015 hotline only".')),
    description: text.check(z.describe('One or two sentences saying what this option commits the sides to.')),
    values: perSide.check(z.describe("How much each side values this option, 0–1. Normalised per item: each side's best option on an item counts as 1.")),
    effects: z.optional(z.record(id, signedUnit)).check(z.describe('Effect on each third party, −1 (outraged) to +1 (delighted); missing parties are unaffected.')),
    /** Used to write the joint statement when this option is agreed. */
    statement: z.optional(text).check(z.describe('A sentence for the joint statement when this option is agreed.')),
    map: z.optional(optionMapSchema),
  });

  const itemSchema = z.strictObject({
    id: id.check(z.describe("The item's id, used by priorities, walk-aways, red lines, events and the debrief.")),
    title: text.check(z.describe("The agenda item's name, shown on its card.")),
    description: text.check(z.describe('What is being decided on this item.')),
    options: z.array(optionSchema).check(z.minLength(2, 'at least two options'), z.describe('The option ladder, in order.')),
  });

  const walkAwaySchema = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('statusQuo'),
      options: z.record(id, id).check(z.describe('For each item, the option that stands if there is no agreement.')),
      text: z.optional(text).check(z.describe('What no deal means for this side, in its words (shown in its brief).')),
    }),
    z.strictObject({
      kind: z.literal('reservation'),
      value: unit.check(z.describe('The utility (0–1) below which this side prefers no deal.')),
      text: z.optional(text).check(z.describe('What no deal means for this side, in its words (shown in its brief).')),
    }),
  ]);

  const redLineSchema = z.strictObject({
    item: id.check(z.describe('The item the red line is on.')),
    options: z.array(id).check(z.minLength(1), z.describe('Options on that item this side will never accept.')),
    text: text.check(z.describe("Why, in the side's words.")),
  });

  const { hexColor, emblemSchema } = lookSchemas();

  const sideSchema = z.strictObject({
    id: id.check(z.describe('The side\'s id (e.g. "us", "russia"); option values and priorities are keyed by it, and `summit simulate` names its flags after it.')),
    name: text.check(z.describe('The side\'s name, e.g. "United States".')),
    leader: text.check(z.describe('Who speaks for it, e.g. "President Donald Trump".')),
    stakes: text.check(z.describe('Public: what this side has at stake (shown when choosing a side).')),
    brief: text.check(z.describe("Private: the side's confidential instructions.")),
    color: z
      .optional(hexColor)
      .check(
        z.describe(
          'The side\'s colour on the title, the side choice, the briefing and the debrief charts, "#rrggbb" (default: blue for the first side, red for the second). Pick one that reads on a dark blue background.',
        ),
      ),
    emblem: z.optional(emblemSchema),
    priorities: z.record(id, z.number().check(z.positive())).check(z.describe('Weight of each item for this side; the weights sum to 1.')),
    walkAway: walkAwaySchema.check(z.describe('What this side gets with no deal: an option per item ("statusQuo") or a utility ("reservation").')),
    redLines: z
      ._default(z.array(redLineSchema), [])
      .check(z.describe('Options this side will never accept: a computer side never offers or accepts them, the frontier and Nash point leave them out, and a player sees them marked ✕.')),
  });

  const thirdPartySchema = z.strictObject({
    id: id.check(z.describe("The party's id; option effects and events name it.")),
    name: text.check(z.describe('The party\'s name, e.g. "Israel".')),
    wants: text.check(z.describe('What it wants, shown in the third-party panel.')),
    cannotAccept: text.check(z.describe('What it cannot accept, shown in the third-party panel.')),
    emblem: z.optional(
      emblemSchema.check(
        z.describe(
          'Its mark at the table, in a round badge ringed by its mood: a shape and colours as for a side, e.g. { "shape": "disc", "colors": ["#5b92e5", "#ffffff"] }. Leave it out for its initials.',
        ),
      ),
    ),
    reactions: z
      .strictObject({
        pleased: text.check(z.describe('Its line when satisfaction is 0.6 or more.')),
        uneasy: text.check(z.describe('Its line when satisfaction is from 0.35 to 0.6.')),
        angry: text.check(z.describe('Its line when satisfaction is below 0.35.')),
      })
      .check(z.describe('What it says about the table, by satisfaction (0.5 plus half the average effect of the options on the table).')),
  });

  const triggerSchema = z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('round').check(z.describe('Fires at the start of a round from `from` to `to`.')),
      from: z._default(z.int().check(z.gte(1)), 1).check(z.describe('First round it can fire in.')),
      to: z.optional(z.int().check(z.gte(1))).check(z.describe('Last round it can fire in (default: the deadline).')),
    }),
    z.strictObject({
      kind: z.literal('thirdParty').check(z.describe("Fires after a move when a third party's satisfaction crosses a threshold.")),
      party: id.check(z.describe('The third party watched.')),
      below: z.optional(unit).check(z.describe('Fires while its satisfaction is below this.')),
      above: z.optional(unit).check(z.describe('Fires while its satisfaction is above this.')),
    }),
    z.strictObject({
      kind: z.literal('reopened').check(z.describe('Fires when an item that was tentatively agreed is reopened.')),
      item: z.optional(id).check(z.describe('Only when this item is reopened (default: any).')),
    }),
    z.strictObject({
      kind: z.literal('proposed').check(z.describe('Fires when a proposal puts this option on the table.')),
      item: id.check(z.describe('The item.')),
      option: id.check(z.describe('The option of that item.')),
    }),
  ]);

  const valueShiftSchema = z.strictObject({
    side: id.check(z.describe('The side whose value changes.')),
    item: id.check(z.describe('The item.')),
    option: id.check(z.describe('The option whose value changes.')),
    delta: signedUnit.check(z.describe("Added to the option's value for that side (clamped to 0–1).")),
  });

  const eventSchema = z.strictObject({
    id: id.check(z.describe("The event's id.")),
    title: text.check(z.describe('The headline, e.g. "Strike near Idlib".')),
    text: text.check(z.describe('The news, as both sides read it.')),
    probability: unit.check(z.describe('Chance, each round its trigger holds, that it fires.')),
    trigger: triggerSchema.check(z.describe('When the event can fire.')),
    once: z._default(z.boolean(), true).check(z.describe('Fire at most once per game (default true).')),
    effects: z
      .strictObject({
        trust: z.optional(signedUnit).check(z.describe("Added to both sides' trust (0–1); news alone never drives trust low enough for a walk-out.")),
        values: z.optional(z.array(valueShiftSchema)).check(z.describe('Changes to how much a side values an option, from then on.')),
        thirdParties: z.optional(z.record(id, signedUnit)).check(z.describe("Added to each named party's satisfaction.")),
      })
      .check(z.describe('What the news changes.')),
  });

  const personalitySchema = z.strictObject({
    id: id.check(z.describe("The personality's id; `summit simulate --us ID` plays it.")),
    name: text.check(z.describe('Its name, e.g. "The stone wall".')),
    description: text.check(z.describe('How it negotiates, shown when choosing an opponent.')),
    strategy: z.enum(STRATEGIES).check(z.describe('How it concedes: hardliner (never), boulware (late), linear, conceder (early), tit-for-tat (mirrors yours), logroller (trades across items).')),
    difficulty: z.optional(z.enum(DIFFICULTIES)).check(z.describe('Which difficulty setting picks this personality.')),
    concession: z.optional(z.number().check(z.gte(0), z.lte(10))).check(z.describe('Concession exponent e of f(t) = t^(1/e): below 1 holds firm (Boulware), above 1 concedes early.')),
  });

  const debriefItemSchema = z.strictObject({
    realOption: id.check(z.describe('The option closest to what was actually agreed.')),
    text: text.check(z.describe('What really happened on this item.')),
    reportedly: z._default(z.boolean(), false).check(z.describe('True when the account rests on disputed reports.')),
  });

  const scenarioSchema = z.strictObject({
    $schema: z
      .optional(z.string())
      .check(
        z.describe(
          'Where editors find the schema, for completion and checking as you type: "https://<your Summit site>/scenario.schema.json" for a file anywhere, or "./scenario.schema.json" beside a copy (`summit schema --out`). The game ignores it.',
        ),
      ),
    format: z.literal(SCENARIO_FORMAT).check(z.describe(`The scenario format version (${SCENARIO_FORMAT}); older files are upgraded when loaded.`)),
    languages: z
      .array(z.string().check(z.regex(LANGUAGE_TAG, 'a language code such as "en", "fr" or "pt-BR"')))
      .check(
        z.minLength(1),
        z.describe(
          'The languages the scenario\'s texts are written in, e.g. ["en", "fr"]; "en" is required. Every text needs "en"; a listed language missing from a text falls back to English (check warns). A text may also be given in a language not listed (a map\'s place names, say): a game in that language shows it.',
        ),
      ),
    id: id.check(z.describe("The scenario's id; name the file after it (`danang-2017.json`): game logs name the scenario by id.")),
    title: text.check(z.describe('The title on the title screen.')),
    date: text.check(z.describe('When the talks take place, e.g. "November 2017".')),
    setting: text.check(z.describe('A paragraph setting the scene.')),
    briefing: text.check(z.describe('The opening briefing shared by both sides.')),
    sides: z.tuple([sideSchema, sideSchema]).check(z.describe('Exactly two sides.')),
    items: z.array(itemSchema).check(z.minLength(1), z.describe('The agenda: every deal picks one option on every item.')),
    thirdParties: z._default(z.array(thirdPartySchema), []).check(z.describe('Parties not at the table who react to it.')),
    deadline: z.strictObject({
      rounds: z.int().check(z.gte(1), z.lte(100), z.describe('How many rounds the talks last; each side moves once per round.')),
      text: text.check(z.describe('What the deadline is, e.g. "the presidents meet in Da Nang".')),
    }),
    rules: z
      ._default(
        z.strictObject({
          partialStatement: z._default(z.boolean(), false).check(z.describe('If true, items agreed tentatively by the deadline stand even when others are not.')),
          opener: z.optional(id).check(z.describe('The side that moves first; defaults to the first side.')),
        }),
        { partialStatement: false },
      )
      .check(z.describe('Rules of the talks.')),
    events: z._default(z.array(eventSchema), []).check(z.describe('News that can land during the talks.')),
    personalities: z.array(personalitySchema).check(z.minLength(1), z.describe('Computer counterparts; the difficulty setting picks one.')),
    debrief: z.strictObject({
      realLabel: z.optional(text).check(z.describe('A short name for what really happened, shown beside the player\'s deal, e.g. "Da Nang 2017" (default: "What really happened").')),
      summary: text.check(z.describe('What really happened, in a paragraph (shown after the game).')),
      items: z.record(id, debriefItemSchema).check(z.describe('What really happened on each item, keyed by item id.')),
      questions: z.array(text).check(z.minLength(1)),
      sources: z._default(z.array(z.strictObject({ title: text, url: z.url() })), []),
    }),
    lessonKit: z.optional(lessonKitSchema()),
    map: z.optional(mapSchema),
  });
  return { option: optionSchema, item: itemSchema, side: sideSchema, thirdParty: thirdPartySchema, event: eventSchema, personality: personalitySchema, scenario: scenarioSchema };
}

let built: ReturnType<typeof build> | undefined;

/** The format's schemas (the scenario and its parts), built the first time they are asked for. */
export function schemaParts(): ReturnType<typeof build> {
  built ??= build();
  return built;
}

/** The scenario format's schema: a lazy wrapper, so importing this module builds nothing. */
export const scenarioSchema = z.lazy(() => schemaParts().scenario);

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
/** A lesson kit with its texts resolved to one language. */
export type LessonKit = NonNullable<Scenario['lessonKit']>;
export type { Strategy } from '../strategy/registry.ts';
export type { Difficulty } from './difficulties.ts';

/** The JSON Schema that editors use for autocompletion (published beside the scenarios). */
export function scenarioJsonSchema(): object {
  return {
    ...z.toJSONSchema(schemaParts().scenario, { io: 'input', target: 'draft-2020-12' }),
    $id: 'scenario.schema.json',
    title: `Summit scenario, format ${SCENARIO_FORMAT}`,
  };
}
