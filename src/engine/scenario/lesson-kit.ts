/**
 * The lesson kit: a scenario's teaching materials, written by its designer beside the play data
 * (objectives and standards, run sheets, a debrief script, an exit ticket and a memo rubric,
 * student materials, primary sources, role cards). It is prose for the teacher page and for
 * print: nothing in it changes play, and the engine never reads it.
 */
import * as z from 'zod/mini';
import { translatableText } from './translations.ts';

export const RUN_MODES = ['live', 'static'] as const;

/** Builds the lesson kit's schema: called once, when the scenario schema is first built (./schema.ts). */
export function lessonKitSchema() {
  const text = translatableText().check(z.describe('Text: a string (English), or the same text in several languages { "en": "…", "fr": "…" }.'));

  /** A standard's code as the framework writes it, e.g. "D2.Civ.3.9-12" or "D2.His.16.9-12". */
  const standardCode = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'a standard\'s code, e.g. "D2.Civ.3.9-12"'), z.describe('A standard\'s code, e.g. "D2.Civ.3.9-12" (C3 Framework).'));

  const objectiveSchema = z.strictObject({
    text: text.check(z.describe('What students will be able to do, e.g. "Explain why an ambiguous text can be read two ways".')),
    standards: z.array(standardCode).check(z.minLength(1), z.describe('The standards it serves, e.g. ["D2.Civ.3.9-12", "D2.His.16.9-12"].')),
  });

  const stepSchema = z.strictObject({
    minutes: z.int().check(z.gte(1), z.lte(120), z.describe('How long the step takes, in minutes.')),
    title: text.check(z.describe('The step in a few words, e.g. "Hook and decision point".')),
    detail: text.check(z.describe('What the teacher and the students do.')),
  });

  const runSheetSchema = z.strictObject({
    periods: z.int().check(z.gte(1), z.lte(5), z.describe('How many class periods it takes.')),
    periodMinutes: z._default(z.int().check(z.gte(20), z.lte(120)), 45).check(z.describe('The length of one period, in minutes (default 45).')),
    mode: z
      .enum(RUN_MODES)
      .check(z.describe('"live": students play on their own devices during the lesson; "static": no student devices, the class works from printed materials and one projected game.')),
    title: text.check(z.describe('The run sheet\'s name, e.g. "One period, every pair on a device".')),
    steps: z.array(stepSchema).check(z.minLength(1), z.describe('The steps in order; a new period starts where the minutes so far fill one (check warns when they do not add up).')),
  });

  const debriefQuestionSchema = z.strictObject({
    question: text.check(z.describe('A question for the class.')),
    expected: text.check(z.describe('What a good answer contains.')),
    misconception: z.optional(text).check(z.describe('A common wrong answer, and how to answer it.')),
  });

  const termSchema = z.strictObject({
    term: text.check(z.describe('The term, e.g. "De-escalation zone".')),
    definition: text.check(z.describe('One or two sentences a student can read.')),
  });

  const timelineSchema = z.strictObject({
    date: text.check(z.describe('When, e.g. "11 Nov 2017".')),
    event: text.check(z.describe('What happened, in one sentence.')),
  });

  const primarySourceSchema = z.strictObject({
    title: text.check(z.describe('The source, e.g. "Joint statement, 11 November 2017".')),
    url: z.url().check(z.describe('Where a teacher can read it in full.')),
    excerpt: text.check(z.describe('A short excerpt or a close summary of what it says (say which).')),
  });

  const mapSchema = z.strictObject({
    src: z
      .string()
      .check(
        z.regex(/^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]*\.(svg|png|jpg|webp)$/, 'a picture beside the scenario, e.g. "maps/southwest-syria.svg"'),
        z.describe('The picture, as a path from the scenarios folder, e.g. "maps/southwest-syria.svg" (svg, png, jpg or webp).'),
      ),
    alt: text.check(z.describe('What the map shows, for readers who cannot see it.')),
    caption: text.check(z.describe('The caption printed under it.')),
  });

  const idKey = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'an id'));

  const whySchema = z.strictObject({
    note: text.check(z.describe("The caveat shown with the reasons, e.g. that the values are the designer's estimates.")),
    options: z.record(idKey, z.record(idKey, text)).check(z.describe('Per item id, per option id: one line on why the option is worth what it is to each side, with its source.')),
  });

  const roleCardSchema = z.strictObject({
    party: text.check(z.describe('Who the card is for, e.g. "Israel" or "The SDF".')),
    interests: text.check(z.describe('What this party wants.')),
    redLines: text.check(z.describe('What it cannot accept.')),
    statement: text.check(z.describe('A one-minute statement the student makes during the debrief.')),
  });

  return z
    .strictObject({
      overview: text.check(z.describe('For the teacher: what the lesson is about and what it asks of students, in a paragraph.')),
      objectives: z.array(objectiveSchema).check(z.minLength(1), z.describe('Learning objectives, each with the standards it serves.')),
      runSheets: z.array(runSheetSchema).check(z.minLength(1), z.describe('Timed plans: at least one; the shipped scenarios have one and two periods, live and static.')),
      beforeGame: z._default(z.array(text), []).check(z.describe('Pre-game activities (a hook, a mini-lesson, a prep sheet).')),
      afterGame: z._default(z.array(text), []).check(z.describe('Post-game activities (a memo, a sources exercise, a discussion).')),
      debriefScript: z.array(debriefQuestionSchema).check(z.minLength(1), z.describe('Questions for the class debrief, with expected answers and common misconceptions.')),
      misconceptions: z._default(z.array(termSchema), []).check(z.describe('Misconceptions to correct: `term` is the wrong idea, `definition` the correction.')),
      exitTicket: z._default(z.array(text), []).check(z.describe('Exit-ticket questions (three to five minutes at the end).')),
      rubric: z._default(z.array(objectiveSchema), []).check(z.describe('A single-point rubric for a short memo: one criterion per line, with its standards; teachers grade this, not game points.')),
      whyTheseNumbers: z.optional(whySchema).check(z.describe('Why each option is worth what it is to each side: a sourced line per option, and the caveat that values are estimates.')),
      caseFile: z
        .optional(
          z.strictObject({
            basic: z.array(text).check(z.minLength(1), z.describe('The case at a basic reading level (about 600 words near grade 8), one text per paragraph.')),
            advanced: z.array(text).check(z.minLength(1), z.describe('The case at an advanced level (about 2,000 words), one text per paragraph.')),
          }),
        )
        .check(z.describe("The students' case file at two reading levels.")),
      maps: z._default(z.array(mapSchema), []).check(z.describe('Maps for the students, drawn for the scenario (the shipped one: maps/southwest-syria.svg).')),
      timeline: z._default(z.array(timelineSchema), []).check(z.describe("Dated events for the students' timeline.")),
      glossary: z._default(z.array(termSchema), []).check(z.describe('Terms students meet in the briefs.')),
      humanCost: z.optional(text).check(z.describe('A paragraph on the people the talks were about: civilians, refugees.')),
      primarySources: z._default(z.array(primarySourceSchema), []).check(z.describe('Short cited excerpts for a "two readings" activity.')),
      sourcesActivity: z.optional(text).check(z.describe('The activity built on the primary sources.')),
      roleCards: z._default(z.array(roleCardSchema), []).check(z.describe('Cards for students playing the parties not at the table, so a whole class takes part.')),
    })
    .check(z.describe("Teaching materials for this scenario, shown on the teacher page's Lesson kit tab and printable. Prose only: nothing here changes play."));
}

export type LessonKitSource = z.output<ReturnType<typeof lessonKitSchema>>;
