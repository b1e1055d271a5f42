/**
 * Where the page lands once the scenario is open: back in the saved game, exactly where the
 * student left it, or on the title. A save that could not be read is reported there.
 */
import * as session from './session.ts';
import { readSave, savedPhase } from './save.ts';
import { hasLiveSeat } from '../live/client/connection.ts';
import { notify } from './ui/notice.ts';
import { t } from './ui/strings/index.ts';

export interface Landing {
  scene: string;
  data?: object;
}

/** The scene for a game's phase and mode (hot-seat games resume behind a hand-over screen). */
function sceneForGame(): Landing {
  const mode = session.currentMode();
  const side = mode.kind === 'solo' ? mode.side : session.viewSide();
  switch (session.phase()) {
    case 'briefing':
      return mode.kind === 'hotseat' ? { scene: 'Handover', data: { side: 0, next: 'Briefing' } } : { scene: 'Briefing', data: { side } };
    case 'negotiating':
      return mode.kind === 'hotseat' ? { scene: 'Handover', data: { side, next: 'Table' } } : { scene: 'Table', data: { side } };
    case 'outcome':
      return { scene: 'Outcome', data: { side: mode.kind === 'solo' ? mode.side : 0 } };
    case 'debrief':
      return { scene: 'Debrief', data: { side: mode.kind === 'solo' ? mode.side : 0 } };
    default:
      return { scene: 'Title' };
  }
}

export function landing(): Landing {
  // A live class's link (?live=PIN), or a reload in the middle of a live game: the class server decides.
  if (new URLSearchParams(location.search).has('live') || hasLiveSeat()) return { scene: 'Live' };
  const read = readSave(session.scenario(), session.file());
  if (read.kind === 'set-aside') {
    notify(t.saveSetAside(read.reason, read.key), 'warning');
    return { scene: 'Title' };
  }
  if (read.kind !== 'ok') return { scene: 'Title' };
  const save = read.save;
  // A class link resumes only a game from the same class session (and a plain link only a free game).
  if (save.classCode !== (session.classSettings()?.code ?? null) || savedPhase(save) === 'setup') return { scene: 'Title' };
  session.resume(save, read.snapshot);
  notify(t.welcomeBack);
  return sceneForGame();
}
