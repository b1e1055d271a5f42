/**
 * Choosing a scenario: the shipped ones (public/scenario-list.json) open by address
 * (?scenario=file, so the page can be bookmarked and shared), and a designer's own file opens
 * from a file picker or by dropping it on the page. A file's text is untrusted: it only ever
 * goes through the engine's loader and into the page as text.
 */
import { MAX_SCENARIO_BYTES } from '../../engine/limits.ts';
import { button, el } from './dom.ts';
import { t } from './strings/index.ts';

export interface ShippedScenario {
  file: string;
  title: string;
  blurb: string;
}

let shipped: Promise<ShippedScenario[]> | null = null;

/** The shipped scenarios, fetched once. */
export function shippedScenarios(): Promise<ShippedScenario[]> {
  shipped ??= fetch('scenario-list.json')
    .then((r) => (r.ok ? (r.json() as Promise<{ scenarios?: unknown }>) : Promise.reject(new Error(t.serverAnswered(r.status)))))
    .then((data) =>
      Array.isArray(data.scenarios) ? data.scenarios.filter((s): s is ShippedScenario => !!s && typeof s.file === 'string' && typeof s.title === 'string' && typeof s.blurb === 'string') : [],
    );
  return shipped;
}

/** This page's address with another scenario (other flags, such as automation, kept). */
export function scenarioHref(file: string): string {
  const params = new URLSearchParams(location.search);
  params.set('scenario', file);
  params.delete('session');
  return `${location.pathname}?${params.toString()}`;
}

/** Reads a chosen or dropped file, refusing what cannot be a scenario. */
export async function readScenarioFile(f: File): Promise<{ name: string; text: string } | { name: string; error: string }> {
  if (f.size > MAX_SCENARIO_BYTES) return { name: f.name, error: t.fileTooBig(f.name, (f.size / 1e6).toFixed(1)) };
  try {
    return { name: f.name, text: await f.text() };
  } catch {
    return { name: f.name, error: t.fileUnreadable(f.name) };
  }
}

/** The Scenarios dialog's body: the shipped list, then "Open a file…". */
export function scenarioList(currentFile: string, onFile: (f: File) => void, close: () => void): HTMLElement[] {
  const list = el('ul', { class: 'scenario-list', testid: 'scenario-list', 'aria-busy': 'true' }, el('li', { class: 'muted' }, t.loadingList));
  shippedScenarios().then(
    (all) => {
      list.removeAttribute('aria-busy');
      list.replaceChildren(
        ...all.map((s) =>
          el(
            'li',
            null,
            s.file === currentFile
              ? el('span', { class: 'scenario-link current', 'aria-current': 'true' }, el('strong', null, s.title), el('span', { class: 'tag agreed' }, t.openNow))
              : el('a', { class: 'scenario-link', href: scenarioHref(s.file), testid: `scenario-${s.file}` }, el('strong', null, s.title)),
            el('span', { class: 'muted small' }, s.blurb),
          ),
        ),
      );
    },
    (e: Error) => list.replaceChildren(el('li', { class: 'refusal' }, t.listUnavailable(e.message))),
  );
  const picker = el('input', { type: 'file', accept: '.json,application/json', class: 'sr-only', id: 'scenario-file', testid: 'scenario-file', tabindex: '-1' });
  picker.addEventListener('change', () => {
    const f = picker.files?.[0];
    if (f) {
      close();
      onFile(f);
    }
  });
  return [
    el('p', { class: 'muted' }, t.shippedWithSummit),
    list,
    el('h3', null, t.yourOwnScenario),
    el('p', { class: 'muted' }, t.ownScenarioNote),
    picker,
    el(
      'div',
      { class: 'dialog-actions' },
      button(t.openFile, () => picker.click(), { key: 'open-file', testid: 'open-file' }),
      button(t.close, close, { variant: 'primary', 'data-autofocus': '' }),
    ),
  ];
}
