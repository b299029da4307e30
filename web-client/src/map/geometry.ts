import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { MapFeature } from '../types';

/**
 * The incident map's pure part: which locations to draw and which are highlighted, and how positions become points
 * on the screen. Nothing here touches the DOM, so the same rules serve the live views and the replay.
 */

/** What the map shows: every location the reader has, and the ids highlighted because a released inject mentions them. */
export interface MapState {
  features: MapFeature[];
  highlighted: Set<string>;
}

/** The scenario's area when it has no locations: the Baltic Sea. */
export const DEFAULT_BOUNDS: Bounds = { west: 9, south: 53.5, east: 31, north: 66 };

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The live map: the outline's locations (control: all of them) joined with those that came with each inject, the
 * latter being how a team learns of a location once an inject is released to it.
 */
export function liveMapState(outlineLocations: MapFeature[] | undefined, injects: { locations?: MapFeature[]; releasedAt: string | null; id: string }[]): MapState {
  const byId = new Map<string, MapFeature>();
  for (const f of outlineLocations ?? []) byId.set(f.id, f);
  const released = new Set<string>();
  for (const inject of injects) {
    for (const f of inject.locations ?? []) {
      if (!byId.has(f.id)) byId.set(f.id, f);
      if (inject.releasedAt) released.add(f.id);
    }
  }
  return { features: [...byId.values()], highlighted: released };
}

/** The map at a moment of the replay: every location, highlighted when an inject released by then mentions it. */
export function replayMapState(locations: MapFeature[] | undefined, releasedInjects: Iterable<string>): MapState {
  const released = new Set(releasedInjects);
  const features = locations ?? [];
  return { features, highlighted: new Set(features.filter((f) => f.injects.some((i) => released.has(i))).map((f) => f.id)) };
}

/** The box around all features, padded, or the default area; never thinner than about a degree. */
export function boundsOf(features: MapFeature[]): Bounds {
  const points = features.flatMap((f) => f.coordinates).filter((p) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  if (points.length === 0) return DEFAULT_BOUNDS;
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const padLon = Math.max(0.5, (east - west) * 0.08);
  const padLat = Math.max(0.3, (north - south) * 0.08);
  return {
    west: Math.max(-180, west - padLon),
    east: Math.min(180, east + padLon),
    south: Math.max(-85, south - padLat),
    north: Math.min(85, north + padLat),
  };
}

/**
 * A conformal conic projection centred on the bounds and fitted to the given size, so a northern sea keeps its
 * shape. Fitting uses the box's corners and edge midpoints (points have no winding order to get wrong).
 */
export function projectionFor(bounds: Bounds, width: number, height: number, margin = 12): GeoProjection {
  const midLon = (bounds.west + bounds.east) / 2;
  const span = bounds.north - bounds.south;
  const projection = geoConicConformal()
    .rotate([-midLon, 0])
    .parallels([bounds.south + span / 4, bounds.north - span / 4]);
  const outline: [number, number][] = [];
  for (const lon of [bounds.west, midLon, bounds.east]) for (const lat of [bounds.south, bounds.north]) outline.push([lon, lat]);
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    { type: 'MultiPoint', coordinates: outline },
  );
  // Resampling to a pixel is plenty for a 640-pixel map and keeps Natural Earth's 1:50m coastlines quick to draw.
  return projection.precision(1).clipExtent([
    [0, 0],
    [width, height],
  ]);
}

/** The screen points of a feature's positions, skipping any the projection cannot place. */
export function screenPoints(feature: MapFeature, project: (p: [number, number]) => [number, number] | null): [number, number][] {
  const result: [number, number][] = [];
  for (const p of feature.coordinates) {
    const xy = project([p[0], p[1]]);
    if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) result.push(xy);
  }
  return result;
}

/** An SVG path through screen points; closed for an area. Straight on the screen: locations are small enough. */
export function svgPath(points: [number, number][], closed: boolean): string {
  if (points.length === 0) return '';
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
  return closed ? `${d}Z` : d;
}

/** Where a feature's label goes: a point's position, a line's middle vertex, an area's vertex average. */
export function labelAnchor(kind: string, points: [number, number][]): [number, number] | null {
  if (points.length === 0) return null;
  if (kind === 'area') {
    const ring = points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1] ? points.slice(0, -1) : points;
    const x = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const y = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    return [x, y];
  }
  return points[Math.floor((points.length - 1) / 2)];
}

/** The styling class of a category the map knows; anything else is drawn plainly. */
export function categoryClass(category: string | null): string {
  switch (category) {
    case 'cable':
    case 'pipeline':
    case 'power_link':
    case 'ship_track':
    case 'jamming':
    case 'port':
    case 'airport':
    case 'incident':
      return `map-cat-${category.replace('_', '-')}`;
    default:
      return 'map-cat-other';
  }
}
