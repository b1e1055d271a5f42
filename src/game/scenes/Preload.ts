/**
 * Preload: waits for the scenario with a progress bar, checks it with the engine's loader, and
 * either opens the title or lists every problem on screen (path and message) — never a blank page.
 * Boot skips this screen when the prefetched scenario is already there and loads cleanly.
 */
import { decodeSession, formatProblem, loadScenario, type Problem } from '../../engine/index.ts';
import { type CheckedScenario, openChecked } from '../../engine/scenario/checked.ts';
import { landing } from '../landing.ts';
import * as session from '../session.ts';
import { el } from '../ui/dom.ts';
import { t } from '../ui/strings/index.ts';
import { Screen, type Box } from '../ui/Screen.ts';
import { COLORS } from '../ui/theme.ts';
import type Phaser from 'phaser';
import { checkedScenario, DEFAULT_SCENARIO, scenarioFromUrl, scenarioText } from '../scenario-url.ts';
import { packedFromHash, unpackScenario } from '../scenario-link.ts';

/** Checks a scenario's text and opens it in the session; returns its problems instead if it has any. */
export function openScenarioText(file: string, text: string, checked?: CheckedScenario | null): Problem[] | null {
  const language = session.getSettings().language;
  // A shipped file checked at build time opens without building the scenario schema (zod).
  const light = checked ? openChecked(text, checked, language) : null;
  if (light) {
    session.openScenario(light, file, text, checked);
    return null;
  }
  // Designer warnings are for `summit check`; the game skips them to start sooner.
  // In the player's language when the scenario has it (English otherwise).
  const result = loadScenario(text, { warnings: false, language });
  if (!result.ok) return result.problems;
  session.openScenario(result.compiled, file, text);
  return null;
}

/** The "id" of a scenario's text, if it reads as JSON (the loader says what else is wrong). */
function topLevelId(text: string): unknown {
  try {
    return (JSON.parse(text) as { id?: unknown }).id;
  } catch {
    return undefined;
  }
}

/** What Boot hands over: a download still under way, or the problems it already found. */
export type PreloadData = { file?: string; pending?: Promise<string>; checked?: Promise<CheckedScenario | null>; problems?: Problem[]; local?: boolean };

/** `link`: the problems are in the page's address (the address bar, a session link), not in a file. */
type State = { kind: 'loading'; progress: number } | { kind: 'problems'; file: string; link?: string; local: boolean; problems: { path: string; message: string; full: string }[] };

export class Preload extends Screen<PreloadData> {
  private state: State = { kind: 'loading', progress: 0 };

  constructor() {
    super('Preload');
  }

  protected override setup(data: PreloadData): void {
    this.state = { kind: 'loading', progress: 0 };
    const joined = this.classFromUrl();
    if (joined === false) return;
    const choice = joined ?? (data.file !== undefined ? { file: data.file } : scenarioFromUrl());
    if ('error' in choice) {
      this.state = { kind: 'problems', file: '', link: t.addressBar, local: false, problems: [{ path: '?scenario', message: choice.error, full: choice.error }] };
      return;
    }
    if (data.problems) {
      this.showProblems(choice.file, data.problems, data.local === true);
      return;
    }
    // The download is under way (usually since before Phaser booted: public/prefetch.js).
    this.state.progress = 0.4;
    // A scenario carried in the link (a teacher's own file) has no build-checked copy.
    const carried = joined?.text;
    const pending = data.pending ?? carried ?? scenarioText(choice.file);
    const checked = carried ? Promise.resolve(null) : (data.checked ?? checkedScenario(choice.file));
    Promise.all([pending, checked]).then(
      ([text, light]) => {
        if (!this.sys.isActive()) return;
        this.state = { kind: 'loading', progress: 1 };
        this.paint();
        const problems = openScenarioText(choice.file, text, light);
        if (problems) this.showProblems(choice.file, problems);
        else landing(); // the saved game, or the title (the scene router starts it)
      },
      (e: Error) => {
        if (!this.sys.isActive()) return;
        // A class code alone for a teacher's own scenario: this site has no such file; the teacher's link carries it.
        const message = carried !== undefined ? e.message : joined ? t.classScenarioNotHere(choice.file, e.message) : t.couldNotFetch(`scenarios/${choice.file}`, e.message);
        this.showProblems(choice.file, [{ code: 'file.unreadable', path: '$', message, severity: 'error' }]);
      },
    );
  }

  /**
   * A class session link (?session=CODE): the scenario named in the code, with the teacher's
   * settings locked for this visit. Null without a session; false when the code is bad (shown).
   */
  private classFromUrl(): { file: string; text?: Promise<string> } | null | false {
    const code = new URLSearchParams(location.search).get('session');
    if (code === null) return null;
    const decoded = decodeSession(code);
    if (!decoded.ok) {
      const message = t.sessionCodeUnusable(decoded.reason);
      this.state = { kind: 'problems', file: '', link: t.sessionLink, local: false, problems: [{ path: '?session', message, full: message }] };
      return false;
    }
    session.joinClass(code, decoded.session);
    const file = `${decoded.session.scenario}.json`;
    // The teacher's own scenario, carried in the link's fragment (scenario-link.ts); else the site's file.
    const packed = packedFromHash(location.hash);
    if (packed === null) return { file };
    const id = decoded.session.scenario;
    const text = unpackScenario(packed).then((r) => {
      if ('error' in r) throw new Error(r.error);
      // The link's scenario must be the one the code names (a code pasted onto another class's link).
      if (topLevelId(r.text) !== id) throw new Error(t.ownScenarioMismatch(id));
      return r.text;
    });
    return { file, text };
  }

  private showProblems(file: string, problems: Problem[], local = false): void {
    this.state = { kind: 'problems', file, local, problems: problems.map((p) => ({ path: p.path, message: p.message, full: formatProblem(p, file) })) };
    this.refresh();
  }

  protected render(): void {
    if (this.state.kind === 'loading') {
      this.root.append(
        el(
          'div',
          { class: 'center-stack', role: 'status', 'aria-live': 'polite' },
          el('p', { class: 'eyebrow' }, t.appName),
          el('p', { class: 'loading-text' }, t.loadingScenario),
          el('div', { class: 'progress-slot', testid: 'progress', 'data-progress': '' }),
        ),
      );
      return;
    }
    const { file, link, problems, local } = this.state;
    const defaultHref = `${location.pathname}${location.search.replace(/([?&])(scenario|session)=[^&]*&?/g, '$1').replace(/[?&]$/, '')}`;
    const fromLink = link !== undefined;
    this.root.append(
      el(
        'div',
        { class: 'problems', 'data-panel': 'panel', role: 'alert', testid: 'scenario-problems' },
        el('h1', null, fromLink ? t.linkCannotOpen : t.scenarioCannotOpen),
        fromLink
          ? el('p', null, t.linkAsksTooMuch(link))
          : local
            ? el('p', null, ...t.problemsInLocalFile(el('code', null, file), problems.length))
            : el('p', null, ...t.problemsInFile(el('code', null, `scenarios/${file}`), problems.length)),
        el(
          'ol',
          { class: 'problem-list', testid: 'problem-list' },
          ...problems.map((p) =>
            el('li', { title: p.full }, el('code', { class: 'problem-path' }, p.path), el('span', { class: 'problem-message' }, p.message), el('span', { class: 'problem-full' }, p.full)),
          ),
        ),
        local || file !== DEFAULT_SCENARIO ? el('p', null, el('a', { href: defaultHref || './', 'data-autofocus': '' }, fromLink ? t.openWithoutLink : t.openDefaultScenario)) : null,
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
