/**
 * The title screen's "Join a live class" button: shown only once a class server has answered
 * beside the page (the static build alone never shows it). Checked once per page.
 */
import { button } from '../../game/ui/dom.ts';
import { lt } from '../../game/ui/strings/live.ts';
import { liveAvailable } from './connection.ts';

let known: boolean | null = null;
let check: Promise<boolean> | null = null;

/** The button, or null (while unknown, `refresh` runs once the answer comes). */
export function liveEntry(open: () => void, refresh: () => void): HTMLElement | null {
  if (known === null) {
    check ??= liveAvailable().then((up) => (known = up));
    void check.then((up) => up && refresh());
    return null;
  }
  return known ? button(lt().joinTitle, open, { variant: 'primary small', testid: 'live-entry' }) : null;
}
