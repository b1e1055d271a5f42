/**
 * Live preview under the dev server (build/scenario-live-reload.ts): when the open scenario's
 * file is saved, it is read again and the game shows the change at once — the title screen of
 * the new version, or its problems, in the same words as `summit check`. A game in progress on
 * the old version ends: its moves may mean something else now. Production builds leave this out.
 */
import type Phaser from 'phaser';
import * as session from './session.ts';
import { clearSave } from './save.ts';
import { fetchScenario } from './scenario-url.ts';
import { notify } from './ui/notice.ts';
import { t } from './ui/strings/index.ts';
import { openScenarioText } from './scenes/Preload.ts';

export function installLiveReload(game: Phaser.Game): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('summit:scenario-changed', ({ file }: { file: string }) => {
    if (!session.hasScenario() || file !== session.file()) return;
    void fetchScenario(`${file}?changed=${Date.now()}`).then((text) => {
      const scene = game.scene.getScenes(true)[0];
      if (!scene) return;
      clearSave();
      // The flow goes back to the title of the new version, or to its problems.
      const problems = openScenarioText(file, text);
      if (problems) session.send({ type: 'scenario.failed', file, problems, local: false });
      else notify(t.scenarioChangedOnDisk(`scenarios/${file}`));
    });
  });
}
