/** The teacher page in French: the page itself and "Préparer une séance" (one part of the table index.ts assembles). French typography: a no-break space before : ; ? ! and inside « ». */
import type { enSetup } from './en-setup.ts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

export const frSetup: typeof enSetup = {
  // ——— the page ———
  pageTitle: 'Summit — pour les enseignants',
  tabs: { setup: 'Préparer une séance', live: 'Classe en direct', debrief: 'Bilan de la classe', kit: 'Dossier pédagogique' },
  skipLink: 'Aller au contenu',
  eyebrow: 'Pour les enseignants',
  headTitle: 'Summit ',
  headSubtitle: 'séances en classe',
  tabsLabel: 'Outils de l’enseignant',
  backToGame: '← Le jeu',
  languageGroup: 'Langue',
  languageNow: (name: string) => `La page est maintenant en ${name.toLocaleLowerCase('fr')}.`,
  loadingScenarios: 'Chargement des scénarios…',
  noScenarios: 'Aucun scénario n’a pu être chargé depuis scenarios/. La page est-elle servie depuis le dossier du jeu construit ?',
  updateReady: 'Nouvelle version prête',
  updateReload: 'Recharger ↻',
  updateSentence: 'Une nouvelle version de Summit est prête : rechargez la page pour l’utiliser.',
  scenarioHttp: (status: number) => `le fichier du scénario n’a pas pu être chargé (le serveur a répondu ${status})`,
  scenarioProblems: (id: string, n: number) => `le fichier du scénario « ${id}.json » a ${n} ${plural(n, 'problème', 'problèmes')} ; vérifiez-le avec « npm run summit -- check »`,
  scenarioUnreadable: (why: string) => `le fichier du scénario n’a pas pu être chargé (${why})`,
  noSuchScenario: (id: string) => `il n’y a pas de scénario « ${id} » sur ce site`,
  shippedId: (name: string, id: string) =>
    `${name} : $.id : « ${id} » est l’identifiant d’un scénario fourni avec Summit : donnez à votre fichier un identifiant à lui (et nommez le fichier d’après lui)`,

  // ——— set-up form ———
  setupLede: 'Choisissez comment joue votre classe. Le jeu s’ouvre avec ces réglages verrouillés et les montre à chaque élève.',
  scenario: 'Scénario',
  yourFile: (title: string, file: string) => `${title} (votre fichier : ${file})`,
  noTimeLimit: 'Sans limite de temps',
  minutesPerRound: (m: number) => `${m} min par tour`,
  secondsPerRound: (s: number) => `${s} s par tour`,
  sides: 'Camps',
  mode: 'Mode',
  modeComputer: 'Contre l’ordinateur',
  modeComputerNote: 'chaque élève seul',
  modePair: 'Deux élèves sur un même appareil',
  modePairNote: 'chacun joue un camp',
  dice: 'Hasard',
  diceClass: 'Le même pour toute la classe',
  diceClassNote: 'les mêmes nouvelles prévues aux mêmes tours pour tous (les nouvelles qui répondent à un coup suivent les coups), pour que les résultats se comparent équitablement',
  classSeed: 'Graine de la classe',
  diceStudent: 'Différent pour chaque élève',
  studentsChoose: 'Les élèves choisissent',
  allSide: (side: string) => `Tous : ${side}`,
  alternate: 'En alternance selon le numéro de place',
  alternateNote: (odd: string, even: string) => `les élèves tapent leur numéro de place : places impaires ${odd}, places paires ${even}`,
  difficultyGroup: 'Difficulté',
  personalityGroup: 'Personnalité',
  strategyGroup: 'Stratégie',
  counterpart: 'Adversaire (ordinateur)',
  counterpartHint: 'La difficulté choisit la personnalité du scénario pour ce niveau ; une stratégie nomme directement la façon de négocier de l’ordinateur.',
  rounds: 'Tours',
  timeLimit: 'Limite de temps',
  timeLimitHint: 'Quand le temps est écoulé, l’élève passe son tour.',
  revealReal: 'Révéler ce qui s’est réellement passé dans le bilan de chaque élève',
  createLink: 'Créer le lien de la séance',
  roundsProblem: 'Le nombre de tours est un nombre entier de 1 à 100.',
  seedMissing: 'Tapez une graine pour la classe (n’importe quel mot), ou choisissez un hasard différent pour chaque élève.',
  seedTooLong: (n: number, max: number) => `La graine de la classe compte ${n} caractères : limitez-la à ${max}.`,
  seedCharacters:
    'La graine de la classe ne peut contenir que des lettres, des chiffres, de la ponctuation et des espaces (pas de tabulations, de retours à la ligne ni de caractères de contrôle invisibles).',
  outputTitle: 'Le lien de votre séance',
  outputIntro: 'Choisissez les réglages, puis « Créer le lien de la séance ». Vous obtenez :',
  outputLink: 'un lien à envoyer ou à publier — il ouvre le jeu avec vos réglages ;',
  outputCode: 'un code court que les élèves peuvent taper à la place sur l’écran titre du jeu ;',
  outputWords: 'les réglages en clair, tels que les élèves les verront.',
  outputAfter: 'Ensuite, rassemblez les codes de résultat des élèves et ouvrez « Bilan de la classe ».',
  staleNote: 'Les réglages ont changé depuis : créez à nouveau le lien pour les utiliser.',
  giveThis: 'À donner à votre classe',
  codeLabelOwn: 'Code de la séance — pour vos archives et le bilan de la classe',
  codeLabel: 'Code de la séance — les élèves le tapent sur l’écran titre, ou ouvrent le lien',
  sessionLinkLabel: 'Lien de la séance',
  copyLink: 'Copier le lien',
  copyCode: 'Copier le code',
  linkCopied: 'Lien copié.',
  codeCopied: 'Code copié.',
  linkNotCopied: 'Copie impossible : sélectionnez le lien et copiez-le à la main.',
  codeNotCopied: 'Copie impossible : sélectionnez le code et copiez-le à la main.',
  tryAsStudent: 'Essayer comme un élève ↗',
  studentsWillSee: 'Ce que verront les élèves (verrouillé)',

  // ——— the lesson kit tab ———
  kitLede:
    'Tout pour mener une séance avec un scénario : objectifs et référentiel, déroulés minutés, conduite du bilan, billet de sortie et grille d’évaluation, et les documents des élèves. Imprimez-en des parties en pages A4 ou Letter depuis votre navigateur.',
  kitLanguage: 'Langue',
  kitPrint: { guide: 'Imprimer le guide de l’enseignant', students: 'Imprimer les documents des élèves', roles: 'Imprimer les cartes de rôle', all: 'Tout imprimer' },
  kitProblem: (why: string) => `Le dossier pédagogique n’a pas pu être affiché : ${why}`,

  // ——— your own scenario ———
  ownLabel: 'Ou votre propre scénario',
  ownChoose: 'Ouvrir un fichier de scénario…',
  ownHint:
    'Un fichier de scénario venu de l’atelier ou de votre éditeur (ou déposez-le sur ce formulaire). Il est vérifié ici, conservé dans ce navigateur, et voyage avec la classe : dans le lien de la séance, ou depuis le serveur de la classe en direct.',
  ownTooLarge: (file: string) => `${file} est trop volumineux pour être un fichier de scénario.`,
  ownProblems: (file: string, n: number) =>
    `${file} n’est pas encore utilisable : ${n} ${plural(n, 'problème', 'problèmes')}, dans les termes de « summit check » (en anglais). Corrigez-les (l’atelier les montre pendant la saisie) et ouvrez-le de nouveau.`,
  ownChecksOut: (file: string, title: string) => `${file} est valide : « ${title} » fait maintenant partie de la liste des scénarios.`,
  ownTooLong: (n: string, limit: string) =>
    `Votre scénario compressé fait ${n} caractères : trop long pour un lien (la limite est de ${limit}). Lancez plutôt une classe en direct : le serveur de la classe l’envoie à chaque élève.`,
  ownInLink: 'Votre scénario voyage dans ce lien : les élèves ont besoin du lien lui-même, car le code seul désigne un scénario que ce site n’a pas.',
  ownLongLink: (n: string) =>
    ` Le lien fait ${n} caractères : collez-le en entier (certains outils de courriel ou de messagerie coupent les liens longs ; le publier sur la page de votre classe est le plus sûr).`,
};
