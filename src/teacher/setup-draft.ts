/**
 * What the teacher typed on the set-up form, kept across the reload a language switch makes
 * (sessionStorage: this tab only, gone when it closes). Every control with an id keeps its value,
 * every radio group its choice; the scenario goes back first, since the other choices depend on it.
 */
const KEY = 'summit.teacher.setup-draft';

type Draft = Record<string, string | boolean>;

let form: HTMLFormElement | null = null;

/** The set-up form whose values a language switch keeps. */
export function draftForm(f: HTMLFormElement): void {
  form = f;
}

function snapshot(f: HTMLFormElement): Draft {
  const out: Draft = {};
  for (const c of f.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    if (c instanceof HTMLInputElement && c.type === 'radio') {
      if (c.checked) out[`radio:${c.name}`] = c.value;
    } else if (c instanceof HTMLInputElement && c.type === 'checkbox') out[c.id] = c.checked;
    else if (c.id && !(c instanceof HTMLInputElement && c.type === 'file')) out[c.id] = c.value;
  }
  return out;
}

/** Keeps the form's values for the next load of this page in this tab. */
export function keepDraft(): void {
  if (!form) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(snapshot(form)));
  } catch {
    /* no session storage: the form starts afresh */
  }
}

function changed(c: Element): void {
  c.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Puts back the values kept before a reload (once), as if the teacher had chosen them again. */
export function restoreDraft(f: HTMLFormElement, first: string): void {
  let draft: Draft | null = null;
  try {
    draft = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Draft | null;
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!draft || typeof draft !== 'object') return;
  const set = (id: string) => {
    const c = f.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(id)}`);
    const v = draft[id];
    if (!c) return;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = v === true;
    else if (typeof v === 'string' && (!(c instanceof HTMLSelectElement) || [...c.options].some((o) => o.value === v))) c.value = v;
    changed(c);
  };
  if (first in draft) set(first);
  for (const key of Object.keys(draft)) {
    if (key.startsWith('radio:')) {
      const r = [...f.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((x) => x.name === key.slice(6) && x.value === draft[key]);
      if (r) {
        r.checked = true;
        changed(r);
      }
    } else if (key !== first) set(key);
  }
}
