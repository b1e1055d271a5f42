/**
 * The interface in French, whole: the title screen, the settings, the scenarios and class-code
 * dialogs, How to play and every engine record (said-fr.ts) here; loading, side choice and
 * hand-over (fr-play.ts); the briefing and the table (fr-table.ts); the outcome and the debrief
 * (fr-end.ts). A key left out would fall back to English (index.ts); a test keeps none out. French typography: a no-break space before : ? ! and inside « ».
 */
import { frEnd } from './fr-end.ts';
import { frPlay } from './fr-play.ts';
import { frTable } from './fr-table.ts';
import type { Translation } from './index.ts';
import { frSaid, frStrategyNames } from './said-fr.ts';
import { frMap } from './fr-map.ts';
import { frSession } from './fr-session.ts';

export const fr: Translation = {
  ...frPlay,
  ...frTable,
  ...frEnd,
  ...frMap,
  ...frSession,
  // ——— shared ———
  cancel: 'Annuler',
  close: 'Fermer',
  done: 'Terminé',
  dismiss: 'Masquer',
  back: 'Retour',
  help: 'Aide',
  howToPlay: 'Comment jouer',
  controls: 'Commandes',

  // ——— notices on the title screen ———
  openedLocalFile: (name: string) => `${name} a été ouvert depuis cet ordinateur.`,
  welcomeBack: 'Bon retour : votre partie est telle que vous l’avez laissée.',
  updateReady: 'Nouvelle version prête',
  updateReload: 'Recharger ↻',
  updateSentence: 'Une nouvelle version de Summit est prête : rechargez la page pour l’utiliser. Votre partie est conservée.',

  // ——— title screen ———
  titleEyebrow: 'Summit · un jeu de négociation',
  play: 'Jouer',
  settings: 'Réglages',
  scenariosMenu: 'Scénarios…',
  joinClassMenu: 'Rejoindre une classe…',
  forTeachers: 'Pour les enseignants',
  mainMenu: 'Menu principal',
  moreMenu: 'Plus',
  tutorialDone: 'Tutoriel terminé ? ',
  playRealSummit: 'Jouer le vrai sommet',
  titleHint: 'Clavier : Tab passe d’un bouton à l’autre, Entrée appuie sur le bouton. Appuyez sur ? pour toutes les commandes.',
  titleHintClass: 'Tapez votre nom, puis appuyez sur Entrée ou sur Commencer. Appuyez sur ? pour toutes les commandes.',
  newToSummit: 'Nouveau venu ? ',
  guidedOffer: 'Jouez votre premier tour avec un coach à vos côtés : le vrai jeu, avec des notes qui montrent quoi lire et sur quoi appuyer, puis c’est à vous.',
  guidedStart: 'Jouer un premier tour guidé',
  tutorialOffer: 'Ou apprenez d’abord avec le court tutoriel : deux questions à l’ordre du jour, cinq minutes, avec le même coach. ',
  openTutorial: 'Ouvrir le tutoriel',
  gotIt: 'Compris',

  // ——— joining a class by code ———
  joinTitle: 'Rejoindre une séance de classe',
  joinIntro: 'Tapez le code que votre enseignant vous a donné (il commence par C). Le jeu s’ouvre avec les réglages de la classe.',
  joinCodeLabel: 'Code de la classe',
  join: 'Rejoindre',
  joinCodeUnusable: (reason: string) => `Ce code ne peut pas être utilisé : ${reason}.`,

  // ——— the class session's panel ———
  classSession: 'Séance de classe',
  classFixed: 'Votre enseignant a préparé cette partie. Ces réglages sont fixés pour la classe :',
  classSeat: 'Votre numéro de place',
  className: 'Votre nom',
  classPlayerName: (side: string) => `Nom du joueur ${side}`,
  classStart: 'Commencer',

  // ——— settings ———
  difficultyLegend: 'Adversaire (difficulté)',
  difficulty: { easy: 'Facile', normal: 'Normal', hard: 'Difficile' },
  textSizeLegend: 'Taille du texte',
  textSize: { normal: 'Normale', large: 'Grande', larger: 'Très grande' },
  coachTips: 'Afficher les conseils du coach à la table',
  languageLegend: 'Langue',
  languageScenarioOnly: 'texte du scénario seulement',

  // ——— scenarios dialog ———
  scenariosTitle: 'Scénarios',
  loadingList: 'Chargement de la liste…',
  openNow: 'ouvert',
  listUnavailable: (why: string) => `La liste des scénarios n’a pas pu être chargée : ${why}.`,
  shippedWithSummit: 'Fournis avec Summit :',
  yourOwnScenario: 'Votre propre scénario',
  ownScenarioNote:
    'Ouvrez un fichier de scénario depuis cet ordinateur, ou déposez-en un n’importe où sur l’écran titre. Si quelque chose y est faux, le jeu liste chaque problème avec sa place dans le fichier.',
  openFile: 'Ouvrir un fichier…',
  fileTooBig: (name: string, mb: string) => `${name} pèse ${mb} Mo ; un fichier de scénario est bien plus petit (2 Mo au plus)`,
  fileUnreadable: (name: string) => `${name} n’a pas pu être lu`,

  // ——— how to play ———
  howToSteps: (first: string, second: string, real: string | null): [string, string][] => [
    ['Choisissez un camp', `Jouez ${first} ou ${second} contre l’ordinateur, ou les deux camps sur un même appareil.`],
    ['Lisez vos instructions', 'Vos priorités, votre solution de repli et vos lignes rouges sont secrètes. L’autre camp a les siennes.'],
    [
      'Composez une offre',
      'Chaque carte de l’ordre du jour propose des options. Le nombre à côté de chaque option est ce qu’elle vaut pour vous. Choisissez-en une par carte et appuyez sur Proposer.',
    ],
    ['Lisez la réponse', 'Votre interlocuteur répond à chaque coup et dit pourquoi. Sa confiance en vous monte quand vous cédez du terrain, et baisse si vous revenez sur une question réglée.'],
    [
      'Verrouillez des questions',
      'Acceptez une à une les questions qu’il a proposées, échangez une question contre une autre, ou acceptez toute son offre. Une question réglée peut être rouverte, au prix de la confiance.',
    ],
    ['Tenez le délai', 'Chaque question doit être réglée avant l’échéance. Si l’accord vaut moins pour vous que votre solution de repli, vous pouvez partir.'],
    ['Bilan', `Voyez tous les accords possibles, le plus équitable, le vôtre, et ce qui s’est vraiment passé${real ? ` (${real})` : ''}.`],
  ],
  controlsRows: [
    ['Tab / Maj+Tab', 'Passer d’une commande à l’autre'],
    ['Entrée ou Espace', 'Appuyer sur le bouton sélectionné'],
    ['Flèches', 'Choisir une option dans une carte'],
    ['1 – 4', 'Aller à la carte 1 à 4'],
    ['P', 'Proposer votre offre'],
    ['A', 'Accepter l’offre sur la table'],
    ['T', 'Proposer un échange entre deux questions'],
    ['Y', 'Accepter l’échange proposé'],
    ['S', 'Dire votre priorité'],
    ['Q', 'Demander leur priorité'],
    ['N', 'Passer ce tour'],
    ['W', 'Quitter la table (demande confirmation)'],
    ['H / V', 'Afficher l’historique / les tierces parties'],
    ['O', 'Réglages : taille du texte, conseils du coach'],
    ['D', 'Ouvrir le bilan (après les pourparlers)'],
    ['C / R / M', 'Bilan : rendre votre résultat / rejouer / revenir au titre'],
    ['S / V', 'Bilan : changer de camp, mêmes dés / voir comme l’autre camp (deux joueurs)'],
    ['? ou F1', 'Aide et commandes'],
    ['Échap', 'Fermer une fenêtre'],
  ],
  controlsKey: 'Touche',
  controlsAction: 'Action',

  // ——— the engine's records, in words (every code: said-fr.ts) ———
  /** What the counterpart said, quoted the French way. */
  quoted: (text: string) => `« ${text} »`,
  said: frSaid,
  strategyNames: frStrategyNames,

  // ——— faces and motion (en-faces.ts) ———
  envoyLabel: (side: string, expression: string) => `Émissaire (${side}), ${expression}`,
  expressions: { waiting: 'en attente', neutral: 'attentif', pleased: 'satisfait', concerned: 'mécontent', angry: 'en colère, prêt à partir', agreeing: 'd’accord' },
  envoySays: (side: string) => `${side} dit :`,
  emblemLabel: (name: string, reaction: string) => `${name} : ${reaction}`,
  reduceMotion: 'Réduire les animations (pas de glissements ni d’images animées)',
  reduceMotionOs: 'Votre appareil demande moins d’animations : le jeu le respecte.',
  dealEyebrow: 'Les négociations sont terminées',
  dealHeading: 'Accord !',
  dealAnnounce: (a: string, b: string) => `${a} et ${b} s’entendent sur l’ensemble de l’accord.`,
  dealSealLabel: (a: string, b: string) => `Une poignée de main sous le sceau de ${a} et ${b}`,
  dealContinue: 'Voir la déclaration commune',
};
