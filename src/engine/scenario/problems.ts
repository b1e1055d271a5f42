/**
 * A problem found in a scenario file. Codes are stable (designers and tests rely on them);
 * the path is a JSON path such as `$.items[2].options[0].values.us`.
 */
export interface Problem {
  code: string;
  path: string;
  message: string;
  /** 1-based position in the file, when it could be found. */
  line?: number;
  column?: number;
  /**
   * Warnings never stop a scenario from loading: it will probably play badly. Notices neither:
   * nothing is wrong, but the designer should know (e.g. the file was upgraded from an older format).
   */
  severity: 'error' | 'warning' | 'notice';
}

export type PathSegment = string | number;

export function jsonPath(segments: readonly PropertyKey[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

export function problem(code: string, path: readonly PropertyKey[], message: string): Problem {
  return { code, path: jsonPath(path), message, severity: 'error' };
}

/** `file: $.path: message`, the one-line form `summit check` prints and the game shows. */
export function formatProblem(p: Problem, file?: string): string {
  const prefix = file ? `${file}: ` : '';
  const tag = p.severity === 'error' ? '' : `${p.severity}: `;
  const where = p.line !== undefined ? ` (line ${p.line}, column ${p.column})` : '';
  return `${prefix}${p.path}: ${tag}${p.message}${where} [${p.code}]`;
}
