/** Words and symbols that go with every coloured status, so colour is never the only signal. */
import type { ItemView, Mood, ThirdPartyView } from '../../engine/index.ts';
import { t } from './strings/index.ts';
import { COLORS } from './theme.ts';

const STATUS_ICONS: Record<ItemView['status'], string> = { open: '○', tentative: '✓', reopened: '↺' };
const MOOD_ICONS: Record<Mood, string> = { pleased: '▲', calm: '■', impatient: '◆', angry: '✖' };
const REACTION_LOOKS: Record<ThirdPartyView['reaction'], { icon: string; color: number }> = {
  pleased: { icon: '✓', color: COLORS.good },
  uneasy: { icon: '~', color: COLORS.warn },
  angry: { icon: '✖', color: COLORS.bad },
};

/** An item's status: its icon and its word in the current language. */
export function statusWord(s: ItemView['status']): { icon: string; word: string } {
  return { icon: STATUS_ICONS[s], word: t.status[s] };
}

export function moodWord(m: Mood): { icon: string; word: string } {
  return { icon: MOOD_ICONS[m], word: t.moods[m] };
}

export function reactionWord(r: ThirdPartyView['reaction']): { icon: string; word: string; color: number } {
  return { ...REACTION_LOOKS[r], word: t.reactions[r] };
}
