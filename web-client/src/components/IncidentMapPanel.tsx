import { useMemo } from 'preact/hooks';
import { liveMapState } from '../map/geometry';
import type { ExerciseStore } from '../state/exercise';
import { IncidentMap } from './IncidentMap';

/**
 * The live incident map of one exercise: for control every location (dim until an inject mentioning it is released),
 * for a team only the locations of injects released to it — the server sends nothing else.
 */
export function IncidentMapPanel({ store, title = 'Incident map' }: { store: ExerciseStore; title?: string }) {
  const outline = store.outline.value;
  const injects = store.injects.value;
  const state = useMemo(() => liveMapState(outline?.locations, injects), [outline, injects]);
  if (state.features.length === 0 && !(outline?.locations && outline.locations.length > 0)) {
    // A scenario without locations, or a team nothing located has reached yet: say so briefly rather than show an empty sea.
    return (
      <section class="panel incident-map-panel" aria-labelledby="map-title" data-testid="incident-map-panel">
        <h2 id="map-title">{title}</h2>
        <p class="muted small" data-testid="incident-map-empty">
          No locations to show yet.
        </p>
      </section>
    );
  }
  return (
    <section class="panel incident-map-panel" aria-labelledby="map-title" data-testid="incident-map-panel">
      <h2 id="map-title">{title}</h2>
      <IncidentMap state={state} label={title} />
    </section>
  );
}
