// The places of a brief on a small map: an inline SVG drawn at render time, offline, from Natural Earth borders
// (world-atlas, public domain) projected with d3-geo. Cities and admin areas are dots sized by mentions, countries
// the story names are shaded, rivers and regions are not drawn, unresolved places never are. Same places, same bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import type { Place } from '../facts/places/index.js';
import { escapeHtml as e } from './escape.js';

/** What the map needs of a place (a Place from the brief fits). */
export type MapPlace = Pick<Place, 'name' | 'lat' | 'lon' | 'kind' | 'country' | 'resolved' | 'mentions'>;

export interface MapOptions {
  /** Size of the SVG viewBox in pixels. */
  width?: number;
  height?: number;
}

const MAP = {
  width: 720,
  height: 420,
  // Pixels kept free around the fitted extent, so dots and their labels near the edge stay on the map.
  marginPx: 28,
  // Degrees added on each side of the places' bounding box, as a share of its larger span.
  padShare: 0.15,
  // A single town, or towns a few km apart, still get some country around them: the smallest span of the
  // fitted box's longer side (degrees).
  minSpanDeg: 6,
  // Places spreading wider than this (degrees) are shown on the whole world.
  worldLonDeg: 200,
  worldLatDeg: 100,
  // Mercator runs to infinity at the poles: the world view stops here (degrees of latitude).
  worldSouth: -58,
  worldNorth: 78,
  // Clamp of any view's latitudes, for the same reason.
  maxLat: 82,
  // A view wider than this (degrees of longitude) uses the coarse 1:110m borders, a narrower one 1:50m.
  coarseAboveDeg: 40,
  // Dot radius in pixels: base + k * sqrt(mentions), capped, so one very frequent name does not hide the others.
  dotBase: 2.5,
  dotPerSqrtMention: 1.6,
  dotMax: 11,
  // Label font size and an estimate of a character's width in it (system sans-serif), for the overlap test.
  fontPx: 12,
  charWidthEm: 0.58,
  labelGapPx: 3,
} as const;

/** The kinds drawn as dots; countries are shaded; rivers, regions and others are not drawn. */
const DOT_KINDS: ReadonlySet<string> = new Set(['city', 'admin']);

// Colours: sea, land, coast and border lines, the shading of a named country, cities and admin areas.
const STYLE = {
  sea: '#e8f0f6',
  land: '#f6f3ec',
  coast: '#9fb3c2',
  border: '#a0927c',
  named: '#f1dfb8',
  city: '#b8322a',
  admin: '#5b6fa8',
  label: '#1b1b1b',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// World geometry: the TopoJSON is parsed once per resolution and kept; only the shapes a view shows are
// converted to GeoJSON (then kept too), so the first map does not pay for the whole world at 1:50m.

type Resolution = '50m' | '110m';
type LonLatBox = [[number, number], [number, number]];
type TopoPolygon = TopoJSON.Polygon | TopoJSON.MultiPolygon;

interface Shape {
  topo: TopoPolygon;
  bounds: LonLatBox;
  /** The GeoJSON geometry, converted on first use. */
  geometry?: Polygon | MultiPolygon;
}

interface Atlas {
  topology: TopoJSON.Topology;
  countries: Shape[];
  /** Each island and continent of the land object on its own, so a view converts only the ones it shows. */
  land: Shape[];
}

const atlases = new Map<Resolution, Atlas>();

/** Bounding box of every arc, in degrees (Natural Earth cuts shapes at the antimeridian, so min/max is true). */
function arcBounds(topology: TopoJSON.Topology): LonLatBox[] {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const delta = topology.transform !== undefined;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    let w = Infinity;
    let s = Infinity;
    let e2 = -Infinity;
    let n = -Infinity;
    for (const p of arc) {
      // Quantized arcs are delta-encoded integers.
      x = delta ? x + p[0] : p[0];
      y = delta ? y + p[1] : p[1];
      if (x < w) w = x;
      if (x > e2) e2 = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
    return [[w * sx + tx, s * sy + ty], [e2 * sx + tx, n * sy + ty]];
  });
}

function shapeOf(topo: TopoPolygon, arcs: readonly LonLatBox[]): Shape {
  const rings = topo.type === 'Polygon' ? topo.arcs : topo.arcs.flat();
  let w = Infinity;
  let s = Infinity;
  let e2 = -Infinity;
  let n = -Infinity;
  for (const ring of rings) {
    for (const i of ring) {
      // A negative index is the arc ~i walked backwards.
      const [[aw, as], [ae, an]] = arcs[i < 0 ? ~i : i];
      if (aw < w) w = aw;
      if (ae > e2) e2 = ae;
      if (as < s) s = as;
      if (an > n) n = an;
    }
  }
  return { topo, bounds: [[w, s], [e2, n]] };
}

