/** Words and symbols that go with every coloured status, so colour is never the only signal. */
import type { ItemView, Mood, ThirdPartyView } from '../../engine/index.ts';
import { COLORS } from './theme.ts';

export const STATUS_WORDS: Record<ItemView['status'], { icon: string; word: string }> = {
  open: { icon: '○', word: 'Open' },
  tentative: { icon: '✓', word: 'Agreed' },
  reopened: { icon: '↺', word: 'Reopened' },
};

export const MOOD_WORDS: Record<Mood, { icon: string; word: string }> = {
  pleased: { icon: '▲', word: 'pleased' },
  calm: { icon: '■', word: 'calm' },
  impatient: { icon: '◆', word: 'impatient' },
  angry: { icon: '✖', word: 'angry' },
};

export const REACTION_WORDS: Record<ThirdPartyView['reaction'], { icon: string; word: string; color: number }> = {
  pleased: { icon: '✓', word: 'pleased', color: COLORS.good },
  uneasy: { icon: '~', word: 'uneasy', color: COLORS.warn },
  angry: { icon: '✖', word: 'angry', color: COLORS.bad },
};
