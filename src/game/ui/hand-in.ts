/**
 * Handing in a result: the result code (short enough to paste into a form, checked so a typo or
 * an edit is caught) and a downloadable result file. Both carry the whole game log, so the
 * teacher's page replays and verifies the game rather than trusting it.
 */
import { encodeResultCode, recordLog, type CompiledScenario, type GameLog, type SummitContext } from '../../engine/index.ts';
import { copyText } from './clipboard.ts';
import { button, el, isolated } from './dom.ts';
import { downloadFile } from './download.ts';
import { t } from './strings/index.ts';

/** The result file's shape; the teacher's page reads it (and plain codes, and bare logs). */
export interface ResultFile {
  summitResult: 1;
  name: string | null;
  code: string;
  log: GameLog;
}

export function resultFor(c: CompiledScenario, context: SummitContext, value: unknown): ResultFile {
  const log = recordLog(c, context, value);
  const names = context.game?.setup.names?.filter((n): n is string => !!n) ?? [];
  return { summitResult: 1, name: names.length ? [...new Set(names)].join(' & ') : null, code: encodeResultCode(c, log), log };
}

/** A file name a teacher can sort: scenario, name, date. */
function fileName(c: CompiledScenario, r: ResultFile): string {
  const who =
    (r.name ?? 'result')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'result';
  return `summit-${c.scenario.id}-${who}-${new Date().toISOString().slice(0, 10)}.json`;
}

export function downloadResult(c: CompiledScenario, r: ResultFile): void {
  downloadFile(fileName(c, r), [JSON.stringify(r, null, 1)], 'application/json');
}

/** The hand-in dialog's body. */
export function handInBody(c: CompiledScenario, r: ResultFile, close: () => void): HTMLElement[] {
  const code = el(
    'textarea',
    { class: 'result-code', id: 'result-code', testid: 'result-code', readonly: true, rows: '5', spellcheck: 'false', 'aria-label': t.resultCodeLabel, 'data-autofocus': '' },
    r.code,
  );
  const status = el('p', { class: 'muted small', role: 'status', testid: 'copy-status' });
  const copy = async () => {
    code.select();
    status.textContent = (await copyText(r.code)) ? t.copied : t.copyByHand;
  };
  code.addEventListener('focus', () => code.select());
  return [
    el('p', null, r.name ? t.resultOf(isolated(r.name)) : '', t.handInExplain(r.code.length)),
    code,
    status,
    el(
      'div',
      { class: 'dialog-actions' },
      button(t.copyCode, () => void copy(), { variant: 'primary', testid: 'copy-code' }),
      button(t.downloadResult, () => downloadResult(c, r), { testid: 'download-result' }),
      button(t.close, close, { variant: 'ghost' }),
    ),
  ];
}
