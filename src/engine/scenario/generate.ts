/**
 * Generates a valid scenario of any size from a seed: for benchmarks, stress tests and
 * designers who want to see how the engine copes with big agendas (10–20 items × 6 options).
 * On every item the sides pull in opposite directions along the ladder, some items steeply and
 * some lightly (one side barely minds until the top rungs): room to trade, and no option that is
 * worse for both than another (the designer warning for dominated options stays quiet). Any
 * agreement beats "none" for both: that is the shared interest.
 */
import alea from 'seedrandom/lib/alea.js';
import { SCENARIO_FORMAT, type ScenarioInput } from './schema.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

function weights(rng: () => number, n: number): number[] {
  const raw = Array.from({ length: n }, () => 0.2 + rng());
  const sum = raw.reduce((a, b) => a + b, 0);
  const w = raw.map((x) => round(x / sum));
  // Make the rounded weights add up to exactly 1.
  w[0] = round(1 - w.slice(1).reduce((a, b) => a + b, 0));
  return w;
}

/** What a generated scenario is called; by default `generated-<items>x<options>`. */
export interface GeneratedNames {
  id?: string;
  title?: string;
}

export function generatedScenario(seed: string, items: number, options: number, names: GeneratedNames = {}): ScenarioInput {
  const rng = alea(seed);
  const parties = ['north-ally', 'south-ally', 'observers'];
  const itemList = Array.from({ length: items }, (_, i) => {
    const opposed = rng() < 0.6;
    return {
      id: `item-${i + 1}`,
      title: `Agenda item ${i + 1}`,
      description: `Generated item ${i + 1} (${opposed ? 'opposed' : 'lightly opposed'} interests).`,
      options: Array.from({ length: options }, (_, k) => {
        const step = k / (options - 1);
        const us = k === 0 ? 0.1 : round(0.15 + 0.85 * step);
        const russia = k === 0 ? 0.1 : opposed ? round(1 - 0.85 * step) : round(1 - 0.7 * step * step);
        return {
          id: k === 0 ? 'none' : `level-${k}`,
          label: k === 0 ? 'No agreement' : `Level ${k}`,
          description: k === 0 ? 'The item is left unresolved.' : `Commitment level ${k} of ${options - 1}.`,
          values: { us: Math.max(0.01, us), russia: Math.max(0.01, russia) },
          effects: { [parties[i % parties.length]]: round((step - 0.5) * (i % 2 ? 1 : -1)) },
          statement: k === 0 ? `Item ${i + 1} is left open.` : `On item ${i + 1} the sides agree to level ${k}.`,
        };
      }),
    };
  });
  const statusQuo = Object.fromEntries(itemList.map((it) => [it.id, 'none']));
  const w = [weights(rng, items), weights(rng, items)];
  const side = (id: 'us' | 'russia', s: 0 | 1): ScenarioInput['sides'][number] => ({
    id,
    name: id === 'us' ? 'United States' : 'Russia',
    leader: id === 'us' ? 'The US delegation' : 'The Russian delegation',
    stakes: 'A broad package across many items.',
    brief: 'Trade what matters little to you for what matters most.',
    // The shipped scenarios' colours and emblems for these two sides (presentation only).
    color: id === 'us' ? '#5b9bd5' : '#e07a6e',
    emblem: id === 'us' ? { shape: 'canton', colors: ['#3c3b6e', '#b22234', '#ffffff', '#b22234'] } : { shape: 'stripes', colors: ['#ffffff', '#0039a6', '#d52b1e'] },
    priorities: Object.fromEntries(itemList.map((it, i) => [it.id, w[s][i]])),
    walkAway: { kind: 'statusQuo', options: statusQuo },
    redLines: [],
  });
  return {
    $schema: './scenario.schema.json',
    format: SCENARIO_FORMAT,
    languages: ['en'],
    id: names.id ?? `generated-${items}x${options}`,
    title: names.title ?? `Generated talks: ${items} items × ${options} options`,
    date: 'Any time',
    setting: 'A generated scenario for testing how the engine copes with a large agenda.',
    briefing: 'Two sides negotiate many linked items at once. Each item has a ladder of commitment levels.',
    sides: [side('us', 0), side('russia', 1)],
    items: itemList,
    thirdParties: parties.map((id) => ({
      id,
      name: id.replace('-', ' '),
      wants: 'Its own interests respected.',
      cannotAccept: 'Being ignored.',
      reactions: { pleased: `${id} is pleased.`, uneasy: `${id} is uneasy.`, angry: `${id} is angry.` },
    })),
    deadline: { rounds: 10, text: 'the session closes' },
    rules: { partialStatement: false },
    events: [{ id: 'incident', title: 'An incident', text: 'An incident sours the mood.', probability: 0.2, trigger: { kind: 'round', from: 2 }, effects: { trust: -0.1 } }],
    personalities: [
      { id: 'easy', name: 'The pragmatist', description: 'Gives ground early.', strategy: 'conceder', difficulty: 'easy' },
      { id: 'normal', name: 'The trader', description: 'Trades across items.', strategy: 'logroller', difficulty: 'normal' },
      { id: 'hard', name: 'The stone wall', description: 'Holds firm until late.', strategy: 'boulware', difficulty: 'hard' },
    ],
    debrief: {
      realLabel: "The generator's reference deal",
      summary: 'A generated scenario: nothing really happened.',
      items: Object.fromEntries(itemList.map((it) => [it.id, { realOption: `level-${Math.floor(options / 2)}`, text: 'Generated.' }])),
      questions: ['Which items did you trade, and why?'],
      sources: [],
    },
    // A generated agenda has no history to teach, but it can still practise trading across items.
    lessonKit: {
      overview: 'A generated agenda with no history behind it: use it to practise trading across many items at once.',
      objectives: [{ text: 'Find the items that matter more to you than to the other side, and trade them.', standards: ['D2.Civ.9.9-12'] }],
      runSheets: [
        {
          periods: 1,
          mode: 'live',
          title: 'One period, every pair on a device',
          steps: [
            { minutes: 5, title: 'Set-up', detail: 'Pairs open the scenario and read the shared briefing.' },
            { minutes: 25, title: 'Play', detail: 'Each pair plays one game.' },
            { minutes: 15, title: 'Debrief', detail: 'Compare deals on the class chart: who traded, and what did it add?' },
          ],
        },
        {
          periods: 1,
          mode: 'static',
          title: 'One period, one projected game',
          steps: [
            { minutes: 5, title: 'Set-up', detail: 'Half the class takes each side and reads the shared briefing on the projector.' },
            { minutes: 25, title: 'Play', detail: "The teacher plays one game; each half votes its side's moves." },
            { minutes: 15, title: 'Debrief', detail: 'Which items did each side trade, and what did it add?' },
          ],
        },
      ],
      debriefScript: [{ question: 'Which items did you give up, and what did you get for them?', expected: 'Items of low weight to the giver and high weight to the receiver; both sides gain.' }],
    },
  };
}