function isPolygonal(g: TopoJSON.GeometryObject): g is TopoPolygon {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function loadAtlas(res: Resolution): Atlas {
  const cached = atlases.get(res);
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve(`world-atlas/countries-${res}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as TopoJSON.Topology;
  const countriesObj = topology.objects.countries;
  const landObj = topology.objects.land;
  if (countriesObj?.type !== 'GeometryCollection' || landObj?.type !== 'GeometryCollection') {
    throw new Error(`map: expected GeometryCollections "countries" and "land" in ${file}, found ${Object.keys(topology.objects).join(', ')}`);
  }
  const arcs = arcBounds(topology);
  // Properties (country names) are not used: the shapes are taken without them.
  const countries = (countriesObj.geometries as TopoJSON.GeometryObject[]).filter(isPolygonal).map((g) => shapeOf(g, arcs));
  const land = (landObj.geometries as TopoJSON.GeometryObject[])
    .filter(isPolygonal)
    .flatMap((g): TopoJSON.Polygon[] => (g.type === 'Polygon' ? [g] : g.arcs.map((rings) => ({ type: 'Polygon', arcs: rings }))))
    .map((g) => shapeOf(g, arcs));
  const atlas = { topology, countries, land };
  atlases.set(res, atlas);
  return atlas;
}

function geometryOf(atlas: Atlas, shape: Shape): Polygon | MultiPolygon {
  if (!shape.geometry) {
    // Two branches only because the typings overload feature() per geometry type.
    shape.geometry = shape.topo.type === 'Polygon' ? feature(atlas.topology, shape.topo).geometry : feature(atlas.topology, shape.topo).geometry;
  }
  return shape.geometry;
}

function visible(pieces: readonly Shape[], view: LonLatBox): Shape[] {
  const [[west, south], [east, north]] = view;
  return pieces.filter(({ bounds: [[w, s], [e2, n]] }) => w <= east && e2 >= west && s <= north && n >= south);
}

// ---------------------------------------------------------------------------------------------------------------
// The view: a bounding box around the dots, padded, at least minSpanDeg wide, or the whole world.

export interface MapView {
  /** [[west, south], [east, north]] in degrees that the projection is fitted to. */
  fit: LonLatBox;
  world: boolean;
}

export function mapView(points: ReadonlyArray<readonly [number, number]>): MapView {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  if (east - west > MAP.worldLonDeg || north - south > MAP.worldLatDeg) {
    return { fit: [[-179.9, Math.max(-MAP.maxLat, Math.min(MAP.worldSouth, south))], [179.9, Math.min(MAP.maxLat, Math.max(MAP.worldNorth, north))]], world: true };
  }
  // Padding follows the larger span, so a row of places along a coast still gets room above and below.
  const pad = Math.max(east - west, north - south) * MAP.padShare;
  west -= pad;
  east += pad;
  south -= pad;
  north += pad;
  // Too close a view shows no borders to place it by: widen both ways around the centre.
  const lacking = MAP.minSpanDeg - Math.max(east - west, north - south);
  if (lacking > 0) {
    west -= lacking / 2;
    east += lacking / 2;
    south -= lacking / 2;
    north += lacking / 2;
  }
  return {
    fit: [[Math.max(west, -179.9), Math.max(south, -MAP.maxLat)], [Math.min(east, 179.9), Math.min(north, MAP.maxLat)]],
    world: false,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Path output: coordinates rounded to a tenth of a pixel, relative moves, repeated points dropped, so the SVG
// stays small and the same geometry always gives the same string.

/** A number given in tenths, written short: 123 -> "12.3", -5 -> "-.5", 40 -> "4". */
function tenths(t: number): string {
  const a = Math.abs(t);
  const int = Math.floor(a / 10);
  const frac = a % 10;
  const body = frac === 0 ? String(int) : int === 0 ? `.${frac}` : `${int}.${frac}`;
  return t < 0 ? `-${body}` : body;
}

/** A pixel coordinate rounded to a tenth. */
function fmt(v: number): string {
  return tenths(Math.round(v * 10));
}

/** A d3 path context writing relative SVG path commands in integer tenths of a pixel (exact, no drift). */
class PathWriter {
  private out: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  // After "m" or "l", further pairs are implicit relative line-tos: the letter can be left out.
  private implicit = false;

  private static pair(dx: number, dy: number): string {
    const sy = tenths(dy);
    return `${tenths(dx)}${sy.startsWith('-') ? '' : ' '}${sy}`;
  }

  moveTo(x: number, y: number): void {
    const tx = Math.round(x * 10);
    const ty = Math.round(y * 10);
    this.out.push(this.out.length ? `m${PathWriter.pair(tx - this.x, ty - this.y)}` : `M${PathWriter.pair(tx, ty)}`);
    this.implicit = this.out.length > 1;
    this.x = this.startX = tx;
    this.y = this.startY = ty;
  }

  lineTo(x: number, y: number): void {
    const tx = Math.round(x * 10);
    const ty = Math.round(y * 10);
    if (tx === this.x && ty === this.y) return;
    const pair = PathWriter.pair(tx - this.x, ty - this.y);
    this.out.push(this.implicit ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`);
    this.implicit = true;
    this.x = tx;
    this.y = ty;
  }

  closePath(): void {
    // After "z" the current point is the subpath's start, which the next relative "m" counts from.
    this.out.push('z');
    this.implicit = false;
    this.x = this.startX;
    this.y = this.startY;
  }

  // geoPath draws only Point geometries as arcs, and none is passed here.
  arc(): void {}

  beginPath(): void {}

  result(): string {
    return this.out.join('');
  }
}

