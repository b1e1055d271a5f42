/**
 * The teacher's page (teacher.html): set up a class session, and debrief the class afterwards.
 * A plain DOM tool page (no Phaser), styled like the game. Three tabs, each at its own address
 * (teacher.html#setup, teacher.html#debrief, teacher.html#kit), so a link or a bookmark opens the right one.
 */
import '../game/ui/styles.css';
import '../game/ui/features.css';
import '../game/ui/responsive.css';
import './teacher.css';
import './teacher-responsive.css';
import { registerOfflineNow } from '../game/offline.ts';
import { el } from '../game/ui/dom.ts';
import { debriefSection } from './debrief-section.ts';
import { lessonKitSection } from './lesson-kit.ts';
import { allScenarios } from './scenarios.ts';
import { setupSection } from './setup-form.ts';
import { liveAvailable } from '../live/client/connection.ts';
import { liveSection } from './live/live-section.ts';
import type { ClassSession } from '../engine/index.ts';
import type { Entry } from './debrief-import.ts';
import { languageSwitch } from './language-switch.ts';
import { keepDraft } from './setup-draft.ts';
import { pageLanguage, tt } from './strings/index.ts';

type TabId = 'setup' | 'live' | 'debrief' | 'kit';
const TABS: { id: TabId; label: string }[] = (['setup', 'live', 'debrief', 'kit'] as const).map((id) => ({ id, label: tt.tabs[id] }));

async function start(): Promise<void> {
  const root = document.getElementById('teacher')!;
  // The page's language (the setting may name one only a scenario has: the page is then in English).
  document.documentElement.lang = pageLanguage;
  document.title = tt.pageTitle;
  const main = el('main', { class: 'teacher-main', id: 'main' }, el('p', { class: 'muted' }, tt.loadingScenarios));
  const printHost = el('div', { class: 'print-only', testid: 'print-host' });
  const tabButtons = TABS.map((t) =>
    el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${t.id}`,
        'aria-controls': `panel-${t.id}`,
        class: 'page-tab',
        testid: `tab-${t.id}`,
        on: { click: () => show(t.id, true), keydown: (e) => arrows(e, t.id) },
      },
      t.label,
    ),
  );
  root.replaceChildren(
    el('a', { class: 'skip-link', href: '#main' }, tt.skipLink),
    el(
      'header',
      { class: 'teacher-head' },
      el('div', null, el('p', { class: 'eyebrow' }, tt.eyebrow), el('h1', null, tt.headTitle, el('span', { class: 'muted' }, tt.headSubtitle))),
      el('nav', { class: 'tabs', role: 'tablist', 'aria-label': tt.tabsLabel }, ...tabButtons),
      el(
        'div',
        { class: 'head-end' },
        languageSwitch(() => keepDraft()),
        el('a', { class: 'btn ghost', href: 'index.html' }, tt.backToGame),
      ),
    ),
    main,
    printHost,
  );

  const scenarios = await allScenarios();
  if (scenarios.length === 0) {
    main.replaceChildren(el('p', { class: 'form-problem', role: 'alert' }, tt.noScenarios));
    return;
  }
  let readSettings: () => ClassSession | null = () => null;
  let addResults: (entries: Entry[]) => Promise<void> = async () => {};
  const panels: Record<TabId, HTMLElement> = {
    setup: el(
      'section',
      { id: 'panel-setup', role: 'tabpanel', 'aria-labelledby': 'tab-setup', testid: 'panel-setup' },
      setupSection(scenarios, (read) => (readSettings = read)),
    ),
    debrief: el(
      'section',
      { id: 'panel-debrief', role: 'tabpanel', 'aria-labelledby': 'tab-debrief', testid: 'panel-debrief' },
      debriefSection(printHost, (add) => (addResults = add)),
    ),
    // Live features appear only when a class server answers beside the page (not on a static host).
    live: el('section', { id: 'panel-live', role: 'tabpanel', 'aria-labelledby': 'tab-live', testid: 'panel-live' }),
    kit: el('section', { id: 'panel-kit', role: 'tabpanel', 'aria-labelledby': 'tab-kit', testid: 'panel-kit' }, lessonKitSection(scenarios)),
  };
  main.replaceChildren(panels.setup, panels.live, panels.debrief, panels.kit);
  const liveTab = tabButtons[TABS.findIndex((t) => t.id === 'live')];
  liveTab.hidden = true;
  void liveAvailable().then((up) => {
    if (!up) return;
    liveTab.hidden = false;
    panels.live.append(
      liveSection(
        () => readSettings(),
        (entries) => addResults(entries),
      ),
    );
  });

  function show(id: TabId, push: boolean): void {
    for (const t of TABS) {
      const on = t.id === id;
      panels[t.id].hidden = !on;
      const b = tabButtons[TABS.indexOf(t)];
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      b.classList.toggle('active', on);
    }
    document.body.dataset.tab = id;
    if (push && location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  }
  /** Arrow keys move between tabs (the tabs pattern: one tab stop for the tab list). */
  function arrows(e: KeyboardEvent, id: TabId): void {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const k = (TABS.findIndex((t) => t.id === id) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    show(TABS[k].id, true);
    tabButtons[k].focus();
  }
  const fromHash = (): TabId => TABS.find((t) => `#${t.id}` === location.hash)?.id ?? 'setup';
  window.addEventListener('hashchange', () => show(fromHash(), false));
  show(fromHash(), false);
  document.body.dataset.ready = 'true';
}

void start();

registerOfflineNow({ ready: tt.updateReady, reload: tt.updateReload, sentence: tt.updateSentence });
