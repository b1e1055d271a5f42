/** The table for keyboard and screen-reader users: where focus falls back to, and what is said aloud. */
import type { PlayerView } from '../../../engine/index.ts';
import { announce } from '../../ui/announce.ts';
import { wordsAll } from '../../ui/say-here.ts';
import { t } from '../../ui/strings/index.ts';

/**
 * Where focus goes when the control that had it is gone or disabled (an option whose item was
 * just agreed, a button a move disabled, the guide's card once it is done): the first open
 * card's choice, else Propose, else Help. Screen's refresh falls back to [data-autofocus].
 */
export function markFocusFallback(root: HTMLElement): void {
  const card = [...root.querySelectorAll<HTMLElement>('.item-card')].find((c) => c.querySelector('input:not(:disabled)'));
  const target =
    card?.querySelector('input:checked:not(:disabled)') ??
    card?.querySelector('input:not(:disabled)') ??
    root.querySelector('[data-key="propose"]:not(:disabled)') ??
    root.querySelector('[data-key="help"]');
  target?.setAttribute('data-autofocus', '');
}

/** The counterpart's newest reply and this round's news, said once each to a screen reader (ui/announce.ts). */
export function announceTable(v: PlayerView): void {
  const reply = v.lastReply;
  if (reply?.said) announce('reply', t.saidBy(v.them.name, wordsAll(reply.said)), String(v.history.lastIndexOf(reply)));
  for (const e of v.news) announce(`news-${e.id}`, `${t.news(e.title)}${e.text}`, `${e.id}@${v.round}`);
}
