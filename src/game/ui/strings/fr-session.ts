/** A class session's settings in plain words, in French. French typography: a no-break space before : ; ? ! and inside « ». */
import type { enSession } from './en-session.ts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

export const frSession: typeof enSession = {
  sessionWords: {
    scenario: 'Scénario',
    sides: 'Camps',
    mode: 'Mode',
    counterpart: 'Adversaire',
    dice: 'Hasard',
    rounds: 'Tours',
    time: 'Temps par tour',
    real: 'Dénouement réel',
    pairSides: (a: string, b: string) => `Les deux : deux élèves partagent un appareil, l’un pour ${a}, l’autre pour ${b}`,
    choose: 'Chaque élève choisit son camp',
    everyone: (side: string) => `Tout le monde joue ${side}`,
    bySeat: (a: string, b: string) => `Selon le numéro de place : les places impaires jouent ${a}, les places paires ${b}`,
    pair: 'Deux élèves sur un même appareil',
    computer: 'Contre l’ordinateur',
    difficulty: (level: string, who: string) => `${level} : ${who}`,
    notInScenario: (id: string) => `« ${id} » (absent de ce scénario)`,
    classDice: (seed: string) => `Le même pour toute la classe (graine « ${seed} »)`,
    studentDice: 'Différent pour chaque élève',
    roundsOf: (n: number, scenario: number | null) => `${n}${scenario === null ? '' : ` (le scénario en prévoit ${scenario})`}`,
    noLimit: 'Sans limite de temps',
    minutes: (m: number) => `${m} ${plural(m, 'minute', 'minutes')}`,
    seconds: (s: number) => `${s} secondes`,
    shown: 'Montré dans le bilan',
    hidden: 'Non montré dans le bilan',
  },
};
