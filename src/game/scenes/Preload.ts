/**
 * Preload: fetches the scenario with a progress bar, checks it with the engine's loader, and
 * either opens the title or lists every problem on screen (path and message) — never a blank page.
 */
import { formatProblem, loadScenario, type Problem } from '../../engine/index.ts';
import * as session from '../session.ts';
import { el } from '../ui/dom.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { COLORS } from '../ui/theme.ts';
import type Phaser from 'phaser';

export const DEFAULT_SCENARIO = 'danang-2017.json';

/** `?scenario=<file>` relative to scenarios/: a plain relative path, nothing else. */
export function scenarioFromUrl(): { file: string } | { error: string } {
  const asked = new URLSearchParams(location.search).get('scenario');
  if (asked === null || asked === '') return { file: DEFAULT_SCENARIO };
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_./-]*\.json$/.test(asked) || asked.includes('..') || asked.includes('//'))
    return { error: `"${asked}" is not a scenario file name (expected something like ${DEFAULT_SCENARIO} inside scenarios/)` };
  return { file: asked };
}

type State = { kind: 'loading'; progress: number } | { kind: 'problems'; file: string; problems: { path: string; message: string; full: string }[] };

export class Preload extends Screen {
  private state: State = { kind: 'loading', progress: 0 };

  constructor() {
    super('Preload');
  }

  protected override setup(): void {
    this.state = { kind: 'loading', progress: 0 };
    const choice = scenarioFromUrl();
    if ('error' in choice) {
      this.state = { kind: 'problems', file: '(address bar)', problems: [{ path: '?scenario', message: choice.error, full: choice.error }] };
      return;
    }
    const key = `scenario:${choice.file}`;
    this.load.text(key, `scenarios/${choice.file}`);
    this.load.on('progress', (p: number) => {
      if (this.state.kind === 'loading') {
        this.state.progress = p;
        this.paint();
      }
    });
    this.load.once('loaderror', () => {
      this.showProblems(choice.file, [{ code: 'file.unreadable', path: '$', message: `could not fetch scenarios/${choice.file}`, severity: 'error' }]);
    });
    this.load.once('complete', () => {
      const text = this.cache.text.get(key) as string | undefined;
      if (typeof text !== 'string') return;
      const result = loadScenario(text);
      if (!result.ok) {
        this.showProblems(choice.file, result.problems);
        return;
      }
      session.openScenario(result.compiled, choice.file);
      this.go('Title');
    });
    this.load.start();
  }

  private showProblems(file: string, problems: Problem[]): void {
    this.state = { kind: 'problems', file, problems: problems.map((p) => ({ path: p.path, message: p.message, full: formatProblem(p, file) })) };
    this.refresh();
  }

  protected render(): void {
    if (this.state.kind === 'loading') {
      this.root.append(
        el(
          'div',
          { class: 'center-stack', role: 'status', 'aria-live': 'polite' },
          el('p', { class: 'eyebrow' }, 'Summit'),
          el('p', { class: 'loading-text' }, 'Loading the scenario…'),
          el('div', { class: 'progress-slot', testid: 'progress', 'data-progress': '' }),
        ),
      );
      return;
    }
    const { file, problems } = this.state;
    const defaultHref = `${location.pathname}${location.search.replace(/([?&])scenario=[^&]*&?/, '$1').replace(/[?&]$/, '')}`;
    this.root.append(
      el(
        'div',
        { class: 'problems', 'data-panel': 'panel', role: 'alert', testid: 'scenario-problems' },
        el('h1', null, 'This scenario could not be opened'),
        el('p', null, `The file `, el('code', null, `scenarios/${file}`), ` has ${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix ${problems.length === 1 ? 'it' : 'them'} and reload the page.`),
        el(
          'ol',
          { class: 'problem-list', testid: 'problem-list' },
          ...problems.map((p) =>
            el('li', { title: p.full }, el('code', { class: 'problem-path' }, p.path), el('span', { class: 'problem-message' }, p.message), el('span', { class: 'problem-full' }, p.full)),
          ),
        ),
        file !== DEFAULT_SCENARIO ? el('p', null, el('a', { href: defaultHref || './', 'data-autofocus': '' }, 'Open the default scenario instead')) : null,
      ),
    );
  }

  protected override paintExtra(g: Phaser.GameObjects.Graphics, box: (el: Element) => Box): void {
    if (this.state.kind !== 'loading') return;
    const slot = this.root.querySelector('[data-progress]');
    if (!slot) return;
    const b = box(slot);
    g.fillStyle(COLORS.track, 1);
    g.fillRoundedRect(b.x, b.y, b.w, b.h, 6);
    g.fillStyle(COLORS.accent, 1);
    g.fillRoundedRect(b.x, b.y, Math.max(12, b.w * this.state.progress), b.h, 6);
    g.lineStyle(1, COLORS.panelStroke, 1);
    g.strokeRoundedRect(b.x, b.y, b.w, b.h, 6);
  }
}
