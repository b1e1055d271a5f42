/**
 * The designer workbench (workbench.html): open or drop a scenario file, edit its numbers as
 * tables, and see its problems, outcome chart and a quick simulation follow as you type; play it
 * in the game in one click; download the file. Everything runs in the browser, on the engine as
 * it is; nothing is uploaded.
 */
import { el } from '../game/ui/dom.ts';
import { downloadFile } from '../game/ui/download.ts';
import { WORKBENCH_KEY } from '../game/workbench-handoff.ts';
import type { Raw } from './raw.ts';
import { evaluate, resultsPanel } from './results.ts';
import { editTables } from './tables.ts';
import './workbench.css';

const root = document.getElementById('workbench')!;
const status = el('p', { class: 'wb-status', role: 'status', testid: 'wb-status' });
const tables = el('div', { class: 'wb-left' });
const results = el('div', { class: 'wb-right', 'aria-live': 'polite' });
let scenario: Raw | null = null;
let fileName = 'scenario.json';
let timer: ReturnType<typeof setTimeout> | undefined;

/** Typing settles for this long before the checks and the simulation run again. */
const SETTLE_MS = 250;

function recompute(): void {
  if (!scenario) return;
  results.replaceChildren(...resultsPanel(evaluate(scenario)));
}

const edits = {
  changed: () => {
    clearTimeout(timer);
    timer = setTimeout(recompute, SETTLE_MS);
  },
  rebuild: () => {
    if (scenario) tables.replaceChildren(editTables(scenario, edits));
    recompute();
  },
};

function open(name: string, text: string): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    status.textContent = `${name} is not JSON: ${(e as Error).message}. Run summit check on it for the line and column.`;
    return;
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as Raw).sides) || !Array.isArray((data as Raw).items)) {
    status.textContent = `${name} does not look like a scenario (no "sides" and "items" lists).`;
    return;
  }
  scenario = data as Raw;
  fileName = name;
  status.textContent = `Editing ${name}.`;
  edits.rebuild();
}

async function openFile(f: File | undefined): Promise<void> {
  if (!f) return;
  if (f.size > 2_000_000) return void (status.textContent = `${f.name} is too big to be a scenario.`);
  open(f.name, await f.text());
}

async function openShipped(file: string): Promise<void> {
  try {
    const r = await fetch(`scenarios/${file}`);
    if (!r.ok) throw new Error(`the server answered ${r.status}`);
    open(file, await r.text());
  } catch (e) {
    status.textContent = `Could not load ${file}: ${(e as Error).message}.`;
  }
}

function text(): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

function play(): void {
  if (!scenario) return;
  try {
    localStorage.setItem(WORKBENCH_KEY, text());
  } catch {
    return void (status.textContent = 'This browser keeps no local storage here, so the game cannot receive the scenario: download it and open it in the game instead.');
  }
  window.open('./?workbench=1', '_blank');
}

const picker = el('input', { type: 'file', accept: '.json,application/json', hidden: true, testid: 'wb-file' });
picker.addEventListener('change', () => void openFile(picker.files?.[0]));

root.replaceChildren(
  el(
    'header',
    { class: 'wb-header' },
    el('h1', null, 'Scenario workbench'),
    el(
      'div',
      { class: 'wb-actions' },
      el('button', { type: 'button', on: { click: () => picker.click() } }, 'Open a file…'),
      el('button', { type: 'button', on: { click: () => void openShipped('tutorial.json') } }, 'Start from the tutorial'),
      el('button', { type: 'button', testid: 'wb-download', on: { click: () => scenario && downloadFile(fileName, [text()], 'application/json') } }, 'Download'),
      el('button', { type: 'button', class: 'primary', testid: 'wb-play', on: { click: play } }, 'Play it'),
      picker,
    ),
    status,
  ),
  el('main', { class: 'wb-main' }, tables, results),
);

// A file dropped anywhere on the page opens.
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  void openFile(e.dataTransfer?.files[0]);
});

const asked = new URLSearchParams(location.search).get('scenario');
void openShipped(asked && /^[A-Za-z0-9_-][A-Za-z0-9_./-]*\.json$/.test(asked) && !asked.includes('..') ? asked : 'tutorial.json');
