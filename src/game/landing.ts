/**
 * Where the page lands once the scenario is open: back in the saved game, exactly where the
 * student left it, or on the title (the app machine decides which, and the scene router shows
 * it). A save that could not be read is reported there.
 */
import * as session from './session.ts';
import { readSave } from './save.ts';
import { hasLiveSeat } from '../live/client/connection.ts';
import { notify } from './ui/notice.ts';
import { t } from './ui/strings/index.ts';

export function landing(): void {
  // A live class's link (?live=PIN), or a reload in the middle of a live game: the class server decides.
  if (new URLSearchParams(location.search).has('live') || hasLiveSeat()) return session.showLive('Live', null);
  const read = readSave(session.scenario(), session.file());
  if (read.kind === 'set-aside') notify(t.saveSetAside(read.reason, read.key), 'warning');
  // The machine resumes only a game from the same class session (and a plain link only a free game).
  if (read.kind === 'ok' && session.resume(read.save, read.snapshot)) notify(t.welcomeBack);
  else session.send({ type: 'land' });
}
