/**
 * The scenario format's map: where the talks' places and lines are (scenario `map`), and what
 * each option would draw on it (option `map`: bands, zones, lines, posts). Presentation only:
 * the play identity (../scenario/play-identity.ts) leaves it out, so adding or moving a layer
 * keeps every save and result code. Coordinates are [longitude, latitude] in degrees.
 */
import { z } from 'zod';
import { translatableText } from '../scenario/translations.ts';

/** The area the game's map data covers (public/maps/syria-region.json, written by scripts/region-map.ts). */
export const REGION = { west: 34.2, south: 30.8, east: 42.6, north: 37.4 } as const;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'an id: lower-case letters, digits and hyphens, starting with a letter')
  .describe('An identifier: lower-case letters, digits and hyphens, starting with a letter.');
const text = translatableText().describe('Text shown to players: a string (English), or the same text in several languages { "en": "…", "fr": "…" }.');

export const lonLat = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .describe('A point: [longitude, latitude] in degrees, east and north positive, e.g. [36.10, 32.62] for Daraa.');

export const PLACE_KINDS = ['capital', 'town', 'crossing', 'base', 'region'] as const;
export const LINE_KINDS = ['ceasefire', 'border', 'river', 'front'] as const;
export const SIDES = ['east', 'west', 'north', 'south', 'both'] as const;

const placeSchema = z.strictObject({
  id: id.describe("The place's id; a post layer can name it (`place`)."),
  name: text.describe('Its name on the map, e.g. "Daraa".'),
  kind: z.enum(PLACE_KINDS).describe('How it is marked: capital (large dot), town (dot), crossing (bar), base (triangle), region (a name only, in italics).'),
  at: lonLat,
});

const lineSchema = z.strictObject({
  id: id.describe("The line's id; band and line layers name it (`along`)."),
  name: text.describe('Its name, e.g. "1974 disengagement line (approximate)".'),
  kind: z.enum(LINE_KINDS).describe('How it is drawn: ceasefire (long dashes), border (thin), river (blue), front (dots).'),
  path: z.array(lonLat).min(2).describe('Its course, point by point.'),
});

export const mapSchema = z
  .strictObject({
    bounds: z
      .strictObject({
        west: z.number().describe('Westmost longitude shown.'),
        south: z.number().describe('Southmost latitude shown.'),
        east: z.number().describe('Eastmost longitude shown.'),
        north: z.number().describe('Northmost latitude shown.'),
      })
      .describe(`The part of the region shown, in degrees; it must lie inside the map data (${REGION.west}–${REGION.east}°E, ${REGION.south}–${REGION.north}°N).`),
    places: z.array(placeSchema).default([]).describe('Towns, crossings and bases, always shown.'),
    lines: z.array(lineSchema).default([]).describe('Reference lines (a ceasefire line, a river, a border), always shown; layers can follow them.'),
  })
  .describe("The scenario's map, shown beside the cards when any option has map layers: the area, its places and lines.");

const label = text.describe('What the layer shows, in words: the text equivalent read by screen readers and listed beside the map, e.g. "Foreign forces kept 60–100 km east of the 1974 line".');

export const layerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('band').describe("A band along one of the map's lines (a buffer zone, a strip)."),
    along: id.describe('The map line it follows (`map.lines[].id`).'),
    side: z.enum(SIDES).describe('Which side of the line it lies on; "both" splits the width evenly either side.'),
    widthKm: z
      .union([z.number().positive().max(500), z.tuple([z.number().positive().max(500), z.number().positive().max(500)])])
      .describe('How far it reaches from the line, in km; [least, most] when reports disagree (drawn solid to the least, as a fringe to the most).'),
    label,
  }),
  z.strictObject({
    kind: z.literal('zone').describe('An area with an outline (a ceasefire zone).'),
    outline: z.array(lonLat).min(3).describe('Its outline, point by point (closed automatically).'),
    label,
  }),
  z.strictObject({
    kind: z.literal('line').describe("A line (a deconfliction line): its own `path`, or one of the map's lines (`along`)."),
    along: id.optional().describe('The map line it follows (`map.lines[].id`), instead of a path.'),
    path: z.array(lonLat).min(2).optional().describe('Its course, point by point (when it follows no map line).'),
    label,
  }),
  z.strictObject({
    kind: z.literal('post').describe('A point: a monitoring post, a centre, a crossing that opens.'),
    place: id.optional().describe('The map place it marks (`map.places[].id`), instead of a point.'),
    at: lonLat.optional(),
    label,
  }),
]);

export const optionMapSchema = z.array(layerSchema).min(1).describe('What agreeing to this option would put on the map: bands, zones, lines, posts. Presentation only: it changes no score.');

export type MapSpec = z.output<typeof mapSchema>;
export type Layer = z.output<typeof layerSchema>;
export type LonLat = [number, number];
