/** English strings: the shared words, loading, notices, the title screen and its dialogs, side choice and hand-over (one part of the table en.ts assembles). */
import type { Difficulty } from '../../../engine/index.ts';
import type { TextSize } from '../../settings.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enFront = {
  // ——— shared ———
  appName: 'Summit',
  cancel: 'Cancel',
  close: 'Close',
  done: 'Done',
  dismiss: 'Dismiss',
  back: 'Back',
  help: 'Help',
  howToPlay: 'How to play',
  controls: 'Controls',
  /** A number of points, short ("12 pts"). */
  pts: (p: string) => `${p} pts`,
  /** The unit alone, after a big number. */
  ptsUnit: ' pts',
  thirdParties: 'Third parties',
  twoPlayersOnDevice: 'Two players on this device',
  warningMark: (text: string) => `⚠ ${text}`,

  // ——— loading and problems (Preload) ———
  loadingScenario: 'Loading the scenario…',
  linkCannotOpen: 'This link could not be opened',
  scenarioCannotOpen: 'This scenario could not be opened',
  addressBar: 'address bar',
  sessionLink: 'session link',
  linkAsksTooMuch: (what: string) => `The ${what} asks for something Summit cannot open.`,
  problemsInLocalFile: <T>(file: T, n: number): (string | T)[] => [
    'The file ',
    file,
    ` (opened from this computer) has ${n} ${plural(n, 'problem', 'problems')}. Fix ${plural(n, 'it', 'them')} and open the file again.`,
  ],
  problemsInFile: <T>(file: T, n: number): (string | T)[] => ['The file ', file, ` has ${n} ${plural(n, 'problem', 'problems')}. Fix ${plural(n, 'it', 'them')} and reload the page.`],
  openWithoutLink: 'Open Summit without it',
  openDefaultScenario: 'Open the default scenario instead',
  couldNotFetch: (path: string, why: string) => `could not fetch ${path}: ${why}`,
  sessionCodeUnusable: (reason: string) => `The class session code in this link cannot be used: ${reason}. Ask your teacher for the link again, or type the code on the title screen.`,
  notAScenarioName: (asked: string, example: string) => `"${asked}" is not a scenario file name (expected something like ${example} inside scenarios/)`,
  serverAnswered: (status: number) => `the server answered ${status}`,
  fileTooBig: (name: string, mb: string) => `${name} is ${mb} MB; a scenario file is far smaller (at most 2 MB)`,
  fileUnreadable: (name: string) => `${name} could not be read`,

  // ——— notices ———
  updateReady: 'New version ready',
  updateReload: 'Reload ↻',
  updateSentence: 'A new version of Summit is ready: reload the page to use it. Your game is kept.',
  openedLocalFile: (name: string) => `Opened ${name} from this computer.`,
  welcomeBack: 'Welcome back: your game is just as you left it.',
  saveSetAside: (reason: string, key: string) => `Your saved game could not be resumed: ${reason}. It was set aside (kept in this browser as “${key}”), and a fresh game starts.`,
  saveTooLarge: 'it is far larger than any saved game',
  saveNotJson: 'it is damaged (not readable JSON)',
  saveDamaged: 'it is damaged',
  saveOtherVersion: (newer: boolean) => `it was saved by ${newer ? 'a newer' : 'an older'} version of Summit`,
  saveNoScenario: 'it is damaged (no scenario)',
  saveScenarioChanged: 'the scenario file has changed since the game was saved',
  saveMissingParts: 'it is damaged (missing parts)',
  saveDoesNotReplay: (reason: string) => `its moves do not replay: ${reason}`,
  scenarioChangedOnDisk: (path: string) => `${path} changed on disk: this is the new version.`,

  // ——— title screen ———
  titleEyebrow: 'Summit · a negotiation game',
  play: 'Play',
  settings: 'Settings',
  scenariosMenu: 'Scenarios…',
  joinClassMenu: 'Join a class…',
  forTeachers: 'For teachers',
  mainMenu: 'Main menu',
  moreMenu: 'More',
  tutorialDone: 'Tutorial done? ',
  playRealSummit: 'Play the real summit',
  titleHint: 'Keyboard: Tab moves between buttons, Enter presses one. Press ? for all controls.',
  titleHintClass: 'Type your name, then press Enter or Start. Press ? for all controls.',
  newToSummit: 'New to Summit? ',
  guidedOffer: 'Play your first round with a coach beside you: the real game, with notes that show what to read and what to press, then it is over to you.',
  guidedStart: 'Play a guided first round',
  tutorialOffer: 'Or learn on the short tutorial first: two agenda items, five minutes, with the same coach. ',
  openTutorial: 'Open the tutorial',
  gotIt: 'Got it',

  // ——— joining a class by code ———
  joinTitle: 'Join a class session',
  joinIntro: 'Type the code your teacher gave you (it starts with C). The game opens with the class settings.',
  joinCodeLabel: 'Class code',
  joinCodePlaceholder: 'C…',
  join: 'Join',
  joinCodeUnusable: (reason: string) => `That code cannot be used: ${reason}.`,

  // ——— the class session's panel ———
  classSession: 'Class session',
  classFixed: 'Your teacher set up this game. These settings are fixed for the class:',
  classSeat: 'Your seat number',
  className: 'Your name',
  classPlayerName: (side: string) => `Name of the ${side} player`,
  classStart: 'Start',
  classNeedBothNames: 'Type both names, so your teacher knows whose result this is.',
  classNeedName: 'Type your name, so your teacher knows whose result this is.',
  classNeedSeat: 'Type your seat number (1, 2, 3 …): odd and even seats play different sides.',

  // ——— settings ———
  difficultyLegend: 'Counterpart (difficulty)',
  difficulty: { easy: 'Easy', normal: 'Normal', hard: 'Hard' } satisfies Record<Difficulty, string>,
  textSizeLegend: 'Text size',
  textSize: { normal: 'Normal', large: 'Large', larger: 'Larger' } satisfies Record<TextSize, string>,
  coachTips: 'Show coach tips at the table',
  languageLegend: 'Language',
  /** After a language the scenario offers but the interface does not. */
  languageScenarioOnly: 'scenario text only',

  // ——— scenarios dialog ———
  scenariosTitle: 'Scenarios',
  loadingList: 'Loading the list…',
  openNow: 'open now',
  listUnavailable: (why: string) => `The list of scenarios could not be loaded: ${why}.`,
  shippedWithSummit: 'Shipped with Summit:',
  yourOwnScenario: 'Your own scenario',
  ownScenarioNote:
    'Open a scenario file from this computer, or drop one anywhere on the title screen. Problems are listed with their place in the file, in the same words as the summit check command.',
  openFile: 'Open a file…',

  // ——— how to play ———
  howToSteps: [
    ['Pick a side', 'Play the United States or Russia against the computer, or both sides on one device.'],
    ['Read your brief', 'Your priorities, your walk-away and your red lines are private. The other side has its own.'],
    ['Build a package', 'Each agenda card lists options. The number beside each option is what it is worth to you. Choose one per card and press Propose.'],
    ['Read the reply', 'Your counterpart answers every move and says why. Its trust in you rises when you give ground and falls if you go back on an agreed item.'],
    ['Lock in items', 'Agree to single items they proposed, trade one item for another, or accept their whole package. Agreed items can be reopened, at a cost in trust.'],
    ['Beat the deadline', 'Every item needs an answer before the presidents meet. If the deal is worth less to you than your walk-away, you can walk away.'],
    ['Debrief', 'See every possible deal, the fairest one, yours, and what really happened.'],
  ] as [string, string][],
  /** The controls table (the README's Controls table mirrors it): key, action. */
  controlsRows: [
    ['Tab / Shift+Tab', 'Move between controls'],
    ['Enter or Space', 'Press the focused button'],
    ['Arrow keys', 'Choose an option inside an agenda card'],
    ['1 – 4', 'Jump to agenda card 1–4'],
    ['P', 'Propose your package'],
    ['A', 'Accept the proposal on the table'],
    ['T', 'Propose a trade between two items'],
    ['Y', 'Accept the trade they offered'],
    ['S', 'State your top priority'],
    ['Q', 'Ask for their top priority'],
    ['N', 'Pass this turn'],
    ['W', 'Walk away (asks to confirm)'],
    ['H / V', 'Show the history log / the third parties'],
    ['? or F1', 'Help and controls'],
    ['Esc', 'Close a dialog'],
  ] as [string, string][],
  controlsKey: 'Key',
  controlsAction: 'Action',

  // ——— side choice ———
  chooseSide: 'Choose your side',
  sideNumber: (n: number) => `Side ${n}`,
  stakesAndGoals: 'Stakes and goals',
  playAs: (side: string) => `Play as ${side}`,
  classSideNote: 'Class session: your teacher set the counterpart and the rules; choose the side you will play.',
  againstComputer: 'Against the computer',
  againstComputerNote: 'Pick how tough the other side will be.',
  twoPlayersNote: (first: string, second: string) => `One plays ${first}, the other ${second}. A hand-over screen hides each side's private brief from the other.`,
  twoPlayers: 'Two players',

  // ——— hand-over ———
  passDevice: (side: string) => `Pass the device to ${side}`,
  handoverBrief: 'your private brief',
  handoverTable: 'the table',
  handoverLookAway: (other: string, side: string, what: string) => `${other} player: please look away. ${side} player: press Continue to see ${what}.`,
  continueAs: (side: string) => `Continue as ${side}`,
};
