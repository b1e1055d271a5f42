/** A class session's settings in plain words, as students see them locked on the title screen and the teacher before handing out the link (one part of the table en.ts assembles). */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enSession = {
  sessionWords: {
    scenario: 'Scenario',
    sides: 'Sides',
    mode: 'Mode',
    counterpart: 'Counterpart',
    dice: 'Dice',
    rounds: 'Rounds',
    time: 'Time per round',
    real: 'Real outcome',
    pairSides: (a: string, b: string) => `Both: two students share one device, one for ${a}, one for ${b}`,
    choose: 'Each student chooses a side',
    everyone: (side: string) => `Everyone plays ${side}`,
    bySeat: (a: string, b: string) => `By seat number: odd seats play ${a}, even seats play ${b}`,
    pair: 'Two students on one device',
    computer: 'Against the computer',
    difficulty: (level: string, who: string) => `${level}: ${who}`,
    notInScenario: (id: string) => `"${id}" (not in this scenario)`,
    classDice: (seed: string) => `The same for the whole class (seed "${seed}")`,
    studentDice: 'Different for every student',
    roundsOf: (n: number, scenario: number | null) => `${n}${scenario === null ? '' : ` (the scenario has ${scenario})`}`,
    noLimit: 'No time limit',
    minutes: (m: number) => `${m} minute${plural(m, '', 's')}`,
    seconds: (s: number) => `${s} seconds`,
    shown: 'Shown in the debrief',
    hidden: 'Not shown in the debrief',
  },
};
