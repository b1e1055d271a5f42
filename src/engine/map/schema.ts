/**
 * The scenario format's map: where the talks' places and lines are (scenario `map`), and what
 * each option would draw on it (option `map`: bands, zones, lines, posts). Presentation only:
 * the play identity (../scenario/play-identity.ts) leaves it out, so adding or moving a layer
 * keeps every save and result code. Coordinates are [longitude, latitude] in degrees.
 */
import * as z from 'zod/mini';
import { idSchema, textSchema } from '../scenario/base-fields.ts';

/** The area the game's map data covers (public/maps/syria-region.json, written by scripts/region-map.ts). */
export const REGION = { west: 34.2, south: 30.8, east: 42.6, north: 37.4 } as const;

const id = idSchema();
const text = textSchema();

export const lonLat = z
  .tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))])
  .check(z.describe('A point: [longitude, latitude] in degrees, east and north positive, e.g. [36.10, 32.62] for Daraa.'));

export const PLACE_KINDS = ['capital', 'town', 'crossing', 'base', 'region'] as const;
export const LINE_KINDS = ['ceasefire', 'border', 'river', 'front'] as const;
export const SIDES = ['east', 'west', 'north', 'south', 'both'] as const;

const placeSchema = z.strictObject({
  id: id.check(z.describe("The place's id; a post layer can name it (`place`).")),
  name: text.check(z.describe('Its name on the map, e.g. "Daraa".')),
  kind: z.enum(PLACE_KINDS).check(z.describe('How it is marked: capital (large dot), town (dot), crossing (bar), base (triangle), region (a name only, in italics).')),
  at: lonLat,
});

const lineSchema = z.strictObject({
  id: id.check(z.describe("The line's id; band and line layers name it (`along`).")),
  name: text.check(z.describe('Its name, e.g. "1974 disengagement line (approximate)".')),
  kind: z.enum(LINE_KINDS).check(z.describe('How it is drawn: ceasefire (long dashes), border (thin), river (blue), front (dots).')),
  path: z.array(lonLat).check(z.minLength(2), z.describe('Its course, point by point.')),
});

export const mapSchema = z
  .strictObject({
    bounds: z
      .strictObject({
        west: z.number().check(z.describe('Westmost longitude shown.')),
        south: z.number().check(z.describe('Southmost latitude shown.')),
        east: z.number().check(z.describe('Eastmost longitude shown.')),
        north: z.number().check(z.describe('Northmost latitude shown.')),
      })
      .check(z.describe(`The part of the region shown, in degrees; it must lie inside the map data (${REGION.west}–${REGION.east}°E, ${REGION.south}–${REGION.north}°N).`)),
    places: z._default(z.array(placeSchema), []).check(z.describe('Towns, crossings and bases, always shown.')),
    lines: z._default(z.array(lineSchema), []).check(z.describe('Reference lines (a ceasefire line, a river, a border), always shown; layers can follow them.')),
  })
  .check(z.describe("The scenario's map, shown beside the cards when any option has map layers: the area, its places and lines."));

const label = text.check(
  z.describe('What the layer shows, in words: the text equivalent read by screen readers and listed beside the map, e.g. "Foreign forces kept 60–100 km east of the 1974 line".'),
);

export const layerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('band').check(z.describe("A band along one of the map's lines (a buffer zone, a strip).")),
    along: id.check(z.describe('The map line it follows (`map.lines[].id`).')),
    side: z.enum(SIDES).check(z.describe('Which side of the line it lies on; "both" splits the width evenly either side.')),
    widthKm: z
      .union([z.number().check(z.positive(), z.lte(500)), z.tuple([z.number().check(z.positive(), z.lte(500)), z.number().check(z.positive(), z.lte(500))])])
      .check(z.describe('How far it reaches from the line, in km; [least, most] when reports disagree (drawn solid to the least, as a fringe to the most).')),
    label,
  }),
  z.strictObject({
    kind: z.literal('zone').check(z.describe('An area with an outline (a ceasefire zone).')),
    outline: z.array(lonLat).check(z.minLength(3), z.describe('Its outline, point by point (closed automatically).')),
    label,
  }),
  z.strictObject({
    kind: z.literal('line').check(z.describe("A line (a deconfliction line): its own `path`, or one of the map's lines (`along`).")),
    along: z.optional(id).check(z.describe('The map line it follows (`map.lines[].id`), instead of a path.')),
    path: z.optional(z.array(lonLat).check(z.minLength(2))).check(z.describe('Its course, point by point (when it follows no map line).')),
    label,
  }),
  z.strictObject({
    kind: z.literal('post').check(z.describe('A point: a monitoring post, a centre, a crossing that opens.')),
    place: z.optional(id).check(z.describe('The map place it marks (`map.places[].id`), instead of a point.')),
    at: z.optional(lonLat),
    label,
  }),
]);

export const optionMapSchema = z
  .array(layerSchema)
  .check(z.minLength(1), z.describe('What agreeing to this option would put on the map: bands, zones, lines, posts. Presentation only: it changes no score.'));

export type MapSpec = z.output<typeof mapSchema>;
export type Layer = z.output<typeof layerSchema>;
export type LonLat = [number, number];
