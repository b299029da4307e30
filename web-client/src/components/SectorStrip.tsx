import type { SeriesPoint } from '../state/exercise';
import type { ExerciseStore } from '../state/exercise';
import type { SectorOutline } from '../types';
import { StateBadge } from './StateBadge';

const WIDTH = 120;
const HEIGHT = 28;

/**
 * Every sector in one compact row: name, state badge, inoperability and a sparkline of it over game time, so the
 * picture of the crisis stays in sight while control works the MSEL. The full charts are a tab away.
 */
export function SectorStrip({ store, onOpenCharts }: { store: ExerciseStore; onOpenCharts?: () => void }) {
  const sectors = store.sectors.value;
  const series = store.series.value;
  const outline = store.outline.value;
  return (
    <section class="sector-strip" aria-label="Sectors at a glance" data-testid="sector-strip">
      {sectors.length === 0 && <p class="muted small">No sectors to show.</p>}
      {sectors.map((s) => {
        const points = series.get(s.id) ?? [];
        const name = s.name || store.sectorName(s.id);
        const percent = Math.round(s.inoperability * 100);
        return (
          <article key={s.id} class={`strip-card strip-${(s.state || 'unknown').toLowerCase()}`} data-testid={`strip-sector-${s.id}`}>
            <strong class="strip-name" title={name}>
              {name}
            </strong>
            <div class="strip-body">
              <StateBadge state={s.state} testId={`strip-state-${s.id}`} />
              <span class="strip-value" aria-label={`${percent}% inoperable`}>
                {percent}%
              </span>
              <Sparkline points={points} thresholds={outline?.sectors.find((o) => o.id === s.id)} label={`${name}: inoperability over game time, ${points.length} samples, now ${percent}%, peak ${Math.round(Math.max(0, ...points.map((p) => p.inoperability)) * 100)}%`} />
            </div>
          </article>
        );
      })}
      {onOpenCharts && sectors.length > 0 && (
        <button type="button" class="link-button small strip-more" data-testid="strip-open-charts" onClick={onOpenCharts}>
          Charts
        </button>
      )}
    </section>
  );
}

/**
 * A tiny inline SVG of the curve (no axes). The y scale reaches a little above the peak or the "degraded"
 * threshold, whichever is higher, so a sector at 8% still shows its shape; the threshold is the dashed line.
 */
function Sparkline({ points, thresholds, label }: { points: SeriesPoint[]; thresholds?: SectorOutline; label: string }) {
  if (points.length === 0) {
    return <svg class="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`${label}: no samples yet`} />;
  }
  const first = points[0].gameMs;
  const last = points[points.length - 1].gameMs;
  const span = Math.max(1, last - first);
  const degraded = thresholds?.degraded;
  const top = Math.max(0.05, ...points.map((p) => p.inoperability), typeof degraded === 'number' ? degraded : 0) * 1.15;
  const y = (v: number) => HEIGHT - 1 - (v / top) * (HEIGHT - 2);
  const step = Math.max(1, Math.floor(points.length / WIDTH));
  const coords: string[] = [];
  for (let k = 0; k < points.length; k += step) coords.push(`${(((points[k].gameMs - first) / span) * WIDTH).toFixed(1)},${y(points[k].inoperability).toFixed(1)}`);
  coords.push(`${WIDTH},${y(points[points.length - 1].inoperability).toFixed(1)}`);
  return (
    <svg class="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={label}>
      {typeof degraded === 'number' && degraded <= top && <line x1="0" x2={WIDTH} y1={y(degraded)} y2={y(degraded)} class="spark-threshold" vector-effect="non-scaling-stroke" />}
      <polyline points={coords.join(' ')} class="spark-line" vector-effect="non-scaling-stroke" />
    </svg>
  );
}