function pathOf(projection: GeoProjection, geometry: Geometry): string {
  const writer = new PathWriter();
  geoPath(projection, writer).context(writer)({ type: 'Feature', properties: null, geometry });
  return writer.result();
}

// ---------------------------------------------------------------------------------------------------------------
// Dots and labels.

interface Dot {
  place: MapPlace;
  x: number;
  y: number;
  r: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Most mentioned first, then by name, kind and position: a stable order for drawing and for label priority. */
function byWeight(a: MapPlace, b: MapPlace): number {
  return b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.lat ?? 0) - (b.lat ?? 0) || (a.lon ?? 0) - (b.lon ?? 0);
}

function located(p: MapPlace): p is MapPlace & { lat: number; lon: number } {
  return p.resolved && typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon);
}

type Anchor = 'start' | 'middle' | 'end';

/** The first free spot for a dot's label, right, left, above or below it; null when all would overlap a label. */
function labelFor(dot: Dot, taken: Box[], width: number, height: number): { x: number; y: number; anchor: Anchor } | null {
  const w = dot.place.name.length * MAP.fontPx * MAP.charWidthEm;
  const h = MAP.fontPx;
  const gap = dot.r + MAP.labelGapPx;
  // Baseline about a third of the font size below the middle of the box centres the text on it.
  const tries: Array<{ x: number; y: number; anchor: Anchor; box: Box }> = [
    { x: dot.x + gap, y: dot.y + h * 0.35, anchor: 'start', box: { x0: dot.x + gap, x1: dot.x + gap + w, y0: dot.y - h / 2, y1: dot.y + h / 2 } },
    { x: dot.x - gap, y: dot.y + h * 0.35, anchor: 'end', box: { x0: dot.x - gap - w, x1: dot.x - gap, y0: dot.y - h / 2, y1: dot.y + h / 2 } },
    { x: dot.x, y: dot.y - gap - h * 0.15, anchor: 'middle', box: { x0: dot.x - w / 2, x1: dot.x + w / 2, y0: dot.y - gap - h, y1: dot.y - gap } },
    { x: dot.x, y: dot.y + gap + h * 0.85, anchor: 'middle', box: { x0: dot.x - w / 2, x1: dot.x + w / 2, y0: dot.y + gap, y1: dot.y + gap + h } },
  ];
  for (const t of tries) {
    if (t.box.x0 < 0 || t.box.x1 > width || t.box.y0 < 0 || t.box.y1 > height) continue;
    if (taken.some((b) => overlaps(b, t.box))) continue;
    taken.push(t.box);
    return { x: t.x, y: t.y, anchor: t.anchor };
  }
  return null;
}

/**
 * The map of a brief's places as an inline SVG element, or '' when no resolved city, admin area or country has
 * coordinates. Every name is escaped; the output depends only on the places given (not on their order).
 */
