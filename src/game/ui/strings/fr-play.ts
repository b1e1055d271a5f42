/**
 * French, the parts of the game fr.ts does not cover: loading and saved-game notices, side choice
 * and hand-over. French typography: a no-break space before : ; ? ! and inside « ».
 */
import type { Translation } from './index.ts';

const pluriel = (n: number, un: string, plusieurs: string) => (n <= 1 ? un : plusieurs);

export const frPlay: Translation = {
  appName: 'Summit',
  pts: (p: string) => `${p} pts`,
  ptsUnit: ' pts',
  thirdParties: 'Tierces parties',
  twoPlayersOnDevice: 'Deux joueurs sur cet appareil',
  warningMark: (text: string) => `⚠ ${text}`,

  // ——— chargement et problèmes ———
  loadingScenario: 'Chargement du scénario…',
  linkCannotOpen: 'Ce lien n’a pas pu être ouvert',
  scenarioCannotOpen: 'Ce scénario n’a pas pu être ouvert',
  addressBar: 'barre d’adresse',
  sessionLink: 'lien de séance',
  linkAsksTooMuch: (what: string) => `La ${what} demande quelque chose que Summit ne peut pas ouvrir.`,
  problemsInLocalFile: <T>(file: T, n: number): (string | T)[] => [
    'Le fichier ',
    file,
    ` (ouvert depuis cet ordinateur) a ${n} ${pluriel(n, 'problème', 'problèmes')}. Corrigez-${pluriel(n, 'le', 'les')} et ouvrez le fichier à nouveau.`,
  ],
  problemsInFile: <T>(file: T, n: number): (string | T)[] => ['Le fichier ', file, ` a ${n} ${pluriel(n, 'problème', 'problèmes')}. Corrigez-${pluriel(n, 'le', 'les')} et rechargez la page.`],
  openWithoutLink: 'Ouvrir Summit sans lui',
  classScenarioNotHere: (file: string, why: string) =>
    `ce site n’a pas de scénario ${file} (${why}) : si votre enseignant a écrit ce scénario, ouvrez le lien entier qu’il vous a donné, qui le contient`,
  ownScenarioMismatch: (id: string) => `le scénario de ce lien n’est pas celui que nomme le code de la classe (« ${id} ») : demandez de nouveau le lien à votre enseignant`,
  openDefaultScenario: 'Ouvrir plutôt le scénario par défaut',
  couldNotFetch: (path: string, why: string) => `${path} n’a pas pu être chargé : ${why}`,
  sessionCodeUnusable: (reason: string) => `Le code de séance de ce lien ne peut pas être utilisé : ${reason}. Redemandez le lien à votre enseignant, ou tapez le code sur l’écran titre.`,
  notAScenarioName: (asked: string, example: string) => `« ${asked} » n’est pas un nom de fichier de scénario (attendu : quelque chose comme ${example} dans scenarios/)`,
  serverAnswered: (status: number) => `le serveur a répondu ${status}`,

  // ——— partie sauvegardée ———
  saveSetAside: (reason: string, key: string) =>
    `Votre partie sauvegardée n’a pas pu être reprise : ${reason}. Elle a été mise de côté (gardée dans ce navigateur sous « ${key} ») et une nouvelle partie commence.`,
  saveTooLarge: 'elle est bien plus grande que toute partie sauvegardée',
  saveNotJson: 'elle est abîmée (JSON illisible)',
  saveDamaged: 'elle est abîmée',
  saveOtherVersion: (newer: boolean) => `elle a été sauvegardée par une version ${newer ? 'plus récente' : 'plus ancienne'} de Summit`,
  saveNoScenario: 'elle est abîmée (pas de scénario)',
  saveScenarioChanged: 'le fichier du scénario a changé depuis la sauvegarde',
  saveMissingParts: 'elle est abîmée (il manque des parties)',
  saveDoesNotReplay: (reason: string) => `ses coups ne se rejouent pas : ${reason}`,
  scenarioChangedOnDisk: (path: string) => `${path} a changé sur le disque : voici la nouvelle version.`,

  // ——— séance de classe ———
  joinCodePlaceholder: 'C…',
  classNeedBothNames: 'Tapez les deux noms, pour que votre enseignant sache à qui est ce résultat.',
  classNeedName: 'Tapez votre nom, pour que votre enseignant sache à qui est ce résultat.',
  classNeedSeat: 'Tapez votre numéro de place (1, 2, 3…) : les places paires et impaires jouent des camps différents.',

  // ——— choix du camp ———
  chooseSide: 'Choisissez votre camp',
  sideNumber: (n: number) => `Camp ${n}`,
  stakesAndGoals: 'Enjeux et objectifs',
  playAs: (side: string) => `Jouer : ${side}`,
  classSideNote: 'Séance de classe : votre enseignant a fixé l’interlocuteur et les règles ; choisissez le camp que vous jouerez.',
  againstComputer: 'Contre l’ordinateur',
  againstComputerNote: 'Choisissez la fermeté de l’autre camp.',
  twoPlayersNote: (first: string, second: string) => `L’un joue ${first}, l’autre ${second}. Un écran de passage cache à chaque camp les instructions secrètes de l’autre.`,
  twoPlayers: 'Deux joueurs',

  // ——— passage de l’appareil ———
  passDevice: (side: string) => `Passez l’appareil au camp ${side}`,
  handoverBrief: 'vos instructions secrètes',
  handoverTable: 'la table',
  handoverLookAway: (other: string, side: string, what: string) => `Joueur ${other} : regardez ailleurs, s’il vous plaît. Joueur ${side} : appuyez sur Continuer pour voir ${what}.`,
  continueAs: (side: string) => `Continuer : ${side}`,
};
