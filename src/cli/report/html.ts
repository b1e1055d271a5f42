/**
 * HTML plumbing for the balance report: escaping and the page shell.
 *
 * A scenario file is untrusted input (designers swap them around), so every piece of scenario
 * text goes through esc() before it reaches the page, in element content and in attributes
 * alike. The page itself carries no script at all, loads nothing (no fonts, images or styles
 * from elsewhere), and says so in a Content-Security-Policy, so even a mistake in escaping
 * could not run code when the file is opened.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML that shows exactly that text, safe in element content and quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** Nothing may load or run: inline styles only (the charts are inline SVG). */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

// System fonts only: a report opened offline or on a school laptop must look the same.
const CSS = `
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --faint: #f3f5f8; --accent: #0b5cad; --warn: #8a4b00; --warn-bg: #fff4e0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 6px; padding-top: 12px; border-top: 2px solid var(--ink); }
h3 { font-size: 14px; margin: 0 0 2px; }
p.lead { color: var(--muted); margin: 0 0 12px; max-width: 820px; }
header dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 14px; margin: 12px 0 0; font-size: 13px; }
header dt { color: var(--muted); }
header dd { margin: 0; }
code, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
.warnings { list-style: none; padding: 0; margin: 8px 0 0; }
.warnings li { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: 6px 10px; margin: 0 0 6px; }
.warnings .tag { font-weight: 700; color: var(--warn); margin-right: 6px; }
.warnings .where { font-weight: 600; margin-right: 4px; }
.warnings .where::after { content: ":"; }
.warnings code { background: #fff; padding: 0 4px; border: 1px solid #ecd3a8; margin-right: 6px; }
.ok { background: #eaf6ec; border-left: 4px solid #2e7d32; padding: 6px 10px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 14px 18px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px 4px; }
.card .sub { color: var(--muted); font-size: 12px; margin: 0 0 2px; }
.key { display: inline-block; vertical-align: -3px; margin-right: 4px; }
table { border-collapse: collapse; margin: 14px 0 0; font-size: 13px; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
th { background: var(--faint); font-weight: 600; white-space: normal; vertical-align: bottom; }
table.compare td { text-align: left; }
.legend-item { white-space: nowrap; margin-right: 14px; display: inline-block; }
th:first-child, td:first-child { text-align: left; }
td .bar { display: inline-block; height: 9px; background: #7a8696; margin-left: 6px; vertical-align: 0; }
.item { margin: 14px 0 0; }
.sources { color: var(--muted); font-size: 12px; }
details.sample { margin: 10px 0 0; }
details.sample summary { cursor: pointer; font-weight: 600; }
table.compare td { white-space: normal; }
table.compare th { text-align: left; }
.said { color: var(--muted); font-style: italic; }
.sources li { word-break: break-all; }
svg { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg .tick { font-size: 10.5px; fill: var(--muted); }
svg .axis-label { font-size: 12px; fill: var(--ink); font-weight: 600; }
svg .grid { stroke: #e8ebef; stroke-width: 1; }
svg .axis { stroke: #8c95a1; stroke-width: 1; }
svg .label { font-size: 11.5px; fill: var(--ink); }
svg .label.halo { stroke: #fff; stroke-width: 3.5px; stroke-linejoin: round; paint-order: stroke; }
svg .small { font-size: 10px; fill: var(--muted); }
`;

export interface PageParts {
  title: string;
  /** Already-built HTML, in order. */
  body: string[];
}

/** The whole document. `title` is raw text (escaped here); `body` parts are trusted HTML. */
export function page({ title, body }: PageParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A report section: a heading with an id (the tests and in-page links find sections by it). */
export function section(id: string, heading: string, lead: string, content: string): string {
  return `<section id="${esc(id)}">\n<h2>${esc(heading)}</h2>\n${lead ? `<p class="lead">${esc(lead)}</p>\n` : ''}${content}\n</section>`;
}

/** A table: header cells are text; body cells are trusted HTML (callers escape their text). */
export function table(head: string[], rows: string[][], attrs = ''): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${attrs ? ` ${attrs}` : ''}>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table>`;
}
