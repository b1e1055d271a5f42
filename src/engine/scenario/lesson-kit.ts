/**
 * The lesson kit: a scenario's teaching materials, written by its designer beside the play data
 * (objectives and standards, run sheets, a debrief script, an exit ticket and a memo rubric,
 * student materials, primary sources, role cards). It is prose for the teacher page and for
 * print: nothing in it changes play, and the engine never reads it.
 */
import { z } from 'zod';
import { translatableText } from './translations.ts';

export const RUN_MODES = ['live', 'static'] as const;

/** Builds the lesson kit's schema: called once, when the scenario schema is first built (./schema.ts). */
export function lessonKitSchema() {
  const text = translatableText().describe('Text: a string (English), or the same text in several languages { "en": "…", "fr": "…" }.');

  /** A standard's code as the framework writes it, e.g. "D2.Civ.3.9-12" or "D2.His.16.9-12". */
  const standardCode = z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'a standard\'s code, e.g. "D2.Civ.3.9-12"')
    .describe('A standard\'s code, e.g. "D2.Civ.3.9-12" (C3 Framework).');

  const objectiveSchema = z.strictObject({
    text: text.describe('What students will be able to do, e.g. "Explain why an ambiguous text can be read two ways".'),
    standards: z.array(standardCode).min(1).describe('The standards it serves, e.g. ["D2.Civ.3.9-12", "D2.His.16.9-12"].'),
  });

  const stepSchema = z.strictObject({
    minutes: z.int().min(1).max(120).describe('How long the step takes, in minutes.'),
    title: text.describe('The step in a few words, e.g. "Hook and decision point".'),
    detail: text.describe('What the teacher and the students do.'),
  });

  const runSheetSchema = z.strictObject({
    periods: z.int().min(1).max(5).describe('How many class periods it takes.'),
    periodMinutes: z.int().min(20).max(120).default(45).describe('The length of one period, in minutes (default 45).'),
    mode: z.enum(RUN_MODES).describe('"live": students play on their own devices during the lesson; "static": no student devices, the class works from printed materials and one projected game.'),
    title: text.describe('The run sheet\'s name, e.g. "One period, every pair on a device".'),
    steps: z.array(stepSchema).min(1).describe('The steps in order; a new period starts where the minutes so far fill one (check warns when they do not add up).'),
  });

  const debriefQuestionSchema = z.strictObject({
    question: text.describe('A question for the class.'),
    expected: text.describe('What a good answer contains.'),
    misconception: text.optional().describe('A common wrong answer, and how to answer it.'),
  });

  const termSchema = z.strictObject({
    term: text.describe('The term, e.g. "De-escalation zone".'),
    definition: text.describe('One or two sentences a student can read.'),
  });

  const timelineSchema = z.strictObject({
    date: text.describe('When, e.g. "11 Nov 2017".'),
    event: text.describe('What happened, in one sentence.'),
  });

  const primarySourceSchema = z.strictObject({
    title: text.describe('The source, e.g. "Joint statement, 11 November 2017".'),
    url: z.url().describe('Where a teacher can read it in full.'),
    excerpt: text.describe('A short excerpt or a close summary of what it says (say which).'),
  });

  const mapSchema = z.strictObject({
    src: z
      .string()
      .regex(/^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._/-]*\.(svg|png|jpg|webp)$/, 'a picture beside the scenario, e.g. "maps/southwest-syria.svg"')
      .describe('The picture, as a path from the scenarios folder, e.g. "maps/southwest-syria.svg" (svg, png, jpg or webp).'),
    alt: text.describe('What the map shows, for readers who cannot see it.'),
    caption: text.describe('The caption printed under it.'),
  });

  const idKey = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id');

  const whySchema = z.strictObject({
    note: text.describe("The caveat shown with the reasons, e.g. that the values are the designer's estimates."),
    options: z.record(idKey, z.record(idKey, text)).describe('Per item id, per option id: one line on why the option is worth what it is to each side, with its source.'),
  });

  const roleCardSchema = z.strictObject({
    party: text.describe('Who the card is for, e.g. "Israel" or "The SDF".'),
    interests: text.describe('What this party wants.'),
    redLines: text.describe('What it cannot accept.'),
    statement: text.describe('A one-minute statement the student makes during the debrief.'),
  });

  return z
    .strictObject({
      overview: text.describe('For the teacher: what the lesson is about and what it asks of students, in a paragraph.'),
      objectives: z.array(objectiveSchema).min(1).describe('Learning objectives, each with the standards it serves.'),
      runSheets: z.array(runSheetSchema).min(1).describe('Timed plans: at least one; the shipped scenarios have one and two periods, live and static.'),
      beforeGame: z.array(text).default([]).describe('Pre-game activities (a hook, a mini-lesson, a prep sheet).'),
      afterGame: z.array(text).default([]).describe('Post-game activities (a memo, a sources exercise, a discussion).'),
      debriefScript: z.array(debriefQuestionSchema).min(1).describe('Questions for the class debrief, with expected answers and common misconceptions.'),
      misconceptions: z.array(termSchema).default([]).describe('Misconceptions to correct: `term` is the wrong idea, `definition` the correction.'),
      exitTicket: z.array(text).default([]).describe('Exit-ticket questions (three to five minutes at the end).'),
      rubric: z.array(objectiveSchema).default([]).describe('A single-point rubric for a short memo: one criterion per line, with its standards; teachers grade this, not game points.'),
      whyTheseNumbers: whySchema.optional().describe('Why each option is worth what it is to each side: a sourced line per option, and the caveat that values are estimates.'),
      caseFile: z
        .strictObject({
          basic: z.array(text).min(1).describe('The case at a basic reading level (about 600 words near grade 8), one text per paragraph.'),
          advanced: z.array(text).min(1).describe('The case at an advanced level (about 2,000 words), one text per paragraph.'),
        })
        .optional()
        .describe("The students' case file at two reading levels."),
      maps: z.array(mapSchema).default([]).describe('Maps for the students, drawn for the scenario (the shipped one: maps/southwest-syria.svg).'),
      timeline: z.array(timelineSchema).default([]).describe("Dated events for the students' timeline."),
      glossary: z.array(termSchema).default([]).describe('Terms students meet in the briefs.'),
      humanCost: text.optional().describe('A paragraph on the people the talks were about: civilians, refugees.'),
      primarySources: z.array(primarySourceSchema).default([]).describe('Short cited excerpts for a "two readings" activity.'),
      sourcesActivity: text.optional().describe('The activity built on the primary sources.'),
      roleCards: z.array(roleCardSchema).default([]).describe('Cards for students playing the parties not at the table, so a whole class takes part.'),
    })
    .describe("Teaching materials for this scenario, shown on the teacher page's Lesson kit tab and printable. Prose only: nothing here changes play.");
}

export type LessonKitSource = z.output<ReturnType<typeof lessonKitSchema>>;
