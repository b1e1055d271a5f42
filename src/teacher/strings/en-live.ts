/** The teacher page's English words for the live class: starting it, the PIN and the controls, the roster. */
import type { ClassPhase, OddRule, Pairing, StudentStatus } from '../../live/protocol.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const enLive = {
  pairingWords: { students: 'Students against each other', computer: 'Everyone against the computer', mixed: 'Mixed: every other student plays the computer' } satisfies Record<Pairing, string>,
  oddWords: { computer: 'plays the computer', 'second-voice': 'joins a side as its second voice' } satisfies Record<OddRule, string>,
  phaseWords: { lobby: 'waiting to start', running: 'running', paused: 'paused', ended: 'ended' } satisfies Record<ClassPhase, string>,
  firstSide: 'First side',
  secondSide: 'Second side',
  refused: (reason: string) => `Refused: ${reason}`,
  disconnected: 'Disconnected from the live class. Reload the page to reconnect.',
  resultsIn: (n: number) => `${n} result${plural(n, '', 's')} in the class debrief.`,
  newsLabel: 'News event',
  joinLabel: 'Students open this address and type the PIN',
  qrAlt: (link: string) => `QR code for ${link}`,
  phase: (phase: string, pairing: string) => `Class: ${phase} · ${pairing}`,
  start: 'Start',
  resume: 'Resume',
  pause: 'Pause',
  endTalks: 'End talks now',
  repair: 'Re-pair the waiting',
  release: 'Release to every table',
  closeClass: 'Close the class',
  deleteResults: 'Delete its results from the server',
  confirmDelete: 'Delete this class and its results from the server? The results already in the class debrief stay on this page until you reload it.',
  deleted: 'The class and its results were deleted from the server.',
  settingsIncomplete: 'The settings on the “Set up a session” tab are not complete yet.',
  cannotCreate: (why: string) => `The class could not be created: ${why}`,
  startTitle: 'Start a live class',
  startLede:
    'Students join on their own devices with a PIN; each plays against a classmate (or the computer) with the settings of the “Set up a session” tab. The server runs every game, so no result can be forged.',
  pairing: 'Pairing',
  oddOut: 'An odd student out',
  create: 'Start a live class with these settings',
  lastEnded: 'Your last live class has ended; its results are in the class debrief.',

  // ——— the roster ———
  statusWords: {
    waiting: 'Waiting for a partner',
    reading: 'Reading the brief',
    negotiating: 'Negotiating',
    agreed: 'Agreed',
    'walked-out': 'Walked out',
    'no-deal': 'No deal',
    'handed-in': 'Handed in',
    disconnected: 'Disconnected',
    removed: 'Left',
  } satisfies Record<StudentStatus, string>,
  rosterEmpty: 'No student has joined yet. They open the link (or scan the code) and type the PIN and their name.',
  rosterColumns: { student: 'Student', side: 'Side', partner: 'Partner', round: 'Round', status: 'Status', actions: 'Actions' },
  secondVoice: ' (second voice)',
  computer: 'Computer',
  remove: 'Remove',
  removeLabel: (name: string) => `Remove ${name} from the class`,
};
