/** A tiny SVG builder for the pictures drawn for Summit (envoy, emblems, seal): shapes only, no text from outside but through textContent. */
const NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (SVGElement | null)[]): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

/** An SVG text node (initials on an emblem): set through textContent, never markup. */
export function svgText(content: string, attrs: Record<string, string | number>): SVGElement {
  const node = svg('text', attrs);
  node.textContent = content;
  return node;
}
