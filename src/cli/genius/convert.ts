/**
 * GENIUS domain ⇄ Summit scenario. Both use linear additive utility, so the numbers carry over
 * exactly: an option's value is its evaluation over the best evaluation on its issue (GENIUS's own
 * normalisation, and Summit's), a side's priority is its issue weight, its walk-away its
 * reservation value. What GENIUS has no place for (briefs, third parties, events, a real outcome)
 * is filled with text marked "TODO:" for the designer, which `summit check` points out.
 */
import { analyzeScenario } from '../../engine/analysis/scenario-analysis.ts';
import { loadScenarioData, SCENARIO_FORMAT, type CompiledScenario, type ScenarioInput } from '../../engine/index.ts';
import { PLACEHOLDER_MARK } from '../../engine/scenario/warnings.ts';
import type { GeniusDomain, GeniusProfile } from './xml.ts';

/** Marks every text the designer still has to write; `summit check` warns about each (warn.placeholder). */
export const PLACEHOLDER = PLACEHOLDER_MARK;

/** "Size of Fund" → "size-of-fund"; "$100 Billion" → "n100-billion": a Summit id, unique in `taken`. */
export function idFrom(name: string, taken: Set<string>, fallback: string): string {
  let base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base === '') base = fallback;
  if (!/^[a-z]/.test(base)) base = `n${base}`;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

export interface ImportNames {
  id: string;
  /** Where the numbers came from, quoted in the placeholders. */
  source: string;
  sides: [{ id: string; name: string }, { id: string; name: string }];
  rounds: number;
}

const todo = (what: string) => `${PLACEHOLDER} ${what}`;

function priorities(p: GeniusProfile, itemIds: string[]): Record<string, number> {
  // GENIUS weights add up to 1 up to rounding; Summit wants 1 within 0.001, so they are scaled.
  const sum = p.weights.reduce((a, b) => a + b, 0);
  return Object.fromEntries(itemIds.map((id, i) => [id, p.weights[i] / sum]));
}

/** A complete, playable scenario; the debrief's real outcome is the Nash deal until the designer says otherwise. */
export function scenarioFromGenius(g: GeniusDomain, names: ImportNames): ScenarioInput {
  const itemIds = new Set<string>();
  const items = g.issues.map((issue, i) => {
    const optionIds = new Set<string>();
    const best = g.profiles.map((p) => Math.max(...p.evaluations[i]));
    return {
      id: idFrom(issue.name, itemIds, `issue-${i + 1}`),
      title: issue.name,
      description: todo(`what is being decided on "${issue.name}".`),
      options: issue.values.map((value, k) => ({
        id: idFrom(value, optionIds, `option-${k + 1}`),
        label: value,
        description: todo(`what "${value}" commits the sides to.`),
        values: Object.fromEntries(names.sides.map((s, si) => [s.id, best[si] > 0 ? g.profiles[si].evaluations[i][k] / best[si] : 0])),
      })),
    };
  });
  const ids = items.map((it) => it.id);
  const side = (si: 0 | 1) => ({
    id: names.sides[si].id,
    name: names.sides[si].name,
    leader: todo('who speaks for this side'),
    stakes: todo('what this side has at stake (public)'),
    brief: todo("this side's confidential instructions"),
    priorities: priorities(g.profiles[si], ids),
    walkAway: { kind: 'reservation' as const, value: g.profiles[si].reservation },
    redLines: [],
  });
  const scenario = {
    format: SCENARIO_FORMAT,
    languages: ['en'],
    id: names.id,
    title: todo(`a title (imported from GENIUS: ${names.source})`),
    date: todo('when the talks take place'),
    setting: todo('a paragraph setting the scene'),
    briefing: todo('the briefing both sides read'),
    sides: [side(0), side(1)] as [ReturnType<typeof side>, ReturnType<typeof side>],
    items,
    thirdParties: [],
    deadline: { rounds: names.rounds, text: todo('what the deadline is') },
    events: [],
    personalities: [
      { id: 'easy', name: 'The pragmatist', description: 'Gives ground early.', strategy: 'conceder' as const, difficulty: 'easy' as const },
      { id: 'normal', name: 'The trader', description: 'Trades across items.', strategy: 'logroller' as const, difficulty: 'normal' as const },
      { id: 'hard', name: 'The stone wall', description: 'Holds firm until late.', strategy: 'boulware' as const, difficulty: 'hard' as const },
    ],
    debrief: {
      summary: todo('what really happened'),
      items: Object.fromEntries(items.map((it) => [it.id, { realOption: it.options[0].id, text: todo(`what really happened on "${it.title}" (the Nash deal's option stands here until you say)`) }])),
      questions: [todo('a question that sends students back to their numbers')],
    },
  } satisfies ScenarioInput;
  // The Nash deal stands for the real outcome: a debrief chart with something sensible on it.
  const loaded = loadScenarioData(scenario, { warnings: false });
  const nash = loaded.ok ? analyzeScenario(loaded.compiled).nash : null;
  if (nash) items.forEach((it, i) => (scenario.debrief.items[it.id].realOption = it.options[nash.outcome[i]].id));
  return scenario;
}

/** The scenario's numbers as a GENIUS domain: labels become values, titles issue names, walk-aways reservation values. */
export function geniusFromScenario(c: CompiledScenario): GeniusDomain {
  const s = c.scenario;
  return {
    issues: s.items.map((item) => {
      // GENIUS finds a value by its text, so two options with the same label keep their ids.
      const labels = item.options.map((o) => o.label);
      return { name: item.title, values: item.options.map((o, k) => (labels.indexOf(o.label) === k ? o.label : o.id)) };
    }),
    profiles: [0, 1].map((side) => ({
      evaluations: c.rawValues[side].map((vals) => [...vals]),
      weights: [...c.weights[side]],
      reservation: c.domain.reservation[side],
      discount: null,
    })) as [GeniusProfile, GeniusProfile],
  };
}
