/**
 * Entry point: one Phaser 4 game whose scenes are thin views over the session's XState actor.
 */
import Phaser from 'phaser';
import './game/ui/styles.css';
import { installAutomationHook } from './game/automation.ts';
import { Boot } from './game/scenes/Boot.ts';
import { Preload } from './game/scenes/Preload.ts';
import { Title } from './game/scenes/Title.ts';
import { SideChoice } from './game/scenes/SideChoice.ts';
import { Handover } from './game/scenes/Handover.ts';
import { Briefing } from './game/scenes/Briefing.ts';
import { Table } from './game/scenes/Table.ts';
import { Outcome } from './game/scenes/Outcome.ts';
import { Debrief } from './game/scenes/Debrief.ts';
import { COLORS, CSS_COLOR } from './game/ui/theme.ts';

const parent = document.getElementById('game')!;

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent,
  backgroundColor: CSS_COLOR(COLORS.bg),
  banner: false,
  dom: { createContainer: true },
  input: { keyboard: false, gamepad: false },
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 1280, height: parent.clientHeight || 720 },
  fps: { limit: 30 },
  scene: [Boot, Preload, Title, SideChoice, Handover, Briefing, Table, Outcome, Debrief],
});

if (new URLSearchParams(location.search).get('automation') === '1') installAutomationHook(game);
