/**
 * The live class's words for students (en, fr): a table of its own beside en.ts, so the live mode
 * plugs in without touching the shared tables. `lt()` follows the interface language.
 */
import { currentLanguage } from './index.ts';

const en = {
  eyebrow: 'Live class',
  joinTitle: 'Join your class',
  joinLede: 'Type the PIN your teacher shows, and your name.',
  pin: 'Class PIN',
  name: 'Your name',
  join: 'Join',
  joining: 'Joining…',
  needBoth: 'Type the 6-character PIN and your name.',
  waitingPartner: 'Waiting for a partner…',
  waitingPartnerText: 'Your teacher pairs you with a classmate as soon as one joins.',
  waitingStart: 'Waiting for the talks to open…',
  waitingStartText: (partner: string) => `You play with ${partner}. The talks open when you have both read your briefs and your teacher starts the class.`,
  computer: 'the computer',
  paused: 'Your teacher has paused the class.',
  reconnecting: 'Reconnecting to your seat…',
  removed: 'Your teacher removed you from this class.',
  lost: 'The connection to the class was lost. Reload the page to rejoin your seat.',
  you: (name: string, side: string) => `${name} · ${side}`,
  leave: 'Leave the class',
};

type LiveStrings = typeof en;

const fr: Partial<LiveStrings> = {
  eyebrow: 'Classe en direct',
  joinTitle: 'Rejoindre votre classe',
  joinLede: 'Tapez le code que montre votre enseignant, et votre nom.',
  pin: 'Code de la classe',
  name: 'Votre nom',
  join: 'Rejoindre',
  joining: 'Connexion…',
  needBoth: 'Tapez le code à 6 caractères et votre nom.',
  waitingPartner: 'En attente d’un partenaire…',
  waitingPartnerText: 'Votre enseignant vous associe à un camarade dès qu’il arrive.',
  waitingStart: 'En attente de l’ouverture des discussions…',
  waitingStartText: (partner: string) => `Vous négociez avec ${partner}. Les discussions s’ouvrent quand vous avez tous deux lu vos consignes et que l’enseignant lance la classe.`,
  computer: 'l’ordinateur',
  paused: 'Votre enseignant a mis la classe en pause.',
  reconnecting: 'Reconnexion à votre place…',
  removed: 'Votre enseignant vous a retiré de cette classe.',
  lost: 'La connexion à la classe est perdue. Rechargez la page pour retrouver votre place.',
  leave: 'Quitter la classe',
};

export function lt(): LiveStrings {
  return currentLanguage() === 'fr' ? { ...en, ...fr } : en;
}