export function renderMap(places: readonly MapPlace[], opts: MapOptions = {}): string {
  const width = opts.width ?? MAP.width;
  const height = opts.height ?? MAP.height;
  const drawable = places.filter(located).slice().sort(byWeight);
  const dotPlaces = drawable.filter((p) => DOT_KINDS.has(p.kind));
  const countryPlaces = drawable.filter((p) => p.kind === 'country');
  // The view follows the dots; a story that names only countries is framed on them.
  const framing = dotPlaces.length ? dotPlaces : countryPlaces;
  if (framing.length === 0) return '';
  const view = mapView(framing.map((p) => [p.lon, p.lat] as const));
  const [[fw, fs], [fe, fn]] = view.fit;
  const projection = geoMercator().fitExtent(
    [[MAP.marginPx, MAP.marginPx], [width - MAP.marginPx, height - MAP.marginPx]],
    { type: 'MultiPoint', coordinates: [[fw, fs], [fe, fs], [fw, fn], [fe, fn]] },
  );
  projection.clipExtent([[0, 0], [width, height]]);
  // What the frame shows, in degrees (Mercator keeps lon/lat lines straight, so two corners are enough).
  const nw = projection.invert?.([0, 0]) ?? [fw, fn];
  const se = projection.invert?.([width, height]) ?? [fe, fs];
  // invert() wraps longitudes past the antimeridian to the other side: a corner beyond the fitted box that
  // lands inside it has wrapped, and the frame reaches the antimeridian there.
  const shown: LonLatBox = [[nw[0] <= fw ? Math.max(-180, nw[0]) : -180, Math.max(-90, se[1])], [se[0] >= fe ? Math.min(180, se[0]) : 180, Math.min(90, nw[1])]];
  const atlas = loadAtlas(view.world || shown[1][0] - shown[0][0] > MAP.coarseAboveDeg ? '110m' : '50m');

  const land = visible(atlas.land, shown).map((l) => geometryOf(atlas, l) as Polygon);
  const countries = visible(atlas.countries, shown);
  const named: Array<Polygon | MultiPolygon> = [];
  for (const c of countries) {
    const [[w, s], [e2, n]] = c.bounds;
    // The box test first: geoContains is spherical and slow on 1:50m outlines.
    if (countryPlaces.some((p) => p.lon >= w && p.lon <= e2 && p.lat >= s && p.lat <= n && geoContains(geometryOf(atlas, c), [p.lon, p.lat]))) named.push(geometryOf(atlas, c));
  }
  // Land borders only (a !== b), between the countries in view (any border in view belongs to two of them);
  // coastlines come with the land outline.
  const borders = mesh(atlas.topology, { type: 'GeometryCollection', geometries: countries.map((c) => c.topo) }, (a, b) => a !== b);
  const polys = (list: Array<Polygon | MultiPolygon>): MultiPolygon => ({
    type: 'MultiPolygon',
    coordinates: list.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)),
  });

  const parts: string[] = [];
  parts.push(
    `<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Map of the places the story names">`,
  );
  parts.push(`<rect width="${width}" height="${height}" fill="${STYLE.sea}"/>`);
  if (land.length) parts.push(`<path d="${pathOf(projection, polys(land))}" fill="${STYLE.land}" stroke="${STYLE.coast}" stroke-width=".6"/>`);
  if (named.length) parts.push(`<path class="named" d="${pathOf(projection, polys(named))}" fill="${STYLE.named}"/>`);
  if (borders.coordinates.length) parts.push(`<path d="${pathOf(projection, borders)}" fill="none" stroke="${STYLE.border}" stroke-width=".7" stroke-linejoin="round"/>`);

  const dots: Dot[] = dotPlaces.map((p) => {
    const xy = projection([p.lon, p.lat]) ?? [NaN, NaN];
    const r = Math.min(MAP.dotMax, MAP.dotBase + MAP.dotPerSqrtMention * Math.sqrt(Math.max(1, p.mentions)));
    return { place: p, x: xy[0], y: xy[1], r };
  }).filter((d) => Number.isFinite(d.x) && Number.isFinite(d.y));
  // Larger dots underneath, so a small town next to a big one stays visible.
  const taken: Box[] = [];
  const labelled = new Set<string>();
  parts.push(`<g stroke="#fff" stroke-width="1">`);
  const labels: string[] = [];
  for (const d of dots) {
    const p = d.place;
    const fill = p.kind === 'admin' ? `fill="${STYLE.admin}" fill-opacity=".25" stroke="${STYLE.admin}"` : `fill="${STYLE.city}" fill-opacity=".85"`;
    const mentions = `${p.mentions} mention${p.mentions === 1 ? '' : 's'}`;
    parts.push(`<g class="place" data-kind="${e(p.kind)}"><title>${e(p.name)} (${e(p.kind)}${p.country ? `, ${e(p.country)}` : ''}; ${mentions})</title><circle cx="${fmt(d.x)}" cy="${fmt(d.y)}" r="${fmt(d.r)}" ${fill}/></g>`);
    // One label per name ("Deir Ezzor" the city and the province), the most mentioned first.
    if (labelled.has(p.name)) continue;
    const at = labelFor(d, taken, width, height);
    if (!at) continue;
    labelled.add(p.name);
    labels.push(`<text x="${fmt(at.x)}" y="${fmt(at.y)}"${at.anchor === 'start' ? '' : ` text-anchor="${at.anchor}"`}>${e(p.name)}</text>`);
  }
  parts.push(`</g>`);
  if (labels.length) {
    parts.push(`<g class="labels" font-family="system-ui,sans-serif" font-size="${MAP.fontPx}" fill="${STYLE.label}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${labels.join('')}</g>`);
  }
  parts.push(`</svg>`);
  return parts.join('');
}
