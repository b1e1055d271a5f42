/** Colours shared by the painted layer (Phaser) and the CSS. Never the only signal: every
 *  coloured status also carries a word or a symbol. */
export const COLORS = {
  bg: 0x0d1726,
  panel: 0x15233a,
  panelStroke: 0x2e4568,
  card: 0x1a2b46,
  raised: 0x213658,
  accent: 0xe0b84f,
  us: 0x5b9bd5,
  russia: 0xe07a6e,
  good: 0x5cbf6a,
  warn: 0xe8a93b,
  bad: 0xe0564f,
  track: 0x0b1422,
  grid: 0x2a3d5c,
  text: 0xe8edf5,
  muted: 0x9fb0c8,
} as const;

export const CSS_COLOR = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

/** Side colours by index (0 = the scenario's first side). */
export const SIDE_COLORS = [COLORS.us, COLORS.russia] as const;

export const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';
export const SERIF = 'Georgia, "DejaVu Serif", "Liberation Serif", serif';
