/**
 * What the class debrief could not count, each traceable to what the teacher gave: a rejected
 * result with its line or file name, its student's name when the result still says it, the reason
 * and its whole text (to correct it in the paste box); duplicates; games set apart by the session.
 */
import type { ClassImport } from '../engine/index.ts';
import { el } from '../game/ui/dom.ts';
import type { Entry } from './debrief-import.ts';
import { apartList, duplicateWords } from './session-apart.ts';
import { tt } from './strings/index.ts';
import { reasonText } from './words.ts';

/** What the page knows of a rejected result beside the engine's reason. */
export interface RejectedDetail {
  name: string | null;
  entry: Entry | undefined;
}

function rejectedItem(i: { source: string; reason: string }, detail: RejectedDetail | undefined): HTMLElement {
  const text = detail?.entry?.text ?? null;
  return el(
    'li',
    { testid: 'invalid-item' },
    el('strong', { class: 'invalid-source', testid: 'invalid-source', dir: 'auto' }, i.source),
    detail?.name ? el('span', { class: 'invalid-name', testid: 'invalid-name' }, ' — ', el('bdi', null, detail.name)) : null,
    el('span', { class: 'reason' }, ` ${reasonText(i.reason)}`),
    text ? el('code', { class: 'preview invalid-text', testid: 'invalid-text', dir: 'ltr' }, text) : detail?.entry?.preview ? el('code', { class: 'preview' }, detail.entry.preview) : null,
  );
}

export function problemLists(imported: ClassImport, details: ReadonlyMap<string, RejectedDetail>): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (imported.invalid.length)
    out.push(
      el(
        'section',
        { class: 'card problems-card', testid: 'invalid-list' },
        el('h2', null, tt.invalidTitle(imported.invalid.length)),
        el('p', { class: 'hint' }, tt.invalidHint),
        el('ul', { class: 'invalid' }, ...imported.invalid.map((i) => rejectedItem(i, details.get(i.source)))),
      ),
    );
  if (imported.duplicates.length)
    out.push(
      el(
        'section',
        { class: 'card dupes-card', testid: 'duplicate-list' },
        el('h2', null, tt.duplicatesTitle(imported.duplicates.length)),
        el('ul', { class: 'dupes' }, ...imported.duplicates.map((d) => el('li', { testid: 'duplicate-item' }, el('strong', null, d.source), duplicateWords(d)))),
      ),
    );
  const apart = apartList(imported);
  if (apart) out.push(apart);
  return out;
}
