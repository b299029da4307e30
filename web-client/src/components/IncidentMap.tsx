import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { boundsOf, categoryClass, labelAnchor, projectionFor, screenPoints, svgPath, type Bounds, type MapState } from '../map/geometry';
import type { MapFeature } from '../types';

const WIDTH = 640;
const HEIGHT = 460;

/** A country with its longitude/latitude box, so only those near the map's area are projected (50m is detailed). */
type Country = { feature: Feature<Geometry>; box: Bounds };
type BaseMap = { status: 'loading' } | { status: 'ready'; countries: Country[] } | { status: 'failed' };

let atlas: Promise<Country[]> | undefined;

/** Natural Earth's 1:50m countries, shipped with the client (no tile server: exercises often run on closed networks). */
function loadCountries(): Promise<Country[]> {
  atlas ??= fetch(atlasUrl, { credentials: 'same-origin' })
    .then((r) => {
      if (!r.ok) throw new Error(`base map: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features.map((f) => ({ feature: f, box: boxOf(f.geometry) })))
    .catch((e: unknown) => {
      atlas = undefined;
      throw e;
    });
  return atlas;
}

function useBaseMap(): BaseMap {
  const [base, setBase] = useState<BaseMap>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCountries()
      .then((countries) => live && setBase({ status: 'ready', countries }))
      .catch(() => live && setBase({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, []);
  return base;
}

function boxOf(geometry: Geometry | null): Bounds {
  const box = { west: 180, south: 90, east: -180, north: -90 };
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      box.west = Math.min(box.west, c[0]);
      box.east = Math.max(box.east, c[0]);
      box.south = Math.min(box.south, c[1] as number);
      box.north = Math.max(box.north, c[1] as number);
    } else c.forEach(walk);
  };
  if (geometry && 'coordinates' in geometry) walk(geometry.coordinates);
  return box;
}

/** Whether a country's box comes near the map's area (generously: a conic map shows more than its box at the edges). */
function near(box: Bounds, area: Bounds): boolean {
  return box.east >= area.west - 15 && box.west <= area.east + 15 && box.north >= area.south - 8 && box.south <= area.north + 8;
}

const DRAW_ORDER: Record<string, number> = { area: 0, line: 1, point: 2 };

/**
 * The incident map as SVG: coastlines and borders zoomed to the scenario's locations, each location drawn by its
 * kind and category with its name, highlighted when an inject mentioning it has been released (dim otherwise), and
 * the same list as text below for screen readers and small screens.
 */
export function IncidentMap({ state, label, testId = 'incident-map' }: { state: MapState; label: string; testId?: string }) {
  const base = useBaseMap();
  const { features, highlighted } = state;
  // Keyed by the box's numbers, not the list: a refresh with the same locations must not re-project the coastlines.
  const box = boundsOf(features);
  const bounds = useMemo(() => box, [box.west, box.south, box.east, box.north]);
  const projection = useMemo(() => projectionFor(bounds, WIDTH, HEIGHT), [bounds]);
  const land = useMemo(() => {
    if (base.status !== 'ready') return [];
    const path = geoPath(projection);
    return base.countries
      .filter((c) => near(c.box, bounds))
      .map((c, i) => ({ key: String(c.feature.id ?? i), d: path(c.feature) ?? '' }))
      .filter((c) => c.d);
  }, [base, projection, bounds]);
  const drawn = useMemo(() => {
    const project = (p: [number, number]) => projection(p);
    return [...features]
      .sort((a, b) => (DRAW_ORDER[a.kind] ?? 3) - (DRAW_ORDER[b.kind] ?? 3))
      .map((f) => {
        const points = screenPoints(f, project);
        return { feature: f, points, anchor: labelAnchor(f.kind, points) };
      })
      .filter((d) => d.points.length > 0);
  }, [features, projection]);
  const released = features.filter((f) => highlighted.has(f.id)).length;

  return (
    <figure class="incident-map" data-testid={testId} data-basemap={base.status} data-highlighted={released} data-locations={features.length}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${label}: ${features.length} locations, ${released} highlighted`}>
        <rect class="map-sea" x={0} y={0} width={WIDTH} height={HEIGHT} />
        <g class="map-land">
          {land.map((c) => (
            <path key={c.key} d={c.d} />
          ))}
        </g>
        <g class="map-features">
          {drawn.map(({ feature: f, points }) => (
            <Shape key={f.id} feature={f} points={points} on={highlighted.has(f.id)} />
          ))}
        </g>
        <g class="map-labels" aria-hidden="true">
          {drawn.map(({ feature: f, anchor }) =>
            anchor ? (
              <text key={f.id} x={anchor[0] + (f.kind === 'point' ? 6 : 0)} y={anchor[1] - 4} class={highlighted.has(f.id) ? 'released' : 'pending'}>
                {f.name}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <figcaption class="small muted">
        {features.length === 0 ? 'No locations yet.' : `${released} of ${features.length} locations concerned by released injects.`}
        {base.status === 'failed' && ' The base map could not be loaded; locations are drawn without coastlines.'}
        {' '}Coastlines: Natural Earth.
      </figcaption>
      {features.length > 0 && (
        <ul class="map-list small">
          {features.map((f) => (
            <li key={f.id} data-testid={`map-location-${f.id}`} data-state={highlighted.has(f.id) ? 'released' : 'pending'}>
              <span class={`map-swatch ${categoryClass(f.category)}`} aria-hidden="true" />
              <strong>{f.name}</strong>
              {f.description && <span class="muted"> — {f.description}</span>}
              {!highlighted.has(f.id) && <span class="muted"> (not yet in play)</span>}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

function Shape({ feature: f, points, on }: { feature: MapFeature; points: [number, number][]; on: boolean }) {
  const classes = `map-feature map-${f.kind} ${categoryClass(f.category)} ${on ? 'released' : 'pending'}`;
  const title = f.description ? `${f.name} — ${f.description}` : f.name;
  return (
    <g class={classes} data-location={f.id} data-state={on ? 'released' : 'pending'}>
      <title>{title}</title>
      {f.kind === 'point' ? <circle cx={points[0][0]} cy={points[0][1]} r={on ? 5 : 4} /> : <path d={svgPath(points, f.kind === 'area')} />}
    </g>
  );
}
