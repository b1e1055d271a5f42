/**
 * The screen a state of the app machine shows, and what that screen is told: the one place that
 * maps the flow onto scenes. The scene router (scenes/router.ts) starts the scene named here
 * whenever this changes; the scenes themselves never choose the next screen.
 */
import type { SnapshotFrom } from 'xstate';
import type { Problem } from '../../engine/index.ts';
import type { AppMachine } from './app-machine.ts';
import type { SideIndex } from './seats.ts';

export type Screen =
  | { scene: 'Preload'; data: { file: string; problems: Problem[]; local: boolean } }
  | { scene: 'Title'; data: { opened: number } }
  | { scene: 'SideChoice'; data: { name?: string } }
  | { scene: 'Handover'; data: { side: SideIndex; next: 'Briefing' | 'Table' } }
  | { scene: 'Briefing' | 'Table'; data: { side: SideIndex } }
  | { scene: 'Outcome' | 'Debrief'; data: Record<string, never> }
  | { scene: 'Live'; data: { side?: SideIndex } };

/** The screen for this state; null while the page is still opening (Boot and Preload show that). */
export function screenOf(s: SnapshotFrom<AppMachine>): Screen | null {
  const ctx = s.context;
  if (s.matches('live') && ctx.live) {
    const { scene, side } = ctx.live;
    if (scene === 'Live' || side === null) return { scene: 'Live', data: side === null ? {} : { side } };
    return { scene, data: { side } };
  }
  if (s.matches('problems') && ctx.problems) return { scene: 'Preload', data: ctx.problems };
  if (s.matches('title')) return { scene: 'Title', data: { opened: ctx.opened } };
  if (s.matches('sideChoice')) return { scene: 'SideChoice', data: ctx.names ? { name: ctx.names[0] } : {} };
  if (s.matches({ playing: 'handover' })) return { scene: 'Handover', data: { side: ctx.want.side, next: ctx.want.screen === 'briefing' ? 'Briefing' : 'Table' } };
  if (s.matches({ playing: 'briefing' })) return { scene: 'Briefing', data: { side: ctx.want.side } };
  if (s.matches({ playing: 'table' })) return { scene: 'Table', data: { side: ctx.want.side } };
  if (s.matches({ playing: 'outcome' })) return { scene: 'Outcome', data: {} };
  if (s.matches({ playing: 'debrief' })) return { scene: 'Debrief', data: {} };
  return null;
}

/** Whether two screens are the same (the router restarts a scene only when this is false). */
export function sameScreen(a: Screen | null, b: Screen | null): boolean {
  return a === b || (a !== null && b !== null && a.scene === b.scene && JSON.stringify(a.data) === JSON.stringify(b.data));
}
