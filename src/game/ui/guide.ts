/**
 * The guided first round: coach cards over the real game that walk a new player through round 1
 * (priorities, one option per card, propose, the reply and its reason, the third parties), then
 * hand over to free play. A thin view like the rest: it reads the player's view and the table's
 * own draft to pick the step, and it only suggests what to do. It never sends a game event.
 */
import type { PlayerView } from '../../engine/index.ts';
import { button, el, points } from './dom.ts';
import { t } from './strings/index.ts';

let active = false;
/** Steps the player has read and closed with "Next" (those with nothing to do in the game). */
let acknowledged = new Set<GuideStepId>();

export type GuideStepId = 'brief' | 'pick' | 'propose' | 'reply' | 'parties' | 'free';

export interface GuideStep {
  id: GuideStepId;
  /** Which step of how many, for "Step 2 of 6". */
  n: number;
  title: string;
  text: string;
  /** CSS selector of what the card points at (outlined). */
  target: string;
  /** A "Next" button (steps that only ask the player to look). */
  next: string | null;
  /** Where the card goes around its target, in order of preference. */
  place: Side[];
}

type Side = 'below' | 'above' | 'left' | 'right';

const ORDER: GuideStepId[] = ['brief', 'pick', 'propose', 'reply', 'parties', 'free'];

export function startGuide(): void {
  active = true;
  acknowledged = new Set();
}

export function endGuide(): void {
  active = false;
}

export function guideActive(): boolean {
  return active;
}

export function acknowledge(id: GuideStepId): void {
  acknowledged.add(id);
  if (id === 'free') active = false;
}

function step(id: GuideStepId, title: string, text: string, target: string, place: Side[], next: string | null = null): GuideStep {
  return { id, n: ORDER.indexOf(id) + 1, title, text, target, next, place };
}

/** The briefing's step. */
export function briefingStep(v: PlayerView): GuideStep | null {
  if (!active) return null;
  const top = [...v.items].sort((a, b) => b.myWeight - a.myWeight)[0];
  return step('brief', t.guideBriefTitle, t.guideBriefText(top.title), '[data-guide="priorities"]', ['right', 'left', 'below']);
}

/**
 * The table's step, from the player's view and the package being composed (`draft`: item → option).
 * Null once the guide is over or the first round has passed.
 */
export function tableStep(v: PlayerView, draft: Record<string, string>): GuideStep | null {
  if (!active) return null;
  const proposed = v.history.some((h) => h.who === 'me');
  if (!proposed) {
    const missing = v.items.filter((it) => !draft[it.id]);
    if (missing.length > 0) return step('pick', t.guidePickTitle, t.guidePickText(missing.length), '[data-guide="cards"]', ['right', 'below', 'above']);
    const total = v.items.reduce((sum, it) => sum + (it.options.find((o) => o.id === draft[it.id])?.myPoints ?? 0), 0);
    return step('propose', t.guideProposeTitle, t.guideProposeText(points(total), points(v.me.walkAwayPoints)), '[data-testid="propose"]', ['above', 'below']);
  }
  if (!acknowledged.has('reply')) return step('reply', t.guideReplyTitle, t.guideReplyText(v.them.name), '[data-guide="counterpart"]', ['left', 'below'], t.guideNext);
  if (!acknowledged.has('parties')) return step('parties', t.guidePartiesTitle, t.guidePartiesText, '[data-guide="parties"]', ['left', 'above'], t.guideNext);
  if (!acknowledged.has('free')) return step('free', t.guideFreeTitle, t.guideFreeText(v.roundsLeft), '[data-guide="actions"]', ['above'], t.guidePlayAlone);
  return null;
}

/** The coach card for a step, with Next (when the step has one) and a way out of the guide. */
export function guideCard(s: GuideStep, onNext: () => void, onSkip: () => void): HTMLElement {
  return el(
    'section',
    { class: 'guide-card', role: 'region', 'aria-label': t.guideLabel, 'aria-live': 'polite', testid: 'guide', 'data-step': s.id },
    el('p', { class: 'guide-count' }, t.guideCount(s.n, ORDER.length)),
    el('h2', { class: 'guide-title', testid: 'guide-title' }, s.title),
    el('p', { class: 'guide-text' }, s.text),
    el(
      'div',
      { class: 'guide-actions' },
      s.next ? button(s.next, onNext, { variant: 'primary small', key: 'guide-next', testid: 'guide-next' }) : null,
      s.id === 'free' ? null : button(t.guideSkip, onSkip, { variant: 'ghost small', key: 'guide-skip', testid: 'guide-skip' }),
    ),
  );
}

/** Places the card beside its target (by the step's preferences), inside the screen, and outlines the target. */
export function placeGuide(root: HTMLElement, card: HTMLElement, s: GuideStep): void {
  for (const old of root.querySelectorAll('.guide-target')) old.classList.remove('guide-target');
  const t = root.querySelector<HTMLElement>(s.target);
  if (!t) return;
  t.classList.add('guide-target');
  const base = root.getBoundingClientRect();
  const b = t.getBoundingClientRect();
  const r = { left: b.left - base.left, top: b.top - base.top, right: b.right - base.left, bottom: b.bottom - base.top };
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const gap = 14;
  const W = base.width;
  const H = base.height;
  const fits: Record<Side, () => [number, number] | null> = {
    below: () => (r.bottom + gap + h <= H - 8 ? [r.left, r.bottom + gap] : null),
    above: () => (r.top - gap - h >= 8 ? [r.right - w, r.top - gap - h] : null),
    left: () => (r.left - gap - w >= 8 ? [r.left - gap - w, r.top] : null),
    right: () => (r.right + gap + w <= W - 8 ? [r.right + gap, r.top] : null),
  };
  let at: [number, number] | null = null;
  for (const side of s.place) if ((at = fits[side]())) break;
  const [x, y] = at ?? [r.left, Math.max(8, r.bottom - h - gap)];
  card.style.left = `${Math.max(8, Math.min(W - w - 8, x))}px`;
  card.style.top = `${Math.max(8, Math.min(H - h - 8, y))}px`;
}
