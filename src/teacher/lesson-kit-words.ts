/**
 * The lesson kit's headings and labels, per language: a kit printed in French gets French
 * headings. A language without a table here uses English headings (the kit's own text is still
 * in that language).
 */
export interface KitWords {
  eyebrow: string;
  overview: string;
  objectives: string;
  standardsNote: string;
  runSheets: string;
  runTag: (periods: number, minutes: number, mode: 'live' | 'static') => string;
  minutes: string;
  step: string;
  whatHappens: string;
  time: (from: number, to: number) => string;
  periodTime: (period: number, from: number, to: number) => string;
  beforeGame: string;
  afterGame: string;
  debriefScript: string;
  expected: string;
  misconception: string;
  misconceptions: string;
  whyTheseNumbers: string;
  option: string;
  why: string;
  exitTicket: string;
  rubric: string;
  criterion: string;
  standards: string;
  evidence: string;
  rubricNote: string;
  caseBasic: string;
  caseAdvanced: string;
  maps: string;
  timeline: string;
  glossary: string;
  humanCost: string;
  primarySources: string;
  roleCards: string;
  interests: string;
  redLines: string;
  statement: string;
  noKit: string;
}

const en: KitWords = {
  eyebrow: 'Summit — lesson kit',
  overview: 'Overview',
  objectives: 'Learning objectives',
  standardsNote: 'Standards: C3 Framework for Social Studies State Standards (NCSS, 2013), grades 9–12.',
  runSheets: 'Run sheets',
  runTag: (periods, minutes, mode) => `${periods} × ${minutes} min · ${mode === 'live' ? 'students on devices' : 'no student devices'}`,
  minutes: 'Minutes',
  step: 'Step',
  whatHappens: 'What happens',
  time: (from, to) => `${from}–${to}`,
  periodTime: (period, from, to) => `Day ${period}, ${from}–${to}`,
  beforeGame: 'Before the game',
  afterGame: 'After the game',
  debriefScript: 'Debrief script',
  expected: 'Expected:',
  misconception: 'Watch for:',
  misconceptions: 'Common misconceptions',
  whyTheseNumbers: 'Why these numbers',
  option: 'Option (points out of 100 →)',
  why: 'Why',
  exitTicket: 'Exit ticket',
  rubric: 'Memo rubric',
  criterion: 'Criterion',
  standards: 'Standards',
  evidence: 'Evidence in the memo',
  rubricNote: "Single-point rubric: note where the memo meets, exceeds or falls short of each line. Grade the memo, not the game points: the points are the designer's estimates.",
  caseBasic: 'Case file (basic reading level)',
  caseAdvanced: 'Case file (advanced)',
  maps: 'Map',
  timeline: 'Timeline',
  glossary: 'Glossary',
  humanCost: 'The human cost',
  primarySources: 'Primary sources: two readings',
  roleCards: 'Role cards for the parties not at the table',
  interests: 'Interests:',
  redLines: 'Red lines:',
  statement: 'Your one-minute statement:',
  noKit: 'This scenario has no lesson kit yet. Its designer can add one (see “Writing a lesson kit” in the designer guide).',
};

const fr: KitWords = {
  eyebrow: 'Summit — dossier pédagogique',
  overview: 'Présentation',
  objectives: 'Objectifs d’apprentissage',
  standardsNote: 'Référentiel : C3 Framework for Social Studies State Standards (NCSS, 2013), niveaux 9 à 12.',
  runSheets: 'Déroulés de séance',
  runTag: (periods, minutes, mode) => `${periods} × ${minutes} min · ${mode === 'live' ? 'élèves sur appareils' : 'sans appareils pour les élèves'}`,
  minutes: 'Minutes',
  step: 'Étape',
  whatHappens: 'Déroulement',
  time: (from, to) => `${from}–${to}`,
  periodTime: (period, from, to) => `Séance ${period}, ${from}–${to}`,
  beforeGame: 'Avant la partie',
  afterGame: 'Après la partie',
  debriefScript: 'Conduite du bilan',
  expected: 'Réponse attendue :',
  misconception: 'Erreur fréquente :',
  misconceptions: 'Idées reçues',
  whyTheseNumbers: 'D’où viennent ces chiffres',
  option: 'Option (points sur 100 →)',
  why: 'Pourquoi',
  exitTicket: 'Billet de sortie',
  rubric: 'Grille d’évaluation de la note',
  criterion: 'Critère',
  standards: 'Référentiel',
  evidence: 'Éléments dans la note',
  rubricNote: 'Grille à point unique : notez où la note atteint, dépasse ou manque chaque critère. Évaluez la note, pas les points du jeu : ce sont des estimations du concepteur.',
  caseBasic: 'Dossier (niveau de lecture simple)',
  caseAdvanced: 'Dossier (niveau avancé)',
  maps: 'Carte',
  timeline: 'Chronologie',
  glossary: 'Glossaire',
  humanCost: 'Le coût humain',
  primarySources: 'Sources primaires : deux lectures',
  roleCards: 'Cartes de rôle pour les parties absentes de la table',
  interests: 'Intérêts :',
  redLines: 'Lignes rouges :',
  statement: 'Votre déclaration d’une minute :',
  noKit: 'Ce scénario n’a pas encore de dossier pédagogique. Son concepteur peut en ajouter un (voir « Writing a lesson kit » dans le guide du concepteur).',
};

const TABLES: Readonly<Record<string, KitWords>> = { en, fr };

export function kitWords(language: string): KitWords {
  return TABLES[language] ?? en;
}
